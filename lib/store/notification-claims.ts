import 'server-only';
import type { Kysely } from 'kysely';
import { checkName, checkNumber, checkScope } from './input';
import type { StoreDatabase } from './schema';
import type { Scope } from './types';

/**
 * One upsert decides: a group never notified gets a row; one notified at least `windowMs` ago has
 * its time moved to now; otherwise the conflict's WHERE fails, nothing is written and RETURNING is
 * empty. The row lock makes concurrent claims for one group see a single winner.
 */
export async function claimNotification(
  db: Kysely<StoreDatabase>,
  scope: Scope,
  groupId: string,
  nowMs: number,
  windowMs: number,
): Promise<boolean> {
  checkScope(scope);
  checkName(groupId, 'groupId');
  checkNumber(nowMs, 'nowMs', 0);
  checkNumber(windowMs, 'windowMs', 0);
  const taken = await db
    .insertInto('notification_claims')
    .values({ account_id: scope.accountId, region: scope.region, group_id: groupId, sent_at_ms: nowMs })
    .onConflict((oc) =>
      oc
        .columns(['account_id', 'region', 'group_id'])
        .doUpdateSet((eb) => ({ sent_at_ms: eb.ref('excluded.sent_at_ms') }))
        .where('notification_claims.sent_at_ms', '<=', nowMs - windowMs),
    )
    .returning('group_id')
    .execute();
  return taken.length > 0;
}

/**
 * Gives back a claim no message went out under (every channel failed), so the group's next failure
 * may notify. Only the claim taken at `claimedAtMs` is removed: a later one, by another replica or
 * after the window, stays.
 */
export async function releaseNotification(db: Kysely<StoreDatabase>, scope: Scope, groupId: string, claimedAtMs: number): Promise<void> {
  checkScope(scope);
  checkName(groupId, 'groupId');
  checkNumber(claimedAtMs, 'claimedAtMs', 0);
  await db
    .deleteFrom('notification_claims')
    .where('account_id', '=', scope.accountId)
    .where('region', '=', scope.region)
    .where('group_id', '=', groupId)
    .where('sent_at_ms', '=', claimedAtMs)
    .execute();
}
