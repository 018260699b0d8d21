import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { StoreInputError } from '../input';
import { MIGRATIONS } from '../migrations';
import { createStore, openStore } from '../open-store';
import type { Store, StoreBackend, StoreConfig } from '../types';
import { ACCOUNT, OTHER_ACCOUNT, OTHER_REGION } from './contract-scopes';
import { describeCoordinationContract } from './coordination-contract';
import { describeGroupContract } from './group-contract';

/** One backend under test: hands out empty databases and removes them afterwards. */
export interface StoreFixture {
  backend: StoreBackend;
  /** A new, empty database (an SQLite directory, a PostgreSQL schema); open it as often as needed. */
  freshConfig(): Promise<StoreConfig>;
  /** Removes every database `freshConfig` made. */
  cleanup(): Promise<void>;
}


/** A TrainingJob-shaped description, with the fields the store reads. */
function description(name: string, createdAt: string, endedAt?: string) {
  return { name, status: 'Failed', createdAt, ...(endedAt ? { endedAt } : {}), failureReason: `AccessDenied for ${name}` };
}

function diagnosis(cause: string, at = '2026-11-01T12:00:00.000Z') {
  return { cause, confidence: 'confirmed', summary: `${cause} summary`, groupKey: `${cause}|role`, fingerprint: `fp-${cause}`, diagnosedAt: at, full: { cause, checks: [] } };
}

/**
 * The behaviour every Store backend must have, as one suite: run it once per backend with that
 * backend's fixture (lib/store/sqlite-store.test.ts, lib/store/postgres-store.test.ts).
 */
