import 'server-only';
import { sql, type Kysely } from 'kysely';
import { checkNumber, checkScope, StoreInputError, toIso } from './input';
import { decodeJson } from './json';
import type { StoreDatabase } from './schema';
import type { JobRow, ListJobsQuery, ListJobsResult, Scope } from './types';

export const MAX_PAGE_SIZE = 1000;

/**
 * One page of the stored list, plus what the chips and the pager need, in three queries: the
 * page's names, their rows, and one grouped count (by cause, with the undescribed count) over
 * every filter but the cause.
 */
export async function listStoredJobs(db: Kysely<StoreDatabase>, scope: Scope, query: ListJobsQuery): Promise<ListJobsResult> {
  checkScope(scope);
  const q = normalise(query);

  // The page's names first, then their rows: sorting only names keeps the multi-kB descriptions
  // out of the sort (sorting 1,500 failed jobs with
  // 1.6 kB descriptions took 28 ms on SQLite, names alone about 4).
  const page = await filtered(db, scope, q, true)
    .select('jobs.name')
    .orderBy('jobs.sort_at', 'desc')
    .orderBy('jobs.created_at', 'desc')
    .orderBy('jobs.name', 'asc')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  const names = page.map((row) => row.name);
  const rows = names.length === 0 ? [] : await pageRows(db, scope, names);

  const groups = await filtered(db, scope, q, false)
    .select((eb) => [
      'diagnoses.cause',
      eb.fn.countAll().as('jobs'),
      eb.fn.sum<number | string>(sql`case when ${sql.ref('jobs.description')} is null then 1 else 0 end`).as('undescribed'),
    ])
    .groupBy('diagnoses.cause')
    .execute();

  const causeCounts: Record<string, number> = {};
  let all = 0;
  let undescribed = 0;
  let undiagnosed = 0;
  for (const group of groups) {
    const count = Number(group.jobs);
    all += count;
    undescribed += Number(group.undescribed ?? 0);
    if (group.cause == null) undiagnosed += count;
    else causeCounts[group.cause] = count;
  }

  return {
    rows: rows.map((row): JobRow => {
      const jobRow: JobRow = { ref: { name: row.name, createdAt: row.created_at, status: row.status } };
      if (row.description != null) jobRow.description = decodeJson(row.description);
      if (row.described_at) jobRow.describedAt = row.described_at;
      if (row.failed_at) jobRow.failedAt = row.failed_at;
      if (row.cause != null) {
        jobRow.diagnosis = {
          cause: row.cause,
          confidence: row.confidence ?? '',
          summary: row.summary ?? '',
          groupKey: row.group_key ?? '',
          fingerprint: row.fingerprint ?? '',
          diagnosedAt: row.diagnosed_at ?? '',
        };
      }
      return jobRow;
    }),
    total: q.cause === undefined ? all : (causeCounts[q.cause] ?? 0),
    causeCounts,
    undescribed,
    undiagnosed,
  };
}

/** The page's rows, with their diagnoses, in the order of `names`. */
async function pageRows(db: Kysely<StoreDatabase>, scope: Scope, names: string[]) {
  const rows = await joined(db, scope)
    .where('jobs.name', 'in', names)
    .select([
      'jobs.name',
      'jobs.created_at',
      'jobs.status',
      'jobs.failed_at',
      'jobs.description',
      'jobs.described_at',
      'diagnoses.cause',
      'diagnoses.confidence',
      'diagnoses.summary',
      'diagnoses.group_key',
      'diagnoses.fingerprint',
      'diagnoses.diagnosed_at',
    ])
    .execute();
  const position = new Map(names.map((name, i) => [name, i]));
  return rows.sort((a, b) => (position.get(a.name) ?? 0) - (position.get(b.name) ?? 0));
}

function joined(db: Kysely<StoreDatabase>, scope: Scope) {
  return db
    .selectFrom('jobs')
    .leftJoin('diagnoses', (join) =>
      join
        .onRef('diagnoses.account_id', '=', 'jobs.account_id')
        .onRef('diagnoses.region', '=', 'jobs.region')
        .onRef('diagnoses.job_name', '=', 'jobs.name'),
    )
    .where('jobs.account_id', '=', scope.accountId)
    .where('jobs.region', '=', scope.region);
}

function filtered(db: Kysely<StoreDatabase>, scope: Scope, q: ListJobsQuery, withCause: boolean) {
  let query = joined(db, scope);
  if (q.status !== undefined) query = query.where('jobs.status', '=', q.status);
  if (q.since !== undefined) query = query.where('jobs.created_at', '>=', q.since);
  if (q.until !== undefined) query = query.where('jobs.created_at', '<', q.until);
  if (q.nameContains !== undefined) {
    // lower() on both sides: LIKE is case-insensitive on SQLite but not on PostgreSQL.
    const pattern = `%${q.nameContains.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where(sql<boolean>`lower(${sql.ref('jobs.name')}) like ${pattern} escape '\\'`);
  }
  if (withCause && q.cause !== undefined) query = query.where('diagnoses.cause', '=', q.cause);
  return query;
}

function normalise(query: ListJobsQuery): ListJobsQuery {
  if (!query) throw new StoreInputError('listJobs needs a query with a limit and an offset');
  const given = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);
  const since = given(query.since);
  const until = given(query.until);
  const status = given(query.status);
  const nameContains = given(query.nameContains);
  const cause = given(query.cause);
  return {
    limit: Math.floor(checkNumber(query.limit, 'limit', 1, MAX_PAGE_SIZE)),
    offset: Math.floor(checkNumber(query.offset, 'offset', 0)),
    ...(status !== undefined ? { status } : {}),
    ...(since !== undefined ? { since: toIso(since, 'since') } : {}),
    ...(until !== undefined ? { until: toIso(until, 'until') } : {}),
    ...(nameContains !== undefined ? { nameContains } : {}),
    ...(cause !== undefined ? { cause } : {}),
  };
}
