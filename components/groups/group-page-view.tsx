'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { CauseBadge } from '@/components/ui/cause-badge';
import { formatAbsolute } from '@/components/ui/format-time';
import { RelativeTime } from '@/components/ui/relative-time';
import { CopyButton } from '@/components/ui/copy-button';
import type { GroupDetailResponse } from '@/lib/dto/groups';
import { groupQueries, type GroupScope } from '@/lib/queries/groups';
import { jobPageUrl } from '@/lib/queries/jobs';
import { GroupActivity } from './group-activity';
import { GroupControls } from './group-controls';
import { GroupFixCard } from './group-fix-card';
import { GroupRecheck } from './group-recheck';
import { GroupStatusBadge } from './group-status-badge';
import { Sparkline } from './sparkline';
import { useGroupChange } from './use-group-change';

/** One failure group: what it is, how often, its state and who has it, one fix, and every job. */
export function GroupPageView({ scope, id, initial }: { scope: GroupScope; id: string; initial: GroupDetailResponse }) {
  const query = useQuery({ ...groupQueries.detail(scope, id), initialData: initial, initialDataUpdatedAt: Date.parse(initial.fetchedAt) });
  const detail = query.data;
  const { group } = detail;
  const { change, busy, error } = useGroupChange(scope, id);
  const now = Date.parse(detail.fetchedAt);
  const jobPage = (name: string) => jobPageUrl(scope.region, name, scope.accountId);

  return (
    <div className="space-y-5" data-testid="group-page" data-group-id={group.id}>
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <GroupStatusBadge status={group.status} />
          <CauseBadge cause={group.cause} size="md" />
          {group.assignee ? <span className="text-sm text-slate-700" data-testid="group-assignee">Assigned to {group.assignee}</span> : <span className="text-sm text-slate-500">Unassigned</span>}
        </div>
        <h1 className="break-words text-2xl font-semibold tracking-tight">{group.title}</h1>
        <p className="text-sm text-slate-700">{group.summary}</p>
        <div className="flex flex-wrap items-center gap-4 text-sm text-slate-600">
          <span>
            <span className="font-semibold text-slate-900" data-testid="group-page-count">{group.count}</span> {group.count === 1 ? 'job' : 'jobs'}
          </span>
          <span title={formatAbsolute(group.firstSeen, true)}>first <RelativeTime iso={group.firstSeen} now={now} /></span>
          <span>last <RelativeTime iso={group.lastSeen} now={now} /></span>
          <span className="flex items-center gap-2">
            <Sparkline daily={group.daily} width={150} height={28} /> last 30 days
          </span>
          <CopyButton text={typeof window === 'undefined' ? '' : window.location.href} label="Copy link" />
        </div>
      </header>

      <GroupControls detail={detail} busy={busy} onChange={(patch) => void change(patch).catch(() => undefined)} />
      {error ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-950" data-testid="group-change-error">
          The change was not saved: {error}
        </p>
      ) : null}

      {detail.fix ? <GroupFixCard fix={detail.fix} count={group.count} /> : null}
      {detail.fix ? <GroupRecheck scope={scope} id={id} canResolve={group.status !== 'resolved'} busy={busy} onResolve={() => void change({ status: 'resolved' }).catch(() => undefined)} /> : null}

      <section aria-labelledby="jobs-heading" className="space-y-2">
        <h2 id="jobs-heading" className="text-base font-semibold">Jobs</h2>
        <table className="w-full text-left text-sm" data-testid="group-jobs">
          <thead className="text-xs text-slate-500">
            <tr>
              <th className="py-1 pr-3 font-medium">Job</th>
              <th className="py-1 pr-3 font-medium">Failed</th>
              <th className="py-1 font-medium">Diagnosis</th>
            </tr>
          </thead>
          <tbody>
            {group.jobs.map((j) => (
              <tr key={j.name} className="border-t border-slate-100 align-top">
                <td className="py-1.5 pr-3">
                  <Link href={jobPage(j.name)} className="break-all font-medium text-blue-800 hover:underline">
                    {j.name}
                  </Link>
                </td>
                <td className="whitespace-nowrap py-1.5 pr-3 text-slate-600">
                  <RelativeTime iso={j.failedAt} now={now} />
                </td>
                <td className="py-1.5 text-slate-700">{j.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <GroupActivity detail={detail} now={now} busy={busy} onNote={(note) => change({ note }).catch(() => undefined)} />
    </div>
  );
}
