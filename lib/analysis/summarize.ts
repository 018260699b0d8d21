import { roleNameOfArn } from './arns';
import type { Check } from './diagnosis';
import type { EvidenceBundle } from './evidence';
import type { Decision } from './proof/decide-cause';
import { describePolicy } from './proof/describe-decision';

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function whatFailed(role: string, check: Check): string {
  if (check.stage === 'assume-role') return `SageMaker cannot assume role ${role}`;
  return `Role ${role} cannot ${lowerFirst(check.title)}`;
}

/** One sentence a person can act on. */
export function summarize(bundle: EvidenceBundle, decision: Decision, textSummary: string): string {
  const role = roleNameOfArn(bundle.job.roleArn);
  switch (decision.kind) {
    case 'proven':
      return `${whatFailed(role, decision.culprit.check)}: ${decision.culprit.check.reason}.`;
    case 'text-scp':
      return `AWS reports that ${describePolicy(decision.decidedBy)} denies the request; SCPs are not visible to the dashboard, so the policies it can read were not enough to prove it.`;
    case 'unproven': {
      const missing = decision.blocked.missing.map((m) => m.what).join(', ');
      return `${whatFailed(role, decision.blocked.check)} (from the failure text); it could not be proven because ${missing} could not be read.`;
    }
    case 'all-pass':
      if (decision.cause === 'unknown') return textSummary || 'The failure text matches no known cause, and every request SageMaker makes is allowed.';
      return `${textSummary} Every request the dashboard can evaluate is allowed, so the denial must come from a policy it cannot see (for example a service control policy or a session policy).`;
    case 'not-permission':
      return textSummary;
  }
}
