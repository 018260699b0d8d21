import 'server-only';
import type { FailureGroupFacts } from '@/lib/analysis/groups/build-groups';
import { isRegression } from '@/lib/analysis/groups/group-status';
import type { GroupState } from '@/lib/store/types';
import type { RequestContext } from '../context';
import { scopeOf } from '../stored-diagnosis';

/**
 * A resolved group with a failure newer than its resolution has regressed, however that failure
 * arrived (proven here, by another replica, before a restart): the list and the group page make it
 * so before they answer. Returns the states as they are afterwards.
 */
export async function reconcileRegressions(ctx: RequestContext, groups: readonly FailureGroupFacts[], states: Map<string, GroupState>): Promise<Map<string, GroupState>> {
  for (const group of groups) {
    const state = states.get(group.id);
    if (!state || !isRegression(state, group.lastSeen)) continue;
    // The first job that failed after the resolution is the one that re-opened it.
    const reopener = [...group.members].reverse().find((m) => isRegression(state, m.failedAt));
    const at = new Date(ctx.settings.now()).toISOString();
    await ctx.store.markRegressed(scopeOf(ctx), group.id, at, reopener?.name ?? group.members[0]?.name ?? '');
    const after = await ctx.store.getGroupState(scopeOf(ctx), group.id);
    if (after) states.set(group.id, after);
  }
  return states;
}
