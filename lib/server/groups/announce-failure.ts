import 'server-only';
import type { RequestContext } from '../context';
import { scopeOf } from '../stored-diagnosis';
import { findGroup } from './group-detail';
import { toGroupSummary } from './group-facts';
import type { RecordedFailure } from './record-failure';

/**
 * A failure is news for an hour after it happened. Older ones are history that a first listing (a
 * new deployment, a new account) or a re-diagnosis brings in: announcing them would flood the
 * channel with every group the account ever had.
 */
export const NEWS_WINDOW_MS = 60 * 60_000;

/**
 * Tells the team (Slack, webhook) when a job just opened a group or re-opened a resolved one,
 * whichever way it arrived (a live event or the listing). Only the call that made the change
 * announces it, so a re-run triage never repeats a notice; the notifier keeps to one message per
 * group per hour and keeps ignored groups quiet.
 */
export async function announceFailure(ctx: RequestContext, jobName: string, recorded: RecordedFailure): Promise<void> {
  if (!recorded.fresh || recorded.event === 'known') return;
  if (ctx.settings.now() - Date.parse(recorded.failedAt) > NEWS_WINDOW_MS) return;
  const found = await findGroup(ctx, recorded.groupId);
  if (!found.ok) return;
  const group = toGroupSummary(ctx, found.value, await ctx.store.getGroupState(scopeOf(ctx), recorded.groupId), 0);
  ctx.notify({
    kind: recorded.event,
    groupId: group.id,
    title: group.title,
    cause: group.cause,
    accountId: ctx.accountId,
    region: ctx.region,
    count: group.count,
    jobName,
    status: group.status,
  });
}
