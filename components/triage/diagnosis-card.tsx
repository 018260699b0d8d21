import type { DecidedBy, Diagnosis } from '@/lib/analysis/diagnosis';
import { CauseBadge } from '@/components/ui/cause-badge';
import { formatPolicy } from '@/components/policy/policy-lines';
import { NextStepLink } from './next-step-link';
import { MissingEvidenceList } from './missing-evidence-list';
import { decidingPolicy, describePolicyType, describeStatement } from './wording';

const CONFIDENCE = {
  confirmed: { icon: '✓', text: 'Confirmed — proven by policy evaluation', classes: 'bg-emerald-50 text-emerald-900 ring-emerald-300' },
  likely: { icon: '~', text: 'Likely — read from the failure message only', classes: 'bg-amber-50 text-amber-900 ring-amber-300' },
  unknown: { icon: '?', text: 'Not determined', classes: 'bg-slate-100 text-slate-800 ring-slate-300' },
} as const;

/** The answer first: what broke, how sure we are, and the policy statement that decided it. */
export function DiagnosisCard({ diagnosis, jobAccountId }: { diagnosis: Diagnosis; jobAccountId: string }) {
  const confidence = CONFIDENCE[diagnosis.confidence];
  const denied = diagnosis.deniedRequest;
  return (
    <section aria-labelledby="diagnosis-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" data-testid="diagnosis">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="diagnosis-heading" className="mr-1 text-sm font-semibold uppercase tracking-wide text-slate-500">
          Diagnosis
        </h2>
        <CauseBadge cause={diagnosis.cause} size="md" />
        <span data-testid="confidence" data-confidence={diagnosis.confidence} className={`inline-flex items-center gap-1 rounded-full px-2.5 py-1 text-xs font-medium ring-1 ring-inset ${confidence.classes}`}>
          <span aria-hidden>{confidence.icon}</span>
          {confidence.text}
        </span>
      </div>
      <p className="mt-3 text-base leading-relaxed text-slate-900" data-testid="diagnosis-summary">
        {diagnosis.summary}
      </p>
      {denied && (denied.action || denied.resource) ? (
        <p className="mt-2 text-sm text-slate-700" data-testid="denied-request">
          Denied request:{' '}
          {denied.action ? <code className="rounded bg-slate-100 px-1 font-mono text-xs">{denied.action}</code> : null}
          {denied.action && denied.resource ? ' on ' : null}
          {denied.resource ? <code className="break-all rounded bg-slate-100 px-1 font-mono text-xs">{denied.resource}</code> : null}
          {denied.policyType ? ` — ${denied.denialType === 'explicit' ? 'explicitly denied by' : 'not allowed by'} ${withArticle(describePolicyType(denied.policyType))}` : null}
        </p>
      ) : null}
      {diagnosis.missingEvidence.length > 0 ? (
        <div className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="missing-evidence">
          <p className="font-medium">{diagnosis.confidence === 'confirmed' ? 'Some evidence could not be read; the checks that depend on it are marked unknown:' : 'Not proven, because the dashboard could not read:'}</p>
          <MissingEvidenceList items={diagnosis.missingEvidence} className="mt-1 list-disc pl-5" />
        </div>
      ) : null}
      {diagnosis.decidedBy ? <DecidingStatement decidedBy={diagnosis.decidedBy} /> : null}
      <NextStepLink diagnosis={diagnosis} jobAccountId={jobAccountId} />
    </section>
  );
}

export function DecidingStatement({ decidedBy }: { decidedBy: DecidedBy }) {
  return (
    <figure className="mt-4" data-testid="deciding-statement">
      <figcaption className="text-sm text-slate-700">
        Decided by {hasStatement(decidedBy) ? `${describeStatement(decidedBy)} of ` : ''}{decidingPolicy(decidedBy).lead}{' '}
        <strong className="break-all font-semibold">{decidingPolicy(decidedBy).name}</strong>
        {decidedBy.denialType === 'explicit' ? ' (an explicit deny)' : isRoleIdentity(decidedBy) ? ': none of them allows the request' : ': no statement in it allows the request'}
      </figcaption>
      {decidedBy.statement !== undefined ? (
        <pre tabIndex={0} className="mt-2 max-h-72 overflow-auto rounded-md border-l-4 border-amber-500 bg-amber-50 px-3 py-2 font-mono text-xs leading-5 text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-600">
          {formatPolicy(decidedBy.statement)}
        </pre>
      ) : null}
    </figure>
  );
}

function hasStatement(d: DecidedBy): boolean {
  return d.statementId !== undefined || d.statementIndex !== undefined;
}

// An implicit identity denial names the role, not one policy: every policy of the role was read.
function isRoleIdentity(d: DecidedBy): boolean {
  return d.policyType === 'identity' && d.policyName.startsWith('role ');
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
