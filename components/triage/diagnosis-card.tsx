import type { Diagnosis } from '@/lib/analysis/diagnosis';
import { CauseBadge } from '@/components/ui/cause-badge';
import { DecidingStatement } from './deciding-statement';
import { DeniedRequestLine } from './denied-request-line';
import { KeyArnText } from './key-arn-text';
import { NextStepLink } from './next-step-link';
import { missingEvidenceHeading } from './wording';
import { MissingEvidenceList } from './missing-evidence-list';

// The checklist imported it from here before it had its own file.
export { DecidingStatement };

const CONFIDENCE = {
  confirmed: { icon: '✓', text: 'Confirmed — proven by policy evaluation', classes: 'bg-emerald-50 text-emerald-900 ring-emerald-300' },
  likely: { icon: '~', text: 'Likely — read from the failure message only', classes: 'bg-amber-50 text-amber-900 ring-amber-300' },
  unknown: { icon: '?', text: 'Not determined', classes: 'bg-slate-100 text-slate-800 ring-slate-300' },
} as const;

/** The answer first: what broke, how sure we are, and the policy statement that decided it. */
export function DiagnosisCard({ diagnosis, jobAccountId }: { diagnosis: Diagnosis; jobAccountId: string }) {
  const confidence = CONFIDENCE[diagnosis.confidence];
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
        <KeyArnText text={diagnosis.summary} />
      </p>
      <DeniedRequestLine denied={diagnosis.deniedRequest} />
      {diagnosis.missingEvidence.length > 0 ? (
        <div className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="missing-evidence">
          <p className="font-medium">{missingEvidenceHeading(diagnosis)}</p>
          <MissingEvidenceList items={diagnosis.missingEvidence} className="mt-1 list-disc pl-5" />
        </div>
      ) : null}
      {diagnosis.decidedBy ? <DecidingStatement decidedBy={diagnosis.decidedBy} place="diagnosis" /> : null}
      <NextStepLink diagnosis={diagnosis} jobAccountId={jobAccountId} />
    </section>
  );
}
