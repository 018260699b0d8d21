import 'server-only';
import { sql, type Kysely } from 'kysely';
import { claimJobs, releaseJob } from './claims';
import { getDiagnosis, putDiagnosis } from './diagnoses';
import { getEntry, putEntry } from './entries';
import { changeGroup, getGroupActivity, getGroupState, listGroupStates, markRegressed, openGroup } from './groups';
import { getDescription, getWatermark, putDescription, setWatermark, upsertJobRefs } from './jobs';
import { listStoredJobs } from './list-jobs';
import { runMigrations } from './migrate';
import { claimNotification, releaseNotification } from './notification-claims';
import { reserveSlot } from './reserve-slot';
import type { StoreDatabase } from './schema';
import type { GroupChange, ListJobsQuery, Scope, Store, StoreBackend, StoredDiagnosis, StoredJobRef, Watermark } from './types';

/**
 * Rows written to a table before its planner statistics are refreshed. Without statistics (a
 * freshly filled table before autovacuum's first pass) PostgreSQL joins jobs to diagnoses with a
 * nested loop and a 5,000-job list page takes a second instead of a millisecond.
 */
const ANALYZE_AFTER_ROWS = 250;

type AnalyzedTable = 'jobs' | 'diagnoses';

/** The one Store implementation: the same Kysely queries over either dialect. */
export class KyselyStore implements Store {
  private closing: Promise<void> | undefined;
  private readonly unanalyzed: Record<AnalyzedTable, number> = { jobs: 0, diagnoses: 0 };

  /** `release` gives the connection back (see open-store.ts: SQLite connections are shared). */
  constructor(
    private readonly db: Kysely<StoreDatabase>,
    readonly backend: StoreBackend,
    private readonly release: () => Promise<void> = () => db.destroy(),
  ) {}

  migrate(): Promise<string[]> {
    return runMigrations(this.db, this.backend);
  }

  /** Idempotent: a second close waits for the first. */
  close(): Promise<void> {
    this.closing ??= this.release();
    return this.closing;
  }

  async upsertJobRefs(scope: Scope, refs: readonly StoredJobRef[]) {
    await upsertJobRefs(this.db, scope, refs);
    await this.wrote('jobs', refs.length);
  }

  getWatermark(scope: Scope) {
    return getWatermark(this.db, scope);
  }

  setWatermark(scope: Scope, watermark: Watermark & { refreshedAt: string }) {
    return setWatermark(this.db, scope, watermark);
  }

  listJobs(scope: Scope, query: ListJobsQuery) {
    return listStoredJobs(this.db, scope, query);
  }

  async putDescription(scope: Scope, name: string, description: unknown, describedAt: string) {
    await putDescription(this.db, scope, name, description, describedAt);
    await this.wrote('jobs', 1);
  }

  getDescription(scope: Scope, name: string) {
    return getDescription(this.db, scope, name);
  }

  getEntry(scope: Scope, kind: string, key: string) {
    return getEntry(this.db, scope, kind, key);
  }

  putEntry(scope: Scope, kind: string, key: string, value: unknown, fetchedAt: string) {
    return putEntry(this.db, scope, kind, key, value, fetchedAt);
  }

  async putDiagnosis(scope: Scope, name: string, diagnosis: StoredDiagnosis) {
    await putDiagnosis(this.db, scope, name, diagnosis);
    await this.wrote('diagnoses', 1);
  }

  getDiagnosis(scope: Scope, name: string) {
    return getDiagnosis(this.db, scope, name);
  }

  claimJobs(scope: Scope, names: readonly string[], owner: string, leaseMs: number, nowMs: number) {
    return claimJobs(this.db, scope, names, owner, leaseMs, nowMs);
  }

  releaseJob(scope: Scope, name: string, owner: string) {
    return releaseJob(this.db, scope, name, owner);
  }

  reserveSlot(key: string, ratePerSec: number, burst: number, nowMs: number) {
    return reserveSlot(this.db, key, ratePerSec, burst, nowMs);
  }

  listGroupStates(scope: Scope) {
    return listGroupStates(this.db, scope);
  }

  getGroupState(scope: Scope, groupId: string) {
    return getGroupState(this.db, scope, groupId);
  }

  openGroup(scope: Scope, groupId: string, at: string, detail?: string) {
    return openGroup(this.db, scope, groupId, at, detail);
  }

  changeGroup(scope: Scope, groupId: string, change: GroupChange) {
    return changeGroup(this.db, this.backend, scope, groupId, change);
  }

  markRegressed(scope: Scope, groupId: string, at: string, detail: string) {
    return markRegressed(this.db, scope, groupId, at, detail);
  }

  getGroupActivity(scope: Scope, groupId: string) {
    return getGroupActivity(this.db, scope, groupId);
  }

  claimNotification(scope: Scope, groupId: string, nowMs: number, windowMs: number) {
    return claimNotification(this.db, scope, groupId, nowMs, windowMs);
  }

  releaseNotification(scope: Scope, groupId: string, claimedAtMs: number) {
    return releaseNotification(this.db, scope, groupId, claimedAtMs);
  }

  /** ANALYZE (the same statement on both backends) once enough rows changed; best effort. */
  private async wrote(table: AnalyzedTable, rows: number): Promise<void> {
    this.unanalyzed[table] += rows;
    if (this.unanalyzed[table] < ANALYZE_AFTER_ROWS) return;
    this.unanalyzed[table] = 0;
    await sql`analyze ${sql.table(table)}`.execute(this.db).catch(() => undefined);
  }
}
