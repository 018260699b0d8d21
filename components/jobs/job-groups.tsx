'use client';

import { useState } from 'react';
import { CauseBadge } from '@/components/ui/cause-badge';
import { RelativeTime } from '@/components/ui/relative-time';
import type { JobGroupSummary as JobGroup } from '@/lib/dto/jobs';
import { JobTable } from './job-table';

/** One row per groupKey ("14 jobs · role ml-train cannot read ..."), each expanding to its jobs. */
export function JobGroups({ groups, now, showScope = false }: { groups: readonly JobGroup[]; now: number; showScope?: boolean }) {
  return (
    <ul className="space-y-2" data-testid="job-groups">
      {groups.map((g) => (
        <GroupItem key={g.key} group={g} now={now} showScope={showScope} />
      ))}
    </ul>
  );
}

function GroupItem({ group, now, showScope }: { group: JobGroup; now: number; showScope: boolean }) {
  const [open, setOpen] = useState(false);
  const panelId = `group-${hash(group.key)}`;
  const count = `${group.count} ${group.count === 1 ? 'job' : 'jobs'}`;
  return (
    <li className="rounded-lg border border-slate-200 bg-white shadow-sm" data-testid="job-group" data-cause={group.cause}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        className="flex w-full items-center gap-3 rounded-lg px-4 py-3 text-left hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600"
      >
        <span aria-hidden className="w-3 text-slate-400">
          {open ? '▾' : '▸'}
        </span>
        {/* A fixed slot, so every group's sentence starts at the same x whatever the badge's length. */}
        <span className="w-44 shrink-0">
          <CauseBadge cause={group.cause} />
        </span>
        <span className="min-w-0 flex-1 text-sm">
          <span className="font-semibold">{count}</span>
          <span className="text-slate-400"> · </span>
          <span className="text-slate-800">{group.summary}</span>
        </span>
        <span className="shrink-0 whitespace-nowrap text-xs text-slate-500">
          latest <RelativeTime iso={group.latestFailedAt} now={now} />
        </span>
      </button>
      {open ? (
        <div id={panelId} className="border-t border-slate-100 p-3">
          <JobTable jobs={group.jobs} now={now} caption={`${count}: ${group.summary}`} showScope={showScope} />
          {group.count > group.jobs.length ? (
            <p className="px-1 pt-2 text-xs text-slate-500">
              The newest {group.jobs.length} of {group.count}; filter by name or narrow the time range to see the others.
            </p>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

// Group keys can hold any character; ids need something tame and stable.
function hash(text: string): string {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(31, h) + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}
