import type { RequestDenial, RequestGrant } from '@cloud-copilot/iam-simulate';
import type { Check } from '../diagnosis';
import type { EvidenceBundle } from '../evidence';
import type { S3Path } from '../requests/network-path';
import type { PlannedRequest } from '../requests/planned-request';
import { pickDecidingReason, type DecidingReason } from './deciding-reason';
import { denialSentence, describeDecision } from './describe-decision';
import type { EvaluatedCheck } from './evaluated-check';
import { interfacePathDoubt } from './interface-path-doubt';
import { grantSentence as keyGrantSentence, grantVerdict } from './key-grants';
import { keyStateReason, refusingKeyState } from './key-state';
import { objectContextDoubt } from './object-context-doubt';
import { gatherPolicyInputs, missingItem, type MissingPiece, type PolicyInputs, type Slot } from './policy-inputs';
import { simulateRequest, type SimulationVerdict } from './simulate-request';
import { unseenContextDoubt, type LeanedOutcome } from './unseen-context';
import { withImpliedContext } from '../requests/request-context';
import { inWords } from '../words';
import { notKnownWords } from './not-known';

function noRouteReason(path: Extract<S3Path, { kind: 'no-route' }>): string {
  const table = path.routeTableId ? `route table ${path.routeTableId}` : 'no route table';
  return `no route to S3: subnet ${path.subnetId} (${table}) has neither an S3 gateway endpoint nor a NAT gateway route`;
}

/**
 * Could a piece we could not read turn this implicit denial into an allow? A missing identity policy
 * could add the allow; a missing resource policy could grant (always for KMS and other accounts; in
 * the same account only alongside an identity gap); an unknown network path changes the context
 * keys. Guardrails (boundary, endpoint policy) that denied were read, so their denial stands.
 */
function couldFlip(req: PlannedRequest, denials: RequestDenial[], missing: Set<Slot>, sameAccount: boolean): boolean {
  // Only here when simulating both ways round the unseen keys gave different answers.
  if (missing.has('context')) return true;
  // Only the trust policy decides whether SageMaker may assume the role.
  if (req.target.kind === 'trust') return missing.has('resource');
  const types = new Set(denials.map((d) => d.policyType));
  // An endpoint policy's denial beside another way to S3 the dashboard cannot rule out (interface-path-doubt.ts) is not proven.
  if (types.has('vpce') && missing.has('network')) return true;
  if (types.has('pb') || types.has('vpce')) return false;
  if (missing.has('network')) return true;
  if (missing.has('identity') && types.has('identity')) return true;
  if (missing.has('resource') && (types.has('resource') || types.size === 0 || (types.has('identity') && sameAccount))) return true;
  return false;
}

function grantSentence(grants: RequestGrant[], inputs: PolicyInputs): string {
  const parts = grants.map((g) => {
    const sid = g.statementId ? `"${g.statementId}"` : `${g.statementIndex}`;
    if (g.policyType === 'resource') return `${inputs.resource?.name ?? 'the resource policy'} (statement ${sid})`;
    if (g.policyType === 'identity') return `identity policy ${g.policyIdentifier} (statement ${sid})`;
    const label = { pb: 'permissions boundary', vpce: 'VPC endpoint policy', scp: 'SCP', rcp: 'RCP' }[g.policyType];
    return `${label} ${g.policyIdentifier} (statement ${sid})`;
  });
  return parts.length ? `allowed by ${inWords(parts)}` : 'allowed by the policies that apply';
}

const MISSING_SLOT: Partial<Record<DecidingReason['slot'], Slot>> = { identity: 'identity', boundary: 'boundary', resource: 'resource', vpce: 'vpce' };

function toCheck(req: PlannedRequest, status: Check['status'], reason: string, missing: MissingPiece[]): Check {
  return {
    id: req.id,
    stage: req.stage,
    title: req.title,
    request: req.request,
    status,
    reason,
    missing: missing.length ? missing.map(missingItem) : undefined,
    fixIds: [],
  };
}

