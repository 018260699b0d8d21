import 'server-only';
import type { Kysely } from 'kysely';
import { checkName, checkNumber, checkScope } from './input';
import type { StoreDatabase } from './schema';
import type { Scope } from './types';

const CHUNK = 500;

/**
 * Claims in one upsert per chunk: a row is taken when absent, expired or already ours, and
 * RETURNING names exactly the rows this statement took. The row lock the upsert holds makes two
 * replicas claiming the same job at once see one winner.
 */
export async function claimJobs(
  db: Kysely<StoreDatabase>,
  scope: Scope,
  names: readonly string[],
  owner: string,
  leaseMs: number,
  nowMs: number,
): Promise<string[]> {
  checkScope(scope);
  checkName(owner, 'owner');
  checkNumber(leaseMs, 'leaseMs', 1);
  checkNumber(nowMs, 'nowMs', 0);
  const unique = [...new Set(names.map((name) => checkName(name)))];
  // Rows are locked in the order they are written: written in one order (sorted) by every replica,
  // two claims of overlapping jobs queue behind each other instead of deadlocking (PostgreSQL
  // aborts one of two upserts that lock the same rows in opposite orders).
  const ordered = [...unique].sort();
  const held = new Set<string>();
  for (let i = 0; i < ordered.length; i += CHUNK) {
    const rows = ordered.slice(i, i + CHUNK).map((name) => ({
      account_id: scope.accountId,
      region: scope.region,
      job_name: name,
      owner,
      expires_at_ms: nowMs + leaseMs,
    }));
    const taken = await db
      .insertInto('job_claims')
      .values(rows)
      .onConflict((oc) =>
        oc
          .columns(['account_id', 'region', 'job_name'])
          .doUpdateSet((eb) => ({ owner: eb.ref('excluded.owner'), expires_at_ms: eb.ref('excluded.expires_at_ms') }))
          .where((eb) => eb.or([eb('job_claims.expires_at_ms', '<=', nowMs), eb('job_claims.owner', '=', eb.ref('excluded.owner'))])),
      )
      .returning('job_name')
      .execute();
    for (const row of taken) held.add(row.job_name);
  }
  // In the caller's order, which is its priority (newest first).
  return unique.filter((name) => held.has(name));
}

export async function releaseJob(db: Kysely<StoreDatabase>, scope: Scope, name: string, owner: string): Promise<void> {
  checkScope(scope);
  await db
    .deleteFrom('job_claims')
    .where('account_id', '=', scope.accountId)
    .where('region', '=', scope.region)
    .where('job_name', '=', name)
    .where('owner', '=', owner)
    .execute();
}