export function describeStoreContract(title: string, makeFixture: () => StoreFixture): void {
  describe(title, () => {
    const fixture = makeFixture();
    const open: Store[] = [];

    async function fresh(): Promise<{ config: StoreConfig; store: Store }> {
      const config = await fixture.freshConfig();
      const store = await openStore(config);
      open.push(store);
      return { config, store };
    }

    async function reopen(config: StoreConfig): Promise<Store> {
      const store = await openStore(config);
      open.push(store);
      return store;
    }

    afterEach(async () => {
      await Promise.all(open.splice(0).map((store) => store.close().catch(() => undefined)));
    });
    afterAll(() => fixture.cleanup());

    describeGroupContract(fresh, reopen);
    describeCoordinationContract(fresh, reopen);

    describe('migrations', () => {
      it('creates the schema once; migrating again applies nothing', async () => {
        const { store } = await fresh();
        expect(store.backend).toBe(fixture.backend);
        expect(await store.migrate()).toEqual([]);
      });

      it('two instances migrating one fresh database at once apply each migration exactly once', async () => {
        const config = await fixture.freshConfig();
        const first = createStore(config);
        const second = createStore(config);
        open.push(first, second);
        const [a, b] = await Promise.all([first.migrate(), second.migrate()]);
        expect([...a, ...b].sort()).toEqual(MIGRATIONS.map((m) => m.id).sort());
        // Both instances can use the schema straight away.
        await first.upsertJobRefs(ACCOUNT, [{ name: 'job-a', createdAt: '2026-11-01T00:00:00Z', status: 'Failed' }]);
        expect((await second.listJobs(ACCOUNT, { limit: 10, offset: 0 })).total).toBe(1);
      });
    });

    it('keeps refs, descriptions, entries, diagnoses and the watermark across a restart', async () => {
      const { config, store } = await fresh();
      await store.upsertJobRefs(ACCOUNT, [{ name: 'job-a', createdAt: '2026-11-01T10:00:00Z', status: 'Failed' }]);
      const job = { ...description('job-a', '2026-11-01T10:00:00.000Z', '2026-11-01T11:00:00.000Z'), note: 'ünïcode \u0000 "quoted"' };
      await store.putDescription(ACCOUNT, 'job-a', job, '2026-11-01T11:05:00Z');
      await store.putEntry(ACCOUNT, 'role', 'arn:aws:iam::111122223333:role/Train', { policies: ['p'] }, '2026-11-01T11:06:00Z');
      await store.putDiagnosis(ACCOUNT, 'job-a', diagnosis('kms'));
      await store.setWatermark(ACCOUNT, { newestCreatedAt: '2026-11-01T10:00:00Z', refreshedAt: '2026-11-01T11:07:00Z', complete: true });
      await store.close();
      open.splice(open.indexOf(store), 1);

      const again = await reopen(config);
      expect(await again.getDescription(ACCOUNT, 'job-a')).toEqual(job);
      expect(await again.getEntry(ACCOUNT, 'role', 'arn:aws:iam::111122223333:role/Train')).toEqual({
        value: { policies: ['p'] },
        fetchedAt: '2026-11-01T11:06:00.000Z',
      });
      expect(await again.getDiagnosis(ACCOUNT, 'job-a')).toEqual(diagnosis('kms'));
      expect(await again.getWatermark(ACCOUNT)).toEqual({
        newestCreatedAt: '2026-11-01T10:00:00.000Z',
        refreshedAt: '2026-11-01T11:07:00.000Z',
        complete: true,
      });
      const listed = await again.listJobs(ACCOUNT, { limit: 10, offset: 0 });
      expect(listed.rows.map((r) => [r.ref.name, r.failedAt, r.diagnosis?.cause])).toEqual([['job-a', '2026-11-01T11:00:00.000Z', 'kms']]);
    });

    describe('listing', () => {
      // Created hourly: job-0 oldest. job-1 failed last of all, so it sorts first once described.
      async function seeded(): Promise<Store> {
        const { store } = await fresh();
        const refs = Array.from({ length: 8 }, (_, i) => ({
          name: `Train_job-${i}`,
          createdAt: `2026-11-01T0${i}:00:00Z`,
          status: i === 7 ? 'Completed' : 'Failed',
        }));
        await store.upsertJobRefs(ACCOUNT, refs);
        await store.upsertJobRefs(OTHER_REGION, [{ name: 'elsewhere', createdAt: '2026-11-02T00:00:00Z', status: 'Failed' }]);
        await store.putDescription(ACCOUNT, 'Train_job-1', description('Train_job-1', '2026-11-01T01:00:00Z', '2026-11-01T09:30:00Z'), '2026-11-01T10:00:00Z');
        await store.putDescription(ACCOUNT, 'Train_job-2', description('Train_job-2', '2026-11-01T02:00:00Z', '2026-11-01T02:10:00Z'), '2026-11-01T10:00:00Z');
        await store.putDiagnosis(ACCOUNT, 'Train_job-1', diagnosis('kms'));
        await store.putDiagnosis(ACCOUNT, 'Train_job-2', diagnosis('s3-read'));
        await store.putDiagnosis(ACCOUNT, 'Train_job-5', diagnosis('kms'));
        return store;
      }

      it('sorts newest failure first (failure time when described, else creation time) and pages', async () => {
        const store = await seeded();
        const all = await store.listJobs(ACCOUNT, { status: 'Failed', limit: 100, offset: 0 });
        expect(all.rows.map((r) => r.ref.name)).toEqual([
          'Train_job-1',
          'Train_job-6',
          'Train_job-5',
          'Train_job-4',
          'Train_job-3',
          'Train_job-2',
          'Train_job-0',
        ]);
        expect(all.total).toBe(7);
        const page = await store.listJobs(ACCOUNT, { status: 'Failed', limit: 3, offset: 3 });
        expect(page.rows.map((r) => r.ref.name)).toEqual(['Train_job-4', 'Train_job-3', 'Train_job-2']);
        expect(page.total).toBe(7);
        expect(page.rows[2]?.description).toEqual(description('Train_job-2', '2026-11-01T02:00:00Z', '2026-11-01T02:10:00Z'));
        expect(page.rows[0]?.description).toBeUndefined();
      });

      it('counts causes over every filter but the cause, and the jobs still to describe or prove', async () => {
        const store = await seeded();
        const kms = await store.listJobs(ACCOUNT, { status: 'Failed', cause: 'kms', limit: 1, offset: 0 });
        expect(kms.rows.map((r) => r.ref.name)).toEqual(['Train_job-1']);
        expect(kms.total).toBe(2);
        expect(kms.causeCounts).toEqual({ kms: 2, 's3-read': 1 });
        expect(kms.undiagnosed).toBe(4);
        expect(kms.undescribed).toBe(5);
        expect(kms.rows[0]?.diagnosis).toEqual({
          cause: 'kms',
          confidence: 'confirmed',
          summary: 'kms summary',
          groupKey: 'kms|role',
          fingerprint: 'fp-kms',
          diagnosedAt: '2026-11-01T12:00:00.000Z',
        });
        const none = await store.listJobs(ACCOUNT, { cause: 'vpc', limit: 10, offset: 0 });
        expect(none).toMatchObject({ rows: [], total: 0 });
      });

      it('filters by creation window, status and a case-insensitive name fragment with literal wildcards', async () => {
        const store = await seeded();
        const window = await store.listJobs(ACCOUNT, { since: '2026-11-01T02:00:00Z', until: '2026-11-01T05:00:00Z', limit: 10, offset: 0 });
        expect(window.rows.map((r) => r.ref.name)).toEqual(['Train_job-4', 'Train_job-3', 'Train_job-2']);
        const named = await store.listJobs(ACCOUNT, { nameContains: 'TRAIN_JOB-6', limit: 10, offset: 0 });
        expect(named.rows.map((r) => r.ref.name)).toEqual(['Train_job-6']);
        // '_' and '%' match themselves, not any character.
        expect((await store.listJobs(ACCOUNT, { nameContains: 'n_j', limit: 10, offset: 0 })).total).toBe(8);
        expect((await store.listJobs(ACCOUNT, { nameContains: 'n%j', limit: 10, offset: 0 })).total).toBe(0);
        expect((await store.listJobs(ACCOUNT, { nameContains: 'ainXjob', limit: 10, offset: 0 })).total).toBe(0);
        expect((await store.listJobs(ACCOUNT, { status: 'Completed', limit: 10, offset: 0 })).rows.map((r) => r.ref.name)).toEqual(['Train_job-7']);
      });

      it('keeps each account and region apart', async () => {
        const store = await seeded();
        expect((await store.listJobs(OTHER_REGION, { limit: 10, offset: 0 })).rows.map((r) => r.ref.name)).toEqual(['elsewhere']);
        expect((await store.listJobs(OTHER_ACCOUNT, { limit: 10, offset: 0 })).total).toBe(0);
        expect(await store.getDescription(OTHER_ACCOUNT, 'Train_job-1')).toBeUndefined();
        expect(await store.getDiagnosis(OTHER_REGION, 'Train_job-1')).toBeUndefined();
      });

      it('a repeated listing updates the status and keeps the description, sort position and diagnosis', async () => {
        const store = await seeded();
        await store.upsertJobRefs(ACCOUNT, [
          { name: 'Train_job-1', createdAt: '2026-11-01T01:00:00Z', status: 'Failed' },
          { name: 'Train_job-7', createdAt: '2026-11-01T07:00:00Z', status: 'Failed' },
        ]);
        const listed = await store.listJobs(ACCOUNT, { status: 'Failed', limit: 2, offset: 0 });
        expect(listed.rows.map((r) => [r.ref.name, r.diagnosis?.cause, r.describedAt])).toEqual([
          ['Train_job-1', 'kms', '2026-11-01T10:00:00.000Z'],
          ['Train_job-7', undefined, undefined],
        ]);
        expect(listed.total).toBe(8);
      });

      it('a description stored before the listing names the job gives it a row', async () => {
        const { store } = await fresh();
        await store.putDescription(ACCOUNT, 'linked-job', description('linked-job', '2026-11-03T00:00:00Z', '2026-11-03T01:00:00Z'), '2026-11-03T02:00:00Z');
        const listed = await store.listJobs(ACCOUNT, { status: 'Failed', limit: 10, offset: 0 });
        expect(listed.rows.map((r) => [r.ref, r.failedAt])).toEqual([
          [{ name: 'linked-job', createdAt: '2026-11-03T00:00:00.000Z', status: 'Failed' }, '2026-11-03T01:00:00.000Z'],
        ]);
      });

      it('stores 1,000 refs in one call', async () => {
        const { store } = await fresh();
        const refs = Array.from({ length: 1000 }, (_, i) => ({
          name: `bulk-${String(i).padStart(4, '0')}`,
          createdAt: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
          status: 'Failed',
        }));
        await store.upsertJobRefs(ACCOUNT, refs);
        const listed = await store.listJobs(ACCOUNT, { limit: 2, offset: 0 });
        expect(listed.total).toBe(1000);
        expect(listed.rows.map((r) => r.ref.name)).toEqual(['bulk-0999', 'bulk-0998']);
      });
    });

    describe('shared evidence entries', () => {
      it('returns what was stored with its fetch time; an older fetch never replaces a newer one', async () => {
        const { store } = await fresh();
        const key = 'arn:aws:iam::aws:policy/AmazonSageMakerFullAccess#v12';
        expect(await store.getEntry(ACCOUNT, 'policy-version', key)).toBeUndefined();
        await store.putEntry(ACCOUNT, 'bucket-policy', 'training-data', { Statement: [1] }, '2026-11-01T10:00:00Z');
        await store.putEntry(ACCOUNT, 'bucket-policy', 'training-data', { Statement: [0] }, '2026-11-01T09:00:00Z');
        expect(await store.getEntry(ACCOUNT, 'bucket-policy', 'training-data')).toEqual({ value: { Statement: [1] }, fetchedAt: '2026-11-01T10:00:00.000Z' });
        await store.putEntry(ACCOUNT, 'bucket-policy', 'training-data', null, '2026-11-01T11:00:00Z');
        expect(await store.getEntry(ACCOUNT, 'bucket-policy', 'training-data')).toEqual({ value: null, fetchedAt: '2026-11-01T11:00:00.000Z' });
        await store.putEntry(ACCOUNT, 'policy-version', key, { Version: '2012-10-17' }, '2026-11-01T11:00:00Z');
        expect((await store.getEntry(ACCOUNT, 'policy-version', key))?.value).toEqual({ Version: '2012-10-17' });
        expect(await store.getEntry(OTHER_ACCOUNT, 'policy-version', key)).toBeUndefined();
        expect(await store.getEntry(ACCOUNT, 'role', key)).toBeUndefined();
      });
    });

    describe('bad input', () => {
      it('refuses what it cannot store with a StoreInputError and stores nothing', async () => {
        const { store } = await fresh();
        await expect(store.upsertJobRefs(ACCOUNT, [{ name: 'x', createdAt: 'yesterday', status: 'Failed' }])).rejects.toBeInstanceOf(StoreInputError);
        await expect(store.upsertJobRefs({ accountId: '', region: 'us-east-1' }, [])).rejects.toBeInstanceOf(StoreInputError);
        await expect(store.listJobs(ACCOUNT, { limit: 0, offset: 0 })).rejects.toBeInstanceOf(StoreInputError);
        await expect(store.listJobs(ACCOUNT, { since: 'soon', limit: 5, offset: 0 })).rejects.toBeInstanceOf(StoreInputError);
        await expect(store.reserveSlot('k', 0, 1, 0)).rejects.toBeInstanceOf(StoreInputError);
        const cyclic: Record<string, unknown> = {};
        cyclic.self = cyclic;
        await expect(store.putEntry(ACCOUNT, 'role', 'r', cyclic, '2026-11-01T00:00:00Z')).rejects.toBeInstanceOf(StoreInputError);
        expect((await store.listJobs(ACCOUNT, { limit: 5, offset: 0 })).total).toBe(0);
        expect(await store.getEntry(ACCOUNT, 'role', 'r')).toBeUndefined();
      });
    });
  });
}
