import { roleNameOfArn } from './arns';
import type { Check } from './diagnosis';
import type { EvidenceBundle } from './evidence';
import { policyTypeWords, withArticle } from './policy-type-words';
import type { Decision } from './proof/decide-cause';
import type { EvaluatedCheck } from './proof/evaluated-check';
import { standsOnResource } from './requests/quoted-request';
import { notKnownWords } from './proof/not-known';
import { inWords } from './words';

/** What the job could not do for want of a route to S3, by stage. */
const UNREACHED: Partial<Record<Check['stage'], string>> = {
  input: 'download its input data',
  checkpoints: 'sync its checkpoints',
  output: 'upload its model artifact',
};

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function whatFailed(role: string, check: Check): string {
  if (check.stage === 'assume-role') return `SageMaker cannot assume role ${role}`;
  return `Role ${role} cannot ${lowerFirst(check.title)}`;
}

/** The question a check could not answer, in words: "whether SageMaker can assume role r", "whether role r can list …". */
function whetherCan(role: string, check: Check): string {
  if (check.stage === 'assume-role') return `whether SageMaker can assume role ${role}`;
  return `whether role ${role} can ${lowerFirst(check.title)}`;
}

function dashboardNeeds(missing: { dashboardNeeds?: string }[]): string[] {
  return [...new Set(missing.map((m) => m.dashboardNeeds).filter((x): x is string => !!x))];
}

/** " (grant the dashboard a and b)", or nothing when no permission of the dashboard's would help. */
function grantWords(missing: { dashboardNeeds?: string }[]): string {
  const needs = dashboardNeeds(missing);
  return needs.length ? ` (grant the dashboard ${inWords(needs)})` : '';
}

/**
 * An SCP denial the dashboard cannot see: say what the readable policies say about the same
 * request, who can change an SCP, and exactly what to ask them for.
 */
function scpSummary(role: string, decision: Extract<Decision, { kind: 'text-scp' }>, textRequest: { action?: string; resource?: string } | undefined): string {
  const scp = decision.decidedBy.policyArn ? `the service control policy ${decision.decidedBy.policyArn}` : 'a service control policy';
  const action = textRequest?.action ?? decision.quoted?.check.request.action;
  const resource = textRequest?.resource?.replace(/^"|"$/g, '') ?? decision.quoted?.check.request.resource;
  const request = action ? `${action}${resource ? ` on ${resource}` : ''}` : 'the request';
  const how = decision.decidedBy.denialType === 'implicit' ? 'does not allow' : 'denies';
  const quoted = decision.quoted?.check;
  const readable =
    quoted?.status === 'pass'
      ? 'The policies the dashboard can read allow it.'
      : quoted?.status === 'fail'
        ? `The policies the dashboard can read refuse it too: ${quoted.reason}.`
        : quoted?.status === 'unknown'
          ? `Whether the policies of this account allow it is not known either: ${notKnownWords(quoted.missing ?? [])}${grantWords(quoted.missing ?? [])}.`
          : 'SCPs are not visible to the dashboard.';
  const ask = `Only the organization\u2019s administrators can change it: ask them to allow ${request} for role ${role}${decision.decidedBy.policyArn ? ` in ${decision.decidedBy.policyArn}` : ''}.`;
  return `AWS reports that ${scp} ${how} ${request}. ${readable} ${ask}`;
}

/**
 * Whether the request is the one the text names: its action, or, when AWS's words name only the object ("Unable to download
 * object s3://…"), a request of the same service on that object or under the prefix it names.
 */
function namedByText(blocked: EvaluatedCheck, textRequest: { action?: string; resource?: string } | undefined): boolean {
  if (textRequest?.action) return textRequest.action.toLowerCase() === blocked.check.request.action.toLowerCase();
  return textRequest?.resource !== undefined && standsOnResource(blocked.planned, textRequest.resource);
}

/** One sentence a person can act on. */
export function summarize(bundle: EvidenceBundle, decision: Decision, textSummary: string, textRequest?: { action?: string; resource?: string }): string {
  const role = roleNameOfArn(bundle.job.roleArn);
  switch (decision.kind) {
    case 'proven': {
      const { check } = decision.culprit;
      // No route is no denial: nothing refused the role, the request never reached S3.
      const sentence =
        decision.culprit.deciding?.slot === 'route'
          ? `The job cannot reach S3 from its VPC: ${check.reason.replace(/^no route to S3: /, '')}, so SageMaker could not ${UNREACHED[check.stage] ?? lowerFirst(check.title)}.`
          : `${whatFailed(role, check)}: ${check.reason}.`;
      // Not the request the failure names: a real denial, but not proven to be the one that stopped the job.
      return decision.confidence === 'confirmed' ? sentence : `${sentence} The failure text does not name this request, so it may not be what stopped the job.`;
    }
    case 'text-scp':
      return scpSummary(role, decision, textRequest);
    case 'unproven': {
      const missing = decision.blocked.missing;
      const needs = dashboardNeeds(missing);
      const grant = needs.length ? ` To prove it, grant the dashboard ${inWords(needs)} and re-run the triage.` : '';
      const { check } = decision.blocked;
      if (namedByText(decision.blocked, textRequest)) {
        return `${whatFailed(role, check)} (from the failure text); it could not be proven because ${notKnownWords(missing)}.${grant}`;
      }
      // The text names no such request: it only points at the stage this one is in, so the request is what could not be
      // checked, not what the text says was refused (a download's bare AccessDenied is not a kms:Decrypt the text quoted).
      const said = textSummary ? `${textSummary} ` : '';
      return `${said}It could not be proven: ${whetherCan(role, check)} could not be checked, because ${notKnownWords(missing)}.${grant}`;
    }
    case 'contradicted':
      return `AWS says ${withArticle(policyTypeWords(decision.named))} refused ${decision.check.check.request.action} on ${decision.check.check.request.resource}, but the policies the dashboard read refuse it for another reason (${decision.check.check.reason}): what was read may not be what AWS evaluated, so the ${policyTypeWords(decision.named)} that applies to this request is the place to look.`;
    case 'all-pass':
      if (decision.cause === 'unknown') return textSummary || 'The failure text matches no known cause, and every request SageMaker makes is allowed.';
      return `${textSummary} Every request the dashboard can evaluate is allowed, so the denial must come from a policy it cannot see (for example a service control policy or a session policy).`;
    case 'not-permission':
      return textSummary;
  }
}
