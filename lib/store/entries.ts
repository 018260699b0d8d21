import 'server-only';
import type { Kysely } from 'kysely';
import { checkName, checkScope, toIso } from './input';
import { decodeJson, encodeJson } from './json';
import type { StoreDatabase } from './schema';
import type { Scope, StoredEntry } from './types';

/** Shared evidence by kind and key; freshness is the caller's (see read-through.ts). */
export async function getEntry(db: Kysely<StoreDatabase>, scope: Scope, kind: string, key: string): Promise<StoredEntry | undefined> {
  checkScope(scope);
  const row = await db
    .selectFrom('entries')
    .select(['value_json', 'fetched_at'])
    .where('account_id', '=', scope.accountId)
    .where('region', '=', scope.region)
    .where('kind', '=', kind)
    .where('entry_key', '=', key)
    .executeTakeFirst();
  if (!row) return undefined;
  return { value: decodeJson(row.value_json), fetchedAt: row.fetched_at };
}

export async function putEntry(
  db: Kysely<StoreDatabase>,
  scope: Scope,
  kind: string,
  key: string,
  value: unknown,
  fetchedAt: string,
): Promise<void> {
  checkScope(scope);
  await db
    .insertInto('entries')
    .values({
      account_id: scope.accountId,
      region: scope.region,
      kind: checkName(kind, 'kind'),
      entry_key: checkName(key, 'key'),
      value_json: encodeJson(value, `${kind} ${key}`),
      fetched_at: toIso(fetchedAt, 'fetchedAt'),
    })
    .onConflict((oc) =>
      oc
        .columns(['account_id', 'region', 'kind', 'entry_key'])
        .doUpdateSet((eb) => ({ value_json: eb.ref('excluded.value_json'), fetched_at: eb.ref('excluded.fetched_at') }))
        // Two replicas refreshing the same role: the later fetch wins whichever writes last.
        .where('excluded.fetched_at', '>=', (eb) => eb.ref('entries.fetched_at')),
    )
    .execute();
}
