import 'server-only';
import type { Kysely } from 'kysely';
import { checkName, checkScope, isoOrNull, toIso } from './input';
import { decodeJson, encodeJson } from './json';
import type { StoreDatabase } from './schema';
import type { Scope, StoredJobRef, Watermark } from './types';

// Rows per INSERT: 9 parameters each stays far below SQLite's and PostgreSQL's parameter limits.
const CHUNK = 400;

/** Listing results in; a job's description and diagnosis survive (only ref columns change). */
export async function upsertJobRefs(db: Kysely<StoreDatabase>, scope: Scope, refs: readonly StoredJobRef[]): Promise<void> {
  checkScope(scope);
  // One row per name: PostgreSQL refuses an upsert that touches the same row twice.
  const byName = new Map<string, StoredJobRef>();
  for (const ref of refs) byName.set(checkName(ref?.name), ref);
  // Sorted by name: every replica locks rows in one order, so overlapping listings never deadlock.
  const rows = [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((ref) => {
    const createdAt = toIso(ref.createdAt, `createdAt of ${ref.name}`);
    return {
      account_id: scope.accountId,
      region: scope.region,
      name: ref.name,
      created_at: createdAt,
      status: checkName(ref.status, `status of ${ref.name}`),
      failed_at: null,
      sort_at: createdAt,
      description: null,
      described_at: null,
    };
  });
  if (rows.length === 0) return;
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await trx
        .insertInto('jobs')
        .values(rows.slice(i, i + CHUNK))
        .onConflict((oc) =>
          oc.columns(['account_id', 'region', 'name']).doUpdateSet((eb) => ({
            created_at: eb.ref('excluded.created_at'),
            status: eb.ref('excluded.status'),
            sort_at: eb.fn.coalesce('jobs.failed_at', 'excluded.created_at'),
          })),
        )
        .execute();
    }
  });
}

/**
 * A description may arrive before the listing names the job (a job page opened from a link), so it
 * inserts the row when missing, with what the description says of the job.
 */
export async function putDescription(
  db: Kysely<StoreDatabase>,
  scope: Scope,
  name: string,
  description: unknown,
  describedAt: string,
): Promise<void> {
  checkScope(scope);
  checkName(name);
  const described = toIso(describedAt, 'describedAt');
  const fields = (typeof description === 'object' && description !== null ? description : {}) as Record<string, unknown>;
  const status = typeof fields.status === 'string' && fields.status !== '' ? fields.status : undefined;
  const failedAt = isoOrNull(fields.endedAt) ?? isoOrNull(fields.lastModifiedAt);
  const createdAt = isoOrNull(fields.createdAt) ?? described;
  await db
    .insertInto('jobs')
    .values({
      account_id: scope.accountId,
      region: scope.region,
      name,
      created_at: createdAt,
      status: status ?? 'Unknown',
      failed_at: failedAt,
      sort_at: failedAt ?? createdAt,
      description: encodeJson(description, 'description'),
      described_at: described,
    })
    .onConflict((oc) =>
      oc.columns(['account_id', 'region', 'name']).doUpdateSet((eb) => ({
        description: eb.ref('excluded.description'),
        described_at: eb.ref('excluded.described_at'),
        failed_at: eb.ref('excluded.failed_at'),
        sort_at: eb.fn.coalesce('excluded.failed_at', 'jobs.created_at'),
        // A description without a status keeps the listing's.
        ...(status ? { status: eb.ref('excluded.status') } : {}),
      })),
    )
    .execute();
}

export async function getDescription(db: Kysely<StoreDatabase>, scope: Scope, name: string): Promise<unknown | undefined> {
  checkScope(scope);
  const row = await db
    .selectFrom('jobs')
    .select('description')
    .where('account_id', '=', scope.accountId)
    .where('region', '=', scope.region)
    .where('name', '=', name)
    .executeTakeFirst();
  return decodeJson(row?.description);
}

export async function getWatermark(db: Kysely<StoreDatabase>, scope: Scope): Promise<Watermark | undefined> {
  checkScope(scope);
  const row = await db
    .selectFrom('watermarks')
    .selectAll()
    .where('account_id', '=', scope.accountId)
    .where('region', '=', scope.region)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    ...(row.newest_created_at ? { newestCreatedAt: row.newest_created_at } : {}),
    ...(row.refreshed_at ? { refreshedAt: row.refreshed_at } : {}),
    complete: Number(row.complete) === 1,
  };
}

export async function setWatermark(db: Kysely<StoreDatabase>, scope: Scope, watermark: Watermark & { refreshedAt: string }): Promise<void> {
  checkScope(scope);
  const row = {
    account_id: scope.accountId,
    region: scope.region,
    newest_created_at: watermark.newestCreatedAt === undefined ? null : toIso(watermark.newestCreatedAt, 'newestCreatedAt'),
    refreshed_at: toIso(watermark.refreshedAt, 'refreshedAt'),
    complete: watermark.complete ? 1 : 0,
  };
  await db
    .insertInto('watermarks')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['account_id', 'region']).doUpdateSet({
        newest_created_at: row.newest_created_at,
        refreshed_at: row.refreshed_at,
        complete: row.complete,
      }),
    )
    .execute();
}
