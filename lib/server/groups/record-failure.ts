import 'server-only';
import { groupIdOf } from '@/lib/analysis/groups/group-id';
import { groupIdentityOf } from '@/lib/analysis/groups/group-identity';
import { isRegression } from '@/lib/analysis/groups/group-status';
import type { TrainingJob } from '@/lib/analysis/evidence';
import type { RequestContext } from '../context';
import { scopeOf } from '../stored-diagnosis';
import { memberOf } from './group-facts';

/** What a proven failure means for its group. */
export interface RecordedFailure {
  groupId: string;
  /** `new-group`: this job opened the group; `regression`: it re-opened a resolved one; `known` otherwise. */
  event: 'new-group' | 'regression' | 'known';
  /** True when this very call opened or re-opened the group (false when asked again about the same job). */
  fresh: boolean;
  /** When the job failed (its end time). */
  failedAt: string;
}

/**
 * Records a proven failed job in its group: opens the group on its first failure, marks a resolved
 * group regressed when the job failed after the resolution. Idempotent per job: asked again about
 * the same job (the sync and the live events both may), it gives the same answer, so whoever calls
 * second still learns "new group" or "regression". Undefined for a job not proven or not failed.
 */
export async function recordFailure(ctx: RequestContext, jobName: string): Promise<RecordedFailure | undefined> {
  const scope = scopeOf(ctx);
  const [description, diagnosis] = await Promise.all([ctx.store.getDescription(scope, jobName), ctx.store.getDiagnosis(scope, jobName)]);
  const member = memberOf(description as TrainingJob | undefined, diagnosis);
  if (!member) return undefined;
  const groupId = groupIdOf(ctx.accountId, ctx.region, groupIdentityOf(member).key);
  const at = new Date(ctx.settings.now()).toISOString();
  const answer = (event: RecordedFailure['event'], fresh: boolean): RecordedFailure => ({ groupId, event, fresh, failedAt: member.failedAt });
  if (await ctx.store.openGroup(scope, groupId, at, jobName)) return answer('new-group', true);

  const state = await ctx.store.getGroupState(scope, groupId);
  if (isRegression(state, member.failedAt) && (await ctx.store.markRegressed(scope, groupId, at, jobName))) return answer('regression', true);
  const { history } = await ctx.store.getGroupActivity(scope, groupId);
  const byThisJob = (kind: string) => history.some((e) => e.kind === kind && e.detail === jobName);
  if (byThisJob('created')) return answer('new-group', false);
  if (byThisJob('regressed')) return answer('regression', false);
  return answer('known', false);
}
