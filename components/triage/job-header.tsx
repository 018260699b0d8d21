import { accountOfArn } from '@/lib/analysis/arns';
import type { TrainingJob } from '@/lib/analysis/evidence';
import { formatAbsolute, formatDuration, formatRelative } from '@/components/ui/format-time';
import { roleName } from '@/components/jobs/role-name';
import { logStreamsUrl, sagemakerConsoleUrl } from './console-links';
import type { ConsoleLink } from './resource-links';
import { jobDuration, lastTimeLabel } from './job-status';
import type { ReactNode } from 'react';

const STATUS_STYLE: Record<TrainingJob['status'], string> = {
  Failed: 'bg-red-100 text-red-800 ring-red-300',
  Completed: 'bg-emerald-100 text-emerald-800 ring-emerald-300',
  Stopped: 'bg-slate-100 text-slate-700 ring-slate-300',
  Stopping: 'bg-slate-100 text-slate-700 ring-slate-300',
  InProgress: 'bg-sky-100 text-sky-800 ring-sky-300',
};

/**
 * Who, what, when and where: the facts a reader checks before trusting the diagnosis, and where to
 * open the job, its role, policies, buckets and keys in the AWS console (`resourceLinks`).
 */
export function JobHeader({ job, now, actions, resourceLinks = [] }: { job: TrainingJob; now: number; actions: ReactNode; resourceLinks?: readonly ConsoleLink[] }) {
  const ended = job.endedAt ?? job.lastModifiedAt;
  const duration = jobDuration(job, now);
  const link = 'rounded text-blue-700 hover:underline focus-visible:outline-2 focus-visible:outline-blue-600';
  // None in a partition whose console is not public (the isolated regions).
  const jobUrl = sagemakerConsoleUrl(job.region, job.name);
  const streamsUrl = logStreamsUrl(job.region, job.name);
  return (
    <header className="space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          {/* The account too: with several accounts, a shared page says whose job it shows. */}
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500" data-testid="job-scope">
            Training job · {accountOfArn(job.arn) ? `account ${accountOfArn(job.arn)} · ` : ''}
            {job.region}
          </p>
          <h1 className="mt-0.5 flex flex-wrap items-center gap-2 break-all text-2xl font-semibold tracking-tight">
            {job.name}
            <span data-testid="job-status" className={`rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${STATUS_STYLE[job.status]}`}>
              {job.status === 'Failed' ? '✕ ' : ''}
              {job.status}
            </span>
          </h1>
        </div>
        <div className="flex flex-wrap items-center gap-2">{actions}</div>
      </div>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-3 lg:grid-cols-6">
        <Fact label={lastTimeLabel(job.status)}>
          {ended ? (
            <time dateTime={ended} title={formatAbsolute(ended, true)} className="block">
              {formatRelative(ended, now)}
              <span className="block whitespace-nowrap text-xs text-slate-500">{formatAbsolute(ended)}</span>
            </time>
          ) : (
            '—'
          )}
        </Fact>
        <Fact label="Duration">{duration ? `${formatDuration(duration.ms)}${duration.running ? ' so far' : ''}` : '—'}</Fact>
        <Fact label="Instance">
          <span className="font-mono text-xs">{job.resources.instanceType ?? '—'}</span>
          {job.resources.instanceCount && job.resources.instanceCount > 1 ? ` × ${job.resources.instanceCount}` : ''}
        </Fact>
        <Fact label="Execution role" wide>
          <span title={job.roleArn} className="break-all">
            {roleName(job.roleArn)}
          </span>
        </Fact>
      </dl>
      <nav aria-label="Open in the AWS console" className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm" data-testid="console-links">
        <span className="text-xs font-medium text-slate-500">Open in AWS</span>
        {jobUrl && (
          <a className={link} href={jobUrl} target="_blank" rel="noreferrer noopener">
            SageMaker console ↗
          </a>
        )}
        {streamsUrl && (
          <a className={link} href={streamsUrl} target="_blank" rel="noreferrer noopener">
            CloudWatch log streams ↗
          </a>
        )}
        {resourceLinks.map((l) => (
          <a key={l.key} className={`${link} break-all`} href={l.href} target="_blank" rel="noreferrer noopener" data-kind={l.kind}>
            {l.label} ↗
          </a>
        ))}
      </nav>
    </header>
  );
}

function Fact({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'lg:col-span-2 min-w-0' : 'min-w-0'}>
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-slate-900">{children}</dd>
    </div>
  );
}
