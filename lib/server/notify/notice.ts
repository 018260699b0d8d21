/**
 * What a notification is about: a failure group that is new, or that failed again after it was
 * resolved. The failure-groups code builds it; the notifier only sends it. Types and pure helpers
 * only, so both sides (and tests) may import it.
 */
export type NoticeKind = 'new-group' | 'regression';

export interface GroupNotice {
  kind: NoticeKind;
  /** The group's stable id, as in `/groups/{id}`. */
  groupId: string;
  /** One line naming the problem, e.g. "ml-train cannot read s3://acme-data/train/". */
  title: string;
  /** The diagnosis cause (`s3-read`, `kms`, ...). */
  cause: string;
  accountId: string;
  region: string;
  /** Failures in the group so far, this one included. */
  count: number;
  /** The job whose failure triggered the notice. */
  jobName: string;
  /** The group's status when known; `ignored` keeps it quiet. */
  status?: string;
}

/** The group page a notice links to: shareable, with the account and region in the URL. */
export function groupPageUrl(publicUrl: string, notice: Pick<GroupNotice, 'groupId' | 'region' | 'accountId'>): string {
  const base = publicUrl.replace(/\/+$/, '');
  const query = new URLSearchParams({ region: notice.region, account: notice.accountId });
  return `${base}/groups/${encodeURIComponent(notice.groupId)}?${query.toString()}`;
}
