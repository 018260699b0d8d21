import Link from 'next/link';
import { CauseBadge } from '@/components/ui/cause-badge';
import { RelativeTime } from '@/components/ui/relative-time';
import type { GroupSummary } from '@/lib/dto/groups';
import { groupPageUrl } from '@/lib/queries/groups';
import { GroupStatusBadge } from './group-status-badge';
import { Sparkline } from './sparkline';

/** One problem in the grouped list: what, how often lately, who has it, and a link to its page. */
export function GroupRow({ group, now, isNew, hasNewFailures }: { group: GroupSummary; now: number; isNew: boolean; hasNewFailures: boolean }) {
  const jobs = `${group.count} ${group.count === 1 ? 'job' : 'jobs'}`;
  // With a name search the row names the matching jobs; the count stays the group's.
  const named = group.matched ?? group.count;
  return (
    <li className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm" data-testid="group-row" data-group-id={group.id} data-status={group.status}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <GroupStatusBadge status={group.status} />
        <CauseBadge cause={group.cause} />
        {isNew ? (
          <span className="rounded bg-blue-600 px-1.5 py-0.5 text-xs font-semibold text-white" data-testid="new-marker">
            New
          </span>
        ) : hasNewFailures ? (
          <span className="rounded bg-blue-50 px-1.5 py-0.5 text-xs font-medium text-blue-800 ring-1 ring-inset ring-blue-200" data-testid="new-failures-marker">
            New failures
          </span>
        ) : null}
        <Link href={groupPageUrl({ region: group.region, accountId: group.accountId }, group.id)} className="min-w-0 flex-1 break-words font-medium text-blue-800 hover:underline focus-visible:outline-2 focus-visible:outline-blue-600">
          {group.title}
        </Link>
        <span className="flex shrink-0 items-center gap-3 text-xs text-slate-600">
          <span className="font-semibold text-slate-900" data-testid="group-count">
            {jobs}
          </span>
          <Sparkline daily={group.daily} />
          <span>
            last <RelativeTime iso={group.lastSeen} now={now} />
          </span>
        </span>
      </div>
      <p className="mt-1 line-clamp-2 text-sm text-slate-700">{group.summary}</p>
      <p className="mt-1 text-xs text-slate-500">
        {group.assignee ? <>Assigned to {group.assignee} · </> : null}
        {group.jobs.map((j) => j.name).join(', ')}
        {named > group.jobs.length ? ` and ${named - group.jobs.length} more` : ''}
        {group.matched !== undefined ? (
          <span data-testid="group-matched">
            {' '}
            ({group.matched} of {group.count} match the search)
          </span>
        ) : null}
      </p>
    </li>
  );
}
