import Link from 'next/link';
import type { JobSummary } from '@/lib/dto/jobs';
import { jobPageUrl } from '@/lib/queries/jobs';
import type { SortKey } from '@/lib/queries/list-params';
import { CauseBadge } from '@/components/ui/cause-badge';
import { formatAbsolute } from '@/components/ui/format-time';
import { RelativeTime } from '@/components/ui/relative-time';
import { summaryResource } from '@/lib/analysis/summary-resource';
import { roleName } from './role-name';

const COLUMNS: { key: SortKey | null; label: string; className: string }[] = [
  { key: 'name', label: 'Job', className: 'w-[20%]' },
  { key: 'failedAt', label: 'Failed', className: 'w-[10%]' },
  { key: 'cause', label: 'Cause', className: 'w-[13%]' },
  { key: null, label: 'Summary', className: '' },
  // Exactly wide enough for ml.p4d.24xlarge and ml.p5.48xlarge (15 monospace characters): a cut-off
  // instance type is a different one, and every pixel more is one the role column lacks.
  { key: 'instanceType', label: 'Instance', className: 'w-[8.75rem]' },
  { key: 'role', label: 'Role', className: 'w-[15%]' },
];

interface Props {
  jobs: readonly JobSummary[];
  now: number;
  caption: string;
  sort?: { key: SortKey; dir: 'asc' | 'desc'; onSort: (key: SortKey) => void };
  /** The row the keyboard selection (j / k) is on, highlighted. */
  selected?: number;
  /** In the merged list: each row says which account and region it is from. */
  showScope?: boolean;
}

/** A real <table>: screen readers announce rows and columns; job names are the tab stops. */
export function JobTable({ jobs, now, caption, sort, selected, showScope = false }: Props) {
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
          {jobs.map((job, i) => (
            <JobRow key={`${job.accountId}|${job.region}|${job.name}`} job={job} now={now} selected={i === selected} showScope={showScope} />
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

function JobRow({ job, now, selected, showScope }: { job: JobSummary; now: number; selected: boolean; showScope: boolean }) {
  const role = roleName(job.roleArn);
  const resource = summaryResource(job.summary);
  return (
    // The selected row is marked by a bar at its left edge as well as its colour: not by colour alone.
    <tr
      className={`align-top ${selected ? 'bg-blue-50 shadow-[inset_3px_0_0_var(--color-blue-600)]' : 'hover:bg-slate-50'}`}
      data-testid="job-row"
      data-job={job.name}
      data-cause={job.cause}
      data-account={job.accountId}
      data-selected={selected || undefined}
    >
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
          <ConfidenceNote confidence={job.confidence} />
        ) : (
          <span className="mt-1 block text-xs text-slate-500" data-testid="proving-marker">
            {job.proofError ? 'not proven' : 'proving…'}
          </span>
        )}
      </td>
      <td className="px-3 py-2.5 text-slate-700">
        {/* What tells this row from its neighbours stays whole; the sentence around it may be cut. */}
        {resource ? (
          <p className="mb-0.5 font-mono text-xs text-slate-900 [overflow-wrap:anywhere]" data-testid="summary-resource">
            {resource}
          </p>
        ) : null}
        <p className="line-clamp-2 break-words" title={job.summary}>
          {job.summary}
        </p>
      </td>
      <td className="whitespace-nowrap px-3 py-2.5 font-mono text-xs text-slate-700" title={job.instanceType}>
        {job.instanceType ?? '—'}
      </td>
      <td className="px-3 py-2.5 text-slate-700" title={job.roleArn}>
        {/* Wrapped at its hyphens and never cut: two roles often differ only in their last characters. */}
        <span className="break-words" data-testid="role-name">{role || '—'}</span>
      </td>
    </tr>
  );
}

// Proven: "confirmed" when the failure names the denied request, "likely" when it was inferred.
const CONFIDENCE_STYLE: Record<JobSummary['confidence'], { word: string; className: string }> = {
  confirmed: { word: 'confirmed', className: 'text-emerald-700' },
  likely: { word: 'likely', className: 'text-amber-800' },
  unknown: { word: 'unclear', className: 'text-slate-600' },
};

function ConfidenceNote({ confidence }: { confidence: JobSummary['confidence'] }) {
  const { word, className } = CONFIDENCE_STYLE[confidence];
  return (
    <span className={`mt-1 block text-xs ${className}`} data-testid="confidence" data-confidence={confidence}>
      {word}
    </span>
  );
}

function causeTitle(job: JobSummary): string | undefined {
  if (!job.described) return 'Named by the listing; its description (failure reason, role, instance) is being read';
  if (job.proofError) return `Read from the failure message; the proof could not be made: ${job.proofError}`;
  if (!job.proven) return 'Read from the failure message; the policies are being evaluated in the background';
  if (job.confidence === 'confirmed') return 'Proven by evaluating the policies (the job page shows the deciding statement)';
  if (job.confidence === 'likely') return 'Likely: read from the failure and the evidence, but not proven to be what stopped the job (the job page says why)';
  return 'The failure matches no known cause well enough to say';
}
