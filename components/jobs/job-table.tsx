import Link from 'next/link';
import type { JobSummary } from '@/lib/dto/jobs';
import { jobPageUrl } from '@/lib/queries/jobs';
import type { SortKey } from '@/lib/queries/list-params';
import { CauseBadge } from '@/components/ui/cause-badge';
import { formatAbsolute } from '@/components/ui/format-time';
import { RelativeTime } from '@/components/ui/relative-time';
import { roleName } from './role-name';

const COLUMNS: { key: SortKey | null; label: string; className: string }[] = [
  { key: 'name', label: 'Job', className: 'w-[20%]' },
  { key: 'failedAt', label: 'Failed', className: 'w-[10%]' },
  { key: 'cause', label: 'Cause', className: 'w-[13%]' },
  { key: null, label: 'Summary', className: '' },
  // Wide enough for ml.p4d.24xlarge and ml.p5.48xlarge: a cut-off instance type is a different one.
  { key: 'instanceType', label: 'Instance', className: 'w-[11.5%]' },
  { key: 'role', label: 'Role', className: 'w-[13%]' },
];

interface Props {
  jobs: readonly JobSummary[];
  now: number;
  caption: string;
  sort?: { key: SortKey; dir: 'asc' | 'desc'; onSort: (key: SortKey) => void };
  /** In the merged list: each row says which account and region it is from. */
  showScope?: boolean;
}

/** A real <table>: screen readers announce rows and columns; job names are the tab stops. */
export function JobTable({ jobs, now, caption, sort, showScope = false }: Props) {
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full table-fixed border-collapse text-sm" data-testid="job-table">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.label}
                scope="col"
                className={`px-3 py-2 ${c.className}`}
                aria-sort={sort && c.key === sort.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                {sort && c.key ? <SortButton column={c.key} label={c.label} sort={sort} /> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {jobs.map((job) => (
            <JobRow key={`${job.accountId}|${job.region}|${job.name}`} job={job} now={now} showScope={showScope} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SortButton({ column, label, sort }: { column: SortKey; label: string; sort: NonNullable<Props['sort']> }) {
  const active = sort.key === column;
  return (
    <button type="button" onClick={() => sort.onSort(column)} className="inline-flex items-center gap-1 rounded uppercase hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-600">
      {label}
      <span aria-hidden className={active ? 'text-slate-900' : 'text-slate-300'}>
        {active && sort.dir === 'asc' ? '▲' : '▼'}
      </span>
      <span className="sr-only">{active ? `, sorted ${sort.dir === 'asc' ? 'ascending' : 'descending'}` : ', sort'}</span>
    </button>
  );
}

function JobRow({ job, now, showScope }: { job: JobSummary; now: number; showScope: boolean }) {
  const role = roleName(job.roleArn);
  return (
    <tr className="align-top hover:bg-slate-50" data-testid="job-row" data-job={job.name} data-cause={job.cause} data-account={job.accountId}>
      <td className="px-3 py-2.5">
        {/* No prefetch: each job page runs a full triage against AWS, only worth it when opened. The
            link names the account, so it opens the same job whoever follows it. */}
        <Link prefetch={false} href={jobPageUrl(job.region, job.name, job.accountId || undefined)} className="break-all font-medium text-blue-700 hover:underline focus-visible:rounded focus-visible:outline-2 focus-visible:outline-blue-600">
          {job.name}
        </Link>
        {showScope ? (
          <span className="block text-xs text-slate-500" data-testid="row-scope" title={`account ${job.accountId}`}>
            {job.accountName ?? job.accountId} · {job.region}
          </span>
        ) : null}
      </td>
      <td className="px-3 py-2.5 text-slate-700">
        <RelativeTime iso={job.failedAt} now={now} />
        {/* The absolute time too, without the year: the list spans days, the tooltip has it all. */}
        <span aria-hidden className="block whitespace-nowrap text-xs text-slate-500">
          {formatAbsolute(job.failedAt).slice(5)}
        </span>
        {/* Until it is described, the listing only knows when the job was created. */}
        {job.described ? null : <span className="block text-xs text-slate-500">(created)</span>}
      </td>
      {/* The stored diagnosis: proven in the background; until then the failure text's reading, marked. */}
      <td className="px-3 py-2.5" data-proven={job.proven} title={causeTitle(job)}>
        {job.described ? <CauseBadge cause={job.cause} /> : <span className="text-xs text-slate-500" data-testid="describing-marker">describing…</span>}
        {!job.described ? null : job.proven ? (
          job.confidence === 'confirmed' ? <span className="mt-1 block text-xs text-emerald-700">confirmed</span> : null
        ) : (
          <span className="mt-1 block text-xs text-slate-500" data-testid="proving-marker">
            {job.proofError ? 'not proven' : 'proving…'}
          </span>
        )}
      </td>
      <td className="px-3 py-2.5 text-slate-700">
        <p className="line-clamp-2 break-words" title={job.summary}>
          {job.summary}
        </p>
      </td>
      <td className="truncate px-3 py-2.5 font-mono text-xs text-slate-700" title={job.instanceType}>
        {job.instanceType ?? '—'}
      </td>
      <td className="px-3 py-2.5 text-slate-700" title={job.roleArn}>
        {/* Wrapped, not cut: two roles often differ only in their last characters. */}
        <span className="line-clamp-2 break-all">{role || '—'}</span>
      </td>
    </tr>
  );
}

function causeTitle(job: JobSummary): string | undefined {
  if (!job.described) return 'Named by the listing; its description (failure reason, role, instance) is being read';
  if (job.proofError) return `Read from the failure message; the proof could not be made: ${job.proofError}`;
  if (!job.proven) return 'Read from the failure message; the policies are being evaluated in the background';
  if (job.confidence === 'confirmed') return 'Proven by evaluating the policies (the job page shows the deciding statement)';
  return undefined;
}