/** Evaluate one request against every policy AWS would consult, honest about what could not be read. */
export async function evaluateCheck(bundle: EvidenceBundle, req: PlannedRequest, path: S3Path): Promise<EvaluatedCheck> {
  const inputs = gatherPolicyInputs(bundle, req, path);
  if (req.target.kind === 's3' && path.kind === 'no-route') {
    const deciding: DecidingReason = { slot: 'route', denialType: 'implicit' };
    return { check: toCheck(req, 'fail', noRouteReason(path), []), planned: req, inputs, deciding, missing: [], denials: [] };
  }
  // A key KMS will not use (disabled, pending deletion …) refuses the request before any policy is read.
  const keyState = refusingKeyState(bundle, req);
  if (keyState) {
    const deciding: DecidingReason = { slot: 'key-state', denialType: 'implicit' };
    return { check: toCheck(req, 'fail', keyStateReason(keyState, req.request.action), []), planned: req, inputs, deciding, missing: [], denials: [] };
  }
  const simulated = withImpliedContext(bundle, req);
  const verdict = await simulateRequest(simulated, inputs);
  if (verdict.kind === 'error') {
    const check = toCheck(req, 'unknown', `the request could not be simulated: ${verdict.message}`, inputs.missing);
    return { check, planned: req, inputs, missing: inputs.missing, denials: [] };
  }
  // The verdict as the main reading below would give it: allowed by the policies or by a key grant beside an implicit
  // denial; open when an implicit denial could be lifted by a grant or a piece that was not read; else denied.
  const unread = new Set(inputs.missing.map((m) => m.slot));
  const leaned = (v: SimulationVerdict): LeanedOutcome | undefined => {
    if (v.kind !== 'result') return undefined;
    if (v.result === 'Allowed') return 'allowed';
    const g = grantVerdict(bundle, req, v.denials);
    if (g.kind === 'allowed') return 'allowed';
    const open = v.result === 'ImplicitlyDenied' && (g.kind === 'unread' || couldFlip(req, v.denials, unread, v.sameAccount));
    return open ? 'open' : 'denied';
  };
  const outcomeOf = async (request: PlannedRequest, changed: PolicyInputs): Promise<LeanedOutcome | undefined> => leaned(await simulateRequest(request, changed));
  // The doubts below weigh other readings against this one, simulated once here rather than again in each.
  const asSimulated = leaned(verdict);
  // A verdict that turns on a key the dashboard cannot see (aws:PrincipalOrgID, aws:SourceIp …) is not proven either way,
  // nor one that turns on how S3 encrypted the objects (a Bucket Key or not).
  const unseen = await unseenContextDoubt(simulated, inputs, (changed) => outcomeOf(simulated, changed));
  const written = await objectContextDoubt(bundle, simulated, inputs, asSimulated, (request) => outcomeOf(request, inputs));
  const routed = await interfacePathDoubt(bundle, simulated, path, asSimulated, outcomeOf);
  const missing = [...inputs.missing, ...verdict.invalid, ...unseen, ...written, ...routed];
  const slots = new Set(missing.map((m) => m.slot));
  if (verdict.result === 'Allowed') {
    if (missing.length === 0) return { check: toCheck(req, 'pass', grantSentence(verdict.grants, inputs), []), planned: req, inputs, missing, denials: [] };
    const reason = `allowed by the policies that could be read, but ${notKnownWords(missing)}, which may deny it`;
    return { check: toCheck(req, 'unknown', reason, missing), planned: req, inputs, missing, denials: [] };
  }
  // A key grant is an allow beside the key policy: it can turn an implicit denial into an allow.
  const grant = grantVerdict(bundle, req, verdict.denials);
  if (grant.kind === 'allowed') {
    if (missing.length === 0) return { check: toCheck(req, 'pass', keyGrantSentence(grant), []), planned: req, inputs, missing, denials: [] };
    const reason = `${keyGrantSentence(grant)}, but ${notKnownWords(missing)}, which may deny it`;
    return { check: toCheck(req, 'unknown', reason, missing), planned: req, inputs, missing, denials: [] };
  }
  const deciding = pickDecidingReason(req, verdict.denials, verdict.sameAccount);
  const decided = describeDecision(bundle, req, inputs, deciding);
  const sentence = denialSentence(bundle, req, decided);
  // When the policy that would decide is the one unread, nothing read denies it: say only what is not known.
  const unreadSlot = MISSING_SLOT[deciding.slot];
  const decidingUnread = deciding.denialType === 'implicit' && unreadSlot !== undefined && slots.has(unreadSlot);
  if (grant.kind === 'unread' && verdict.result === 'ImplicitlyDenied') {
    // Said, not hidden: the key policy's denial stands only if no grant allows it, and the grants are unread.
    const all = [...missing, grant.piece];
    const reason = decidingUnread
      ? `not proven: ${notKnownWords(all)}, so whether AWS allows ${req.request.action} on ${req.namedResource ?? req.request.resource} is not known`
      : `denied by what could be read (${sentence}), but ${notKnownWords(all)}, and a grant may allow it`;
    return { check: toCheck(req, 'unknown', reason, all), planned: req, inputs, deciding, missing: all, denials: verdict.denials };
  }
  const explicitButContextUnknown = verdict.result === 'ExplicitlyDenied' && (slots.has('network') || slots.has('context'));
  if (explicitButContextUnknown || (verdict.result === 'ImplicitlyDenied' && couldFlip(req, verdict.denials, slots, verdict.sameAccount))) {
    const reason = decidingUnread
      ? `not proven: ${notKnownWords(missing)}, so whether AWS allows ${req.request.action} on ${req.namedResource ?? req.request.resource} is not known`
      : `denied by what could be read (${sentence}), but ${notKnownWords(missing)}, which may change that`;
    return { check: toCheck(req, 'unknown', reason, missing), planned: req, inputs, deciding, missing, denials: verdict.denials };
  }
  const check = { ...toCheck(req, 'fail', sentence, []), decidedBy: decided };
  return { check, planned: req, inputs, deciding, missing, denials: verdict.denials };
}
