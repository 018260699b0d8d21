import 'server-only';
import type { FailureGroupFacts } from '@/lib/analysis/groups/build-groups';
import type { GroupListResponse, GroupSummary } from '@/lib/dto/groups';
import type { UseCaseResult } from '@/lib/dto/jobs';
import type { GroupState } from '@/lib/store/types';
import { failFromMissing } from '../api-error';
import type { RequestContext } from '../context';
import { scopeOf } from '../stored-diagnosis';
import { meOf } from './actor';
import { loadGroupFacts, toGroupSummary } from './group-facts';
import { reconcileRegressions } from './reconcile';

/** Jobs named per group in the list; the group page names them all. */
export const LIST_JOBS_PER_GROUP = 5;

/**
 * Every failure group of an account and region with its state, newest activity first. Like the
 * job list it starts the background sync when one is due, so groups fill in as jobs are proven.
 * With a name search, only the groups holding a job whose name contains it (any case), each naming
 * those jobs and how many they are (`matched`); a group's count, trend and id stay the whole group's.
 */
export async function listGroups(ctx: RequestContext, nameContains?: string): Promise<UseCaseResult<GroupListResponse>> {
  const sync = await ctx.syncs.kick(ctx);
  if (sync.listingFailure) return failFromMissing(sync.listingFailure, `could not list the failed training jobs in ${ctx.region}`);
  const { groups, proving } = await loadGroupFacts(ctx);
  const states = await reconcileRegressions(ctx, groups, new Map((await ctx.store.listGroupStates(scopeOf(ctx))).map((s) => [s.groupId, s])));
  const me = meOf(ctx.identity);
  return {
    ok: true,
    value: {
      region: ctx.region,
      groups: nameContains ? searchGroups(ctx, groups, states, nameContains) : groups.map((g) => toGroupSummary(ctx, g, states.get(g.id), LIST_JOBS_PER_GROUP)),
      ...(me ? { me } : {}),
      authMode: ctx.identity.mode,
      proving,
      fetchedAt: new Date(ctx.settings.now()).toISOString(),
    },
  };
}

function searchGroups(ctx: RequestContext, groups: FailureGroupFacts[], states: Map<string, GroupState>, nameContains: string): GroupSummary[] {
  const wanted = nameContains.toLowerCase();
  return groups.flatMap((g) => {
    const members = g.members.filter((m) => m.name.toLowerCase().includes(wanted));
    if (members.length === 0) return [];
    return [{ ...toGroupSummary(ctx, { ...g, members }, states.get(g.id), LIST_JOBS_PER_GROUP), matched: members.length }];
  });
}
