import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CAUSES } from '@/lib/analysis/diagnosis';
import { getJobDetail } from './job-detail';
import { listJobs } from './list-jobs';
import { postgresFixture, postgresRequired, unreachableReason } from '@/lib/store/testing/postgres-fixture';
import type { StoreConfig } from '@/lib/store/types';
import { startEmulator, tempStore } from './testing/emulator';
import { smallAccount } from './testing/small-account';

let env: Awaited<ReturnType<typeof startEmulator>> | undefined;
afterEach(async () => {
  await env?.stop();
  env = undefined;
});

// Failed, newest failure first, as the scenario says (trainingEndTime offsets -30m, -2h, -5h, -6h).
const FAILED_NEWEST_FIRST = ['vpc-job-2', 'vpc-job', 'no-logs', 'ghost-role'];

describe('listJobs against the local AWS endpoint', () => {
  it('lists exactly the failed jobs, newest first, each with its proven cause', async () => {
    env = await startEmulator({ scenario: smallAccount });
    const result = await env.settledList('us-east-1');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { jobs, undescribed, truncated } = result.value;
    expect(jobs.map((j) => j.name)).toEqual(FAILED_NEWEST_FIRST);
    expect(undescribed).toEqual([]);
    expect(truncated).toBe(false);
    const times = jobs.map((j) => j.failedAt);
    expect([...times].sort().reverse()).toEqual(times);
    for (const job of jobs) {
      expect(CAUSES).toContain(job.cause);
      expect(job.summary).not.toBe('');
      expect(job.groupKey).not.toBe('');
      expect(job.region).toBe('us-east-1');
      expect(job.proven).toBe(true);
    }
    expect(result.value.progress).toEqual({ listing: 'complete', describing: 0, proving: 0 });
    expect(jobs.find((j) => j.name === 'vpc-job')).toMatchObject({
      roleArn: 'arn:aws:iam::111122223333:role/service-role/ml-train',
      instanceType: 'ml.g5.2xlarge',
      failureReason: 'ClientError: Data download failed:Failed to download data. AccessDenied (403): Access Denied',
    });
  });

  it('filters by name on the server side', async () => {
    env = await startEmulator({ scenario: smallAccount });
    const result = await env.settledList('us-east-1', { nameContains: 'vpc-job' });
    expect(result.ok && result.value.jobs.map((j) => j.name)).toEqual(['vpc-job-2', 'vpc-job']);
  });

  it('another region lists its own jobs only', async () => {
    env = await startEmulator({ scenario: smallAccount });
    const result = await listJobs(await env!.ctx('eu-west-1'));
    expect(result.ok && result.value.jobs).toEqual([]);
  });

  it('pages through tiny pages, including pages StatusEquals emptied, to the end', async () => {
    env = await startEmulator({ scenario: smallAccount });
    const result = await (await env!.ctx('us-east-1')).gateways.listFailedJobs({ pageSize: 1 });
    expect(result.ok && result.jobs.map((j) => j.name).sort()).toEqual([...FAILED_NEWEST_FIRST].sort());
    // Five jobs in the region, one a page: the Completed one leaves an empty page that is not the end.
    expect(result.ok && result.pages).toBe(5);
    expect(result.ok && result.truncated).toBe(false);
  });

  it('reports truncation at the page cap', async () => {
    env = await startEmulator({ scenario: smallAccount });
    const result = await (await env!.ctx('us-east-1')).gateways.listFailedJobs({ pageSize: 1, maxPages: 2 });
    expect(result.ok && result.truncated).toBe(true);
    expect(result.ok && result.pages).toBe(2);
  });

  it('a dashboard refused ListTrainingJobs gets 403 naming the permission', async () => {
    env = await startEmulator({ scenario: smallAccount, faults: { deny: ['sagemaker:ListTrainingJobs'] } });
    const result = await listJobs(await env!.ctx('us-east-1'));
    expect(result).toMatchObject({ ok: false, status: 403, error: { code: 'access-denied', dashboardNeeds: 'sagemaker:ListTrainingJobs' } });
    expect(!result.ok && result.error.message).toMatch(/not authorized to perform: sagemaker:ListTrainingJobs/);
  });

  it('a throttled DescribeTrainingJob is retried and the job still listed', async () => {
    // One token a second; the clock stands still for the first three calls, then moves a lot per call.
    let calls = 0;
    const clock = () => (++calls <= 3 ? 0 : calls * 10_000);
    env = await startEmulator({ scenario: smallAccount, maxAttempts: 3, faults: { rateLimits: { 'sagemaker:DescribeTrainingJob': 1 }, clock } });
    const result = await env.settledList('us-east-1');
    expect(result.ok && result.value.jobs.map((j) => j.name)).toEqual(FAILED_NEWEST_FIRST);
    expect(result.ok && result.value.undescribed).toEqual([]);
    expect(calls).toBeGreaterThan(FAILED_NEWEST_FIRST.length); // some describes were throttled and retried
  });

  it('under throttling the list says how many jobs are still being described, and fills in; never errors or empty rows', async () => {
    env = await startEmulator({
      scenario: smallAccount,
      maxAttempts: 2,
      faults: { rateLimits: { 'sagemaker:DescribeTrainingJob': 1 }, clock: () => 0 },
      sync: { refreshIntervalMs: 0, firstRowsWaitMs: 10_000, describeRetryBaseMs: 60_000 },
    });
    const ctx = await env.ctx('us-east-1');
    await listJobs(ctx);
    await new Promise((r) => setTimeout(r, 300));
    const first = await listJobs(ctx);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    // One token: one job described, three waiting to be described again, shown from the listing:
    // none dropped, none an error, none an empty row.
    expect(first.value.jobs.map((j) => j.name).sort()).toEqual([...FAILED_NEWEST_FIRST].sort());
    expect(first.value.jobs.filter((j) => j.described)).toHaveLength(1);
    expect(first.value.progress.describing).toBe(FAILED_NEWEST_FIRST.length - 1);
    for (const job of first.value.jobs.filter((j) => !j.described)) expect(job).toMatchObject({ cause: 'unknown', summary: 'Being described…', createdAt: expect.any(String) });
    expect(first.value.undescribed).toEqual([]);
  });

  it('persistent throttling puts jobs under undescribed with the reason, never drops them', async () => {
    env = await startEmulator({
      scenario: smallAccount,
      maxAttempts: 2,
      faults: { rateLimits: { 'sagemaker:DescribeTrainingJob': 1 }, clock: () => 0 },
      sync: { refreshIntervalMs: 0, firstRowsWaitMs: 10_000, describeRetryBaseMs: 5 },
    });
    const result = await env.settledList('us-east-1');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { jobs, undescribed } = result.value;
    expect(jobs).toHaveLength(1);
    expect([...jobs.map((j) => j.name), ...undescribed.map((u) => u.name)].sort()).toEqual([...FAILED_NEWEST_FIRST].sort());
    for (const u of undescribed) expect(u.missing).toMatchObject({ kind: 'throttled', action: 'sagemaker:DescribeTrainingJob', resource: u.name });
  });

  it('the list and the job page show the same cause for every job', async () => {
    env = await startEmulator({ scenario: smallAccount });
    const list = await env.settledList('us-east-1');
    if (!list.ok) throw new Error(list.error.message);
    const ctx = await env.ctx('us-east-1');
    for (const row of list.value.jobs) {
      const page = await getJobDetail(ctx, row.name);
      expect(page.ok && page.value.diagnosis?.cause, row.name).toBe(row.cause);
      expect(page.ok && page.value.diagnosis?.confidence, row.name).toBe(row.confidence);
    }
  });

  it('the server filters by cause, sorts and pages, so the browser receives one page', async () => {
    env = await startEmulator({ scenario: smallAccount });
    const all = await env.settledList('us-east-1');
    if (!all.ok) throw new Error(all.error.message);
    const cause = all.value.causeCounts[0]?.cause;
    expect(cause).toBeDefined();
    const ctx = await env.ctx('us-east-1');
    const filtered = await listJobs(ctx, {}, { causes: [cause!], sort: 'name', dir: 'asc', view: 'table', page: 1 });
    if (!filtered.ok) throw new Error(filtered.error.message);
    expect(filtered.value.total).toBe(all.value.total);
    expect(filtered.value.jobs.every((j) => j.cause === cause)).toBe(true);
    expect(filtered.value.jobs.map((j) => j.name)).toEqual(filtered.value.jobs.map((j) => j.name).sort());
    expect(filtered.value.shown).toBe(all.value.causeCounts[0]?.count);
    // The grouped view of one scope shows failure groups (/api/groups): no rows are sent for it.
    const grouped = await listJobs(ctx, {}, { causes: [cause!], sort: 'failedAt', dir: 'desc', view: 'groups', page: 1 });
    if (!grouped.ok) throw new Error(grouped.error.message);
    expect(grouped.value.jobs).toEqual([]);
    expect(grouped.value.shown).toBe(filtered.value.shown);
    expect(grouped.value.causeCounts).toEqual(filtered.value.causeCounts);
  });
});

