import type { DecidedBy, Diagnosis } from '@/lib/analysis/diagnosis';
import type { EvidenceBundle } from '@/lib/analysis/evidence';
import type { ReactNode } from 'react';
import { formatAbsolute } from '@/components/ui/format-time';
import { KeyArnText } from '../key-arn-text';
import { LogsPanel } from '../logs-panel';
import { PolicyDocuments } from './policy-documents';
import { StatusTimeline } from './status-timeline';

/**
 * What the diagnosis was built from, so a reader can check it: SageMaker's words, the logs, the
 * policies. `logsAbove`: the page already shows the logs as the answer, so they are not repeated.
 */
export function EvidenceSection({ evidence, diagnosis, logsAbove = false }: { evidence: EvidenceBundle; diagnosis: Diagnosis; logsAbove?: boolean }) {
  const decisions: DecidedBy[] = [diagnosis.decidedBy, ...diagnosis.checks.filter((c) => c.status !== 'pass').map((c) => c.decidedBy)].filter((d): d is DecidedBy => d !== undefined);
  const { job } = evidence;
  return (
    <section aria-labelledby="evidence-heading" className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="evidence-heading" className="text-base font-semibold">
          Evidence
        </h2>
        <p className="text-xs text-slate-500">Read from AWS at {formatAbsolute(evidence.collectedAt, true)}</p>
      </div>
      <Panel title="FailureReason (as SageMaker reported it)">
        {job.failureReason ? (
          <pre tabIndex={0} data-testid="failure-reason" className="overflow-auto whitespace-pre-wrap break-words rounded-md bg-slate-50 px-3 py-2 font-mono text-xs leading-5 text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-600">
            {job.failureReason}
          </pre>
        ) : (
          <p className="text-sm text-slate-600">SageMaker gave no FailureReason.</p>
        )}
      </Panel>
      <Panel title="Secondary status timeline">
        <StatusTimeline transitions={job.transitions} />
      </Panel>
      {logsAbove ? null : <LogsPanel evidence={evidence} />}
      <Panel title="Policies">
        <PolicyDocuments evidence={evidence} decisions={decisions} />
      </Panel>
      <Panel title="Job configuration">
        <JobConfig evidence={evidence} />
      </Panel>
    </section>
  );
}

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h3 className="mb-2 text-sm font-semibold text-slate-800">{title}</h3>
      {children}
    </div>
  );
}

function JobConfig({ evidence }: { evidence: EvidenceBundle }) {
  const { job } = evidence;
  const rows: [string, string][] = [
    ['Image', job.trainingImage ?? job.algorithmName ?? '—'],
    ...job.inputChannels.map((c): [string, string] => [`Input “${c.name}”`, c.s3Uri]),
    ['Output', job.output.s3OutputPath + (job.output.kmsKeyId ? ` (KMS ${job.output.kmsKeyId})` : '')],
    ...(job.checkpoint ? [['Checkpoints', job.checkpoint.s3Uri] as [string, string]] : []),
    ...(job.resources.volumeKmsKeyId ? [['Volume key', job.resources.volumeKmsKeyId] as [string, string]] : []),
    ...(job.vpc ? [['VPC', `subnets ${job.vpc.subnetIds.join(', ')} · security groups ${job.vpc.securityGroupIds.join(', ')}`] as [string, string]] : []),
    ['Network isolation', job.enableNetworkIsolation ? 'on' : 'off'],
    ...Object.entries(job.environment).map(([k, v]): [string, string] => [`env ${k}`, v]),
    ...Object.entries(job.hyperParameters).map(([k, v]): [string, string] => [`hyperparameter ${k}`, v]),
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-xs sm:grid-cols-[minmax(8rem,max-content)_1fr]" data-testid="job-config">
      {rows.map(([k, v], i) => (
        <div key={i} className="contents">
          <dt className="break-all text-slate-500">{k}</dt>
          <dd className="break-all font-mono text-slate-900">
            <KeyArnText text={v} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
