import { PERMISSION_CAUSES, type Cause, type Confidence, type DecidedBy, type PolicyType, type Stage, type TextDiagnosis } from '../diagnosis';
import type { EvidenceBundle } from '../evidence';
import { matchesQuoted } from '../requests/quoted-request';
import { causeOfCheck } from './cause-of-check';
import type { EvaluatedCheck } from './evaluated-check';
import { stagesFromTransitions } from './failed-stages';
import { agreesWithNamedType } from './text-policy-type';

export type Decision =
  | { kind: 'proven'; cause: Cause; confidence: Confidence; culprit: EvaluatedCheck; failedStage: Stage }
  | { kind: 'text-scp'; cause: 'scp'; confidence: 'likely'; decidedBy: DecidedBy; failedStage?: Stage; quoted?: EvaluatedCheck }
  | { kind: 'not-permission'; cause: Cause; confidence: Confidence; failedStage?: Stage }
  | { kind: 'unproven'; cause: Cause; confidence: Confidence; blocked: EvaluatedCheck; failedStage: Stage }
  /** The check the text points to fails, but not for the policy type AWS named: what was read is not what AWS evaluated. */
  | { kind: 'contradicted'; cause: Cause; confidence: 'likely'; check: EvaluatedCheck; named: PolicyType; failedStage: Stage }
  | { kind: 'all-pass'; cause: Cause; confidence: Confidence; failedStage?: Stage };

function isPermissionCause(cause: Cause): boolean {
  return (PERMISSION_CAUSES as readonly string[]).includes(cause);
}

function matchesDenied(ec: EvaluatedCheck, text: TextDiagnosis): boolean {
  return matchesQuoted(ec.planned, text.deniedRequest);
}

/**
 * The checks the failure points to: the request AWS quoted, else the stage the words name, else
 * the stage SageMaker's secondary status was in. Only these can confirm a cause.
 */
function pointedChecks(checks: EvaluatedCheck[], text: TextDiagnosis, stages: Stage[]): EvaluatedCheck[] {
  const quoted = checks.filter((c) => matchesDenied(c, text));
  if (quoted.length) return quoted;
  // SageMaker's own words often name the object but not the action ("Unable to download object
  // s3://..."): the requests on that object come first, then the rest of the stage (its KMS decrypt).
  const d = text.deniedRequest;
  const onResource = d?.resource && !d.action ? checks.filter((c) => matchesQuoted(c.planned, { ...d, action: c.check.request.action })) : [];
  // The words' stage first, then the secondary status's: either may be the one that names the failure.
  const named = text.stage ? checks.filter((c) => c.check.stage === text.stage) : [];
  const staged = [...named, ...checks.filter((c) => c.check.stage !== text.stage && stages.includes(c.check.stage))];
  return [...onResource, ...staged.filter((c) => !onResource.includes(c))];
}

const withStatus = (checks: EvaluatedCheck[], status: 'fail' | 'unknown') => checks.filter((c) => c.check.status === status);

/** A failing check the text points to proves the cause, unless it contradicts the policy type AWS named. */
function decideFromFailure(culprit: EvaluatedCheck, text: TextDiagnosis): Decision {
  const named = text.deniedRequest?.policyType;
  if (!agreesWithNamedType(culprit, named) && named) {
    const cause = isPermissionCause(text.cause) ? text.cause : causeOfCheck(culprit);
    return { kind: 'contradicted', cause, confidence: 'likely', check: culprit, named, failedStage: culprit.check.stage };
  }
  return { kind: 'proven', cause: causeOfCheck(culprit), confidence: 'confirmed', culprit, failedStage: culprit.check.stage };
}

/**
 * Precedence: the text's own non-permission reading (user code, memory, capacity, ...) stands, as
 * `likely`; a denial AWS itself attributes to an SCP stands (the dashboard cannot read SCPs). Then
 * the checks the failure points to (the quoted request, else the stages the words and the secondary status name)
 * decide: a failing one proves the cause (`confirmed`), an unproven one keeps the text's reading
 * (`likely`, naming what to read). Only when they all pass, or nothing points anywhere, may another
 * failing check explain the failure, and then only as `likely`: it is not the request AWS refused.
 */
export function decideCause(bundle: EvidenceBundle, checks: EvaluatedCheck[], text: TextDiagnosis): Decision {
  const stages = stagesFromTransitions(bundle.job.transitions);
  // Expired credentials are a permission failure no policy evaluation can prove or disprove.
  if (text.cause === 'expired-credentials' || (text.cause !== 'unknown' && !isPermissionCause(text.cause))) {
    return { kind: 'not-permission', cause: text.cause, confidence: 'likely', failedStage: text.stage };
  }
  const d = text.deniedRequest;
  if (text.cause === 'scp' || d?.policyType === 'scp') {
    const decidedBy: DecidedBy = { policyType: 'scp', policyName: d?.policyArn ?? 'service control policy', policyArn: d?.policyArn, denialType: d?.denialType ?? 'explicit' };
    return { kind: 'text-scp', cause: 'scp', confidence: 'likely', decidedBy, failedStage: text.stage, quoted: checks.find((c) => matchesDenied(c, text)) };
  }
  const pointed = pointedChecks(checks, text, stages);
  const failing = withStatus(pointed, 'fail')[0];
  if (failing) return decideFromFailure(failing, text);
  const blocked = withStatus(pointed, 'unknown')[0];
  if (blocked) {
    const cause = isPermissionCause(text.cause) ? text.cause : causeOfCheck(blocked);
    return { kind: 'unproven', cause, confidence: 'likely', blocked, failedStage: blocked.check.stage };
  }
  // Nothing the failure points to is refused: another failing request may still be the answer, unproven.
  const elsewhere = isPermissionCause(text.cause) || text.cause === 'unknown' ? withStatus(checks, 'fail')[0] : undefined;
  if (elsewhere) return { kind: 'proven', cause: causeOfCheck(elsewhere), confidence: pointed.length ? 'likely' : nothingPointedConfidence(text), culprit: elsewhere, failedStage: elsewhere.check.stage };
  const unproven = isPermissionCause(text.cause) ? withStatus(checks, 'unknown')[0] : undefined;
  if (unproven) return { kind: 'unproven', cause: text.cause, confidence: 'likely', blocked: unproven, failedStage: unproven.check.stage };
  return { kind: 'all-pass', cause: text.cause, confidence: text.cause === 'unknown' ? 'unknown' : 'likely', failedStage: text.stage };
}

/**
 * With no quoted request and no stage to go by, a failing request is the only candidate: the
 * text's "access denied" and a proven denial agree, so it is confirmed; with no words to go by, likely.
 */
function nothingPointedConfidence(text: TextDiagnosis): Confidence {
  return isPermissionCause(text.cause) ? 'confirmed' : 'likely';
}