/**
 * A restart on each backend: the same store, a new process (new services), and an AWS that now
 * refuses every describe and evidence read. The list must come back whole from the store.
 */
const pgUnreachable = await unreachableReason();
const pg = postgresFixture();
afterAll(() => pg.cleanup());
const backends: [string, () => Promise<StoreConfig>][] = [
  ['SQLite', async () => tempStore()],
  ['PostgreSQL', () => pg.freshConfig()],
];

describe.each(backends)('after a restart on %s', (backend, freshStore) => {
  it('the list comes from the store: descriptions and proven causes survive, AWS is not asked to describe again', async (test) => {
    if (backend === 'PostgreSQL' && pgUnreachable) {
      if (postgresRequired()) throw new Error(`PostgreSQL is required here and unreachable: ${pgUnreachable}`);
      test.skip();
    }
    const store = await freshStore();
    env = await startEmulator({ scenario: smallAccount, store });
    const before = await env.settledList('us-east-1');
    expect(before.ok && before.value.jobs.every((j) => j.proven)).toBe(true);
    await env.stop();
    env = await startEmulator({ scenario: smallAccount, store, faults: { deny: ['sagemaker:DescribeTrainingJob', 'iam:GetRole', 's3:GetBucketPolicy', 'logs:FilterLogEvents'] } });
    const after = await env.settledList('us-east-1');
    expect(after.ok && after.value.jobs).toEqual(before.ok && before.value.jobs);
    expect(after.ok && after.value.undescribed).toEqual([]);
    // The job page too: its stored diagnosis, not a new one made from refused reads.
    const page = await getJobDetail(await env.ctx('us-east-1'), 'vpc-job');
    expect(page.ok && page.value.diagnosis?.cause).toBe(before.ok && before.value.jobs.find((j) => j.name === 'vpc-job')?.cause);
  });
});
