import type { GroupSummary } from '@/lib/dto/groups';

/** The grouped list's status tabs, Sentry-like: what needs attention first. */
export const GROUP_FILTERS = ['unresolved', 'open', 'regressed', 'resolved', 'ignored', 'mine', 'all'] as const;
export type GroupFilter = (typeof GROUP_FILTERS)[number];

export const FILTER_LABELS: Record<GroupFilter, string> = {
  unresolved: 'Unresolved',
  open: 'Open',
  regressed: 'Regressed',
  resolved: 'Resolved',
  ignored: 'Ignored',
  mine: 'Assigned to me',
  all: 'All',
};

export function parseGroupFilter(value: string | null | undefined): GroupFilter {
  return (GROUP_FILTERS as readonly string[]).includes(value ?? '') ? (value as GroupFilter) : 'unresolved';
}

/** Whether a group shows under a tab; `me` is who "assigned to me" means (none: nobody yet). */
export function matchesFilter(group: Pick<GroupSummary, 'status' | 'assignee'>, filter: GroupFilter, me: string | undefined): boolean {
  switch (filter) {
    case 'unresolved':
      return group.status === 'open' || group.status === 'regressed';
    case 'mine':
      return me !== undefined && me !== '' && group.assignee?.toLowerCase() === me.toLowerCase();
    case 'all':
      return true;
    default:
      return group.status === filter;
  }
}

/** A group with a failure inside the list's time window (either bound may be open). */
export function inWindow(group: Pick<GroupSummary, 'firstSeen' | 'lastSeen'>, since?: string, until?: string): boolean {
  return (!since || group.lastSeen >= since) && (!until || group.firstSeen < until);
}
