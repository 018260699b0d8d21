import 'server-only';
import type { Kysely } from 'kysely';
import { checkName, checkScope, toIso } from './input';
import { decodeJson, encodeJson } from './json';
import type { StoreDatabase } from './schema';
import type { Scope, StoredDiagnosis } from './types';

/** One diagnosis per job, replaced when the job is proven again (new evidence, Re-run triage). */
export async function putDiagnosis(db: Kysely<StoreDatabase>, scope: Scope, name: string, d: StoredDiagnosis): Promise<void> {
  checkScope(scope);
  const row = {
    account_id: scope.accountId,
    region: scope.region,
    job_name: checkName(name),
    cause: checkName(d?.cause, 'cause'),
    confidence: String(d.confidence ?? ''),
    summary: String(d.summary ?? ''),
    group_key: String(d.groupKey ?? ''),
    fingerprint: String(d.fingerprint ?? ''),
    diagnosed_at: toIso(d.diagnosedAt, 'diagnosedAt'),
    full_json: encodeJson(d.full, `diagnosis of ${name}`),
  };
  const { account_id: _a, region: _r, job_name: _j, ...changes } = row;
  await db
    .insertInto('diagnoses')
    .values(row)
    .onConflict((oc) => oc.columns(['account_id', 'region', 'job_name']).doUpdateSet(changes))
    .execute();
}

export async function getDiagnosis(db: Kysely<StoreDatabase>, scope: Scope, name: string): Promise<StoredDiagnosis | undefined> {
  checkScope(scope);
  const row = await db
    .selectFrom('diagnoses')
    .selectAll()
    .where('account_id', '=', scope.accountId)
    .where('region', '=', scope.region)
    .where('job_name', '=', name)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    cause: row.cause,
    confidence: row.confidence,
    summary: row.summary,
    groupKey: row.group_key,
    fingerprint: row.fingerprint,
    diagnosedAt: row.diagnosed_at,
    full: decodeJson(row.full_json),
  };
}
