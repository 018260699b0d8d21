import 'server-only';
import type { RequestContext } from '../context';
import type { GroupNotice } from '../notify/notice';
import type { Notifier } from '../notify/notifier';

/**
 * The seam between live ingest and the failure groups: once a recorded job is proven, the groups
 * code places it (`recordFailure(ctx, jobName)`), and a new group or a regression becomes a notice.
 * The groups code owns what a group is; this only turns its answer into a notification.
 */
export interface PlacedFailure {
  groupId: string;
  event: 'new-group' | 'regression' | 'known';
  title: string;
  cause: string;
  count: number;
  /** The group's status after placing (`ignored` stays quiet). */
  status?: string;
}

export type PlaceFailure = (ctx: RequestContext, jobName: string) => Promise<PlacedFailure | undefined>;

export function notifyAfterPlacing(place: PlaceFailure, notifier: Pick<Notifier, 'notify'>) {
  return async (ctx: RequestContext, jobName: string): Promise<void> => {
    const placed = await place(ctx, jobName);
    if (!placed || placed.event === 'known') return;
    const notice: GroupNotice = {
      kind: placed.event,
      groupId: placed.groupId,
      title: placed.title,
      cause: placed.cause,
      accountId: ctx.accountId,
      region: ctx.region,
      count: placed.count,
      jobName,
      ...(placed.status ? { status: placed.status } : {}),
    };
    notifier.notify(notice);
  };
}
