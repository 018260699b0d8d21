import { PERMISSION_CAUSES, type Cause, type Confidence, type DecidedBy, type Stage, type TextDiagnosis } from '../diagnosis';
import type { EvidenceBundle } from '../evidence';
import { matchesQuoted } from '../requests/quoted-request';
import { causeOfCheck } from './cause-of-check';
import type { EvaluatedCheck } from './evaluated-check';
import { stagesFromTransitions } from './failed-stages';

export type Decision =
  | { kind: 'proven'; cause: Cause; confidence: Confidence; culprit: EvaluatedCheck; failedStage: Stage }
  | { kind: 'text-scp'; cause: 'scp'; confidence: 'likely'; decidedBy: DecidedBy; failedStage?: Stage }
  | { kind: 'not-permission'; cause: Cause; confidence: Confidence; failedStage?: Stage }
  | { kind: 'unproven'; cause: Cause; confidence: Confidence; blocked: EvaluatedCheck; failedStage: Stage }
  | { kind: 'all-pass'; cause: Cause; confidence: Confidence; failedStage?: Stage };

function isPermissionCause(cause: Cause): boolean {
  return (PERMISSION_CAUSES as readonly string[]).includes(cause);
}

function matchesDenied(ec: EvaluatedCheck, text: TextDiagnosis): boolean {
  return matchesQuoted(ec.planned, text.deniedRequest);
}

/** Pick the check that explains the failure: the quoted request, else the stage the words or statuses name. */
function pickCulprit(checks: EvaluatedCheck[], text: TextDiagnosis, stages: Stage[], status: 'fail' | 'unknown'): EvaluatedCheck | undefined {
  const pool = checks.filter((c) => c.check.status === status);
  return (
    pool.find((c) => matchesDenied(c, text)) ??
    (text.stage ? pool.find((c) => c.check.stage === text.stage) : undefined) ??
    pool.find((c) => stages.includes(c.check.stage)) ??
    (isPermissionCause(text.cause) || (status === 'fail' && text.cause === 'unknown') ? pool[0] : undefined)
  );
}

/**
 * Precedence: the text's own non-permission reading (user code, memory, capacity, ...) stands, as
 * `likely`; a denial AWS itself attributes to an SCP stands (the dashboard cannot read SCPs); then a
 * failing check proves the cause; then an unproven check keeps the text's reading, as `likely`.
 */
export function decideCause(bundle: EvidenceBundle, checks: EvaluatedCheck[], text: TextDiagnosis): Decision {
  const stages = stagesFromTransitions(bundle.job.transitions);
  // Expired credentials are a permission failure no policy evaluation can prove or disprove.
  if (text.cause === 'expired-credentials' || (text.cause !== 'unknown' && !isPermissionCause(text.cause))) {
    return { kind: 'not-permission', cause: text.cause, confidence: 'likely', failedStage: text.stage };
  }
  const d = text.deniedRequest;
  if (text.cause === 'scp' || d?.policyType === 'scp') {
    const decidedBy: DecidedBy = { policyType: 'scp', policyName: d?.policyArn ?? 'a service control policy', policyArn: d?.policyArn, denialType: d?.denialType ?? 'explicit' };
    return { kind: 'text-scp', cause: 'scp', confidence: 'likely', decidedBy, failedStage: text.stage };
  }
  const culprit = pickCulprit(checks, text, stages, 'fail');
  if (culprit) {
    const confident = isPermissionCause(text.cause) || stages.includes(culprit.check.stage) || matchesDenied(culprit, text);
    return { kind: 'proven', cause: causeOfCheck(culprit), confidence: confident ? 'confirmed' : 'likely', culprit, failedStage: culprit.check.stage };
  }
  const blocked = pickCulprit(checks, text, stages, 'unknown');
  if (blocked && (isPermissionCause(text.cause) || text.cause === 'unknown')) {
    const cause = isPermissionCause(text.cause) ? text.cause : causeOfCheck(blocked);
    return { kind: 'unproven', cause, confidence: 'likely', blocked, failedStage: blocked.check.stage };
  }
  return { kind: 'all-pass', cause: text.cause, confidence: text.cause === 'unknown' ? 'unknown' : 'likely', failedStage: text.stage };
}
