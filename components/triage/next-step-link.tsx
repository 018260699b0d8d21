import type { Diagnosis } from '@/lib/analysis/diagnosis';
import { KeyArnText } from './key-arn-text';
import { chooseNextStep } from './next-step';
import { describeFixTarget, whoMustChange } from './wording';

const link = 'inline-flex items-center gap-1 rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600';

/**
 * The one thing to do next, with a link that jumps to it: who must change what, in a sentence.
 * In-page links set the `#check-...` anchor, so the checklist opens and highlights the item.
 */
export function NextStepLink({ diagnosis, jobAccountId }: { diagnosis: Diagnosis; jobAccountId: string }) {
  const step = chooseNextStep(diagnosis);
  return (
    <div className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-2 border-t border-slate-100 pt-4 text-sm text-slate-700" data-testid="next-step" data-kind={step.kind}>
      {step.kind === 'fix' ? (
        <>
          <a href={`#${step.anchor}`} className={link}>
            Go to the fix <span aria-hidden>↓</span>
          </a>
          <span className="min-w-0 flex-1 break-words">
            <strong className="font-semibold text-slate-900">{describeFixTarget(step.fix.target)}</strong>
            {step.fix.crossAccount || step.fix.accountId !== jobAccountId ? <> — {whoMustChange(step.fix.accountId)}</> : null}: <KeyArnText text={step.fix.title} />
            {step.fix.verified ? null : <span className="text-amber-800"> (not verified by simulation)</span>}
          </span>
        </>
      ) : step.kind === 'check' ? (
        <>
          <a href={`#${step.anchor}`} className={link}>
            Go to the {step.check.status === 'fail' ? 'failing' : 'unproven'} request <span aria-hidden>↓</span>
          </a>
          <span className="min-w-0 flex-1 break-words">
            <KeyArnText text={step.check.title} />
          </span>
        </>
      ) : step.kind === 'rerun' ? (
        <span className="min-w-0 flex-1 break-words" data-testid="next-step-rerun">
          <strong className="font-semibold text-slate-900">Start the job again</strong>: the requests that were denied at the last triage now pass — the policies were changed after it failed.
        </span>
      ) : step.kind === 'ask-organization' ? (
        <span className="min-w-0 flex-1 break-words">
          <strong className="font-semibold text-slate-900">Ask the organization’s administrators</strong> (a service control policy decides, and only they can change it): {step.ask}.
        </span>
      ) : step.kind === 'no-logs' ? (
        <span className="min-w-0 flex-1 break-words">
          {/* Why, and what to grant, is in the list of what could not be read just above: said once. */}
          No log lines to read: {step.missing.what} could not be read, as said above.
        </span>
      ) : (
        <>
          <a href="#evidence-logs" className={link}>
            Go to the logs <span aria-hidden>↓</span>
          </a>
          <span className="min-w-0 flex-1">{diagnosis.checks.length > 0 ? 'Every request the job makes is allowed: the logs' : 'The logs'} show what failed inside the job.</span>
        </>
      )}
    </div>
  );
}
