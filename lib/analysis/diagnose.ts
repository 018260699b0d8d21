import type { Check, DeniedRequest, Diagnosis, Fix } from './diagnosis';
import { bundleMissing } from './bundle-missing';
import type { EvidenceBundle } from './evidence';
import { buildFixes } from './fixes/build-fixes';
import { groupKeyOf } from './group-key';
import { decideCause, type Decision } from './proof/decide-cause';
import { evaluateChecks } from './proof/evaluate-checks';
import { missingItem } from './proof/policy-inputs';
import type { EvaluatedCheck } from './proof/evaluated-check';
import { readText } from './read-text';
import { standsOnResource } from './requests/quoted-request';
import { summarize } from './summarize';

/** The check a decision that proves nothing still rests on, if any. */
function checkOf(decision: Decision): EvaluatedCheck | undefined {
  if (decision.kind === 'unproven') return decision.blocked;
  if (decision.kind === 'contradicted') return decision.check;
  if (decision.kind === 'text-scp') return decision.quoted;
  return undefined;
}

/**
 * The first request (stage order) on the resource AWS's words name without an action: that object
 * (`Unable to download object s3://…`), or a request under the prefix they name (`write to s3://b/out/`).
 */
function requestOnResource(checks: EvaluatedCheck[], resource: string): Check | undefined {
  return checks.find((c) => standsOnResource(c.planned, resource))?.check;
}

function deniedRequestOf(decision: Decision, textDenied: DeniedRequest | undefined, checks: EvaluatedCheck[]): DeniedRequest | undefined {
  if (decision.kind !== 'proven') {
    // AWS's words may name the object without the action: the request the text points to names it,
    // else the request the job makes on that object, so "Denied request" always says what was asked.
    // The request on the resource the words name comes first: a download's object is asked for with s3:GetObject, whatever
    // other request of its stage (the bucket key's kms:Decrypt) could not be checked.
    const check = (textDenied?.resource ? requestOnResource(checks, textDenied.resource) : undefined) ?? checkOf(decision)?.check;
    if (textDenied && !textDenied.action && check) return { ...textDenied, action: check.request.action, resource: textDenied.resource ?? check.request.resource };
    return textDenied;
  }
  // A request that found no route to S3 was never refused: there is no denied request to name.
  if (decision.culprit.deciding?.slot === 'route') return undefined;
  const { request, decidedBy } = decision.culprit.check;
  return {
    principal: request.principal,
    action: request.action,
    resource: request.resource,
    policyType: decidedBy?.policyType,
    denialType: decidedBy?.denialType,
  };
}

function missingEvidenceOf(bundle: EvidenceBundle, checks: EvaluatedCheck[]): Diagnosis['missingEvidence'] {
  const seen = new Map<string, Diagnosis['missingEvidence'][number]>();
  for (const m of bundleMissing(bundle)) seen.set(m.what, m);
  for (const ec of checks) {
    if (ec.check.status !== 'unknown') continue;
    for (const m of ec.missing) if (!seen.has(m.what)) seen.set(m.what, missingItem(m));
  }
  return [...seen.values()];
}

/**
 * The request AWS says a service control policy refused passes every policy the dashboard reads: its reason says both, so
 * "allowed by identity policy …" does not stand alone under "explicitly denied by a service control policy".
 */
function withScpWord(checks: Check[], decision: Decision): Check[] {
  if (decision.kind !== 'text-scp' || decision.quoted?.check.status !== 'pass') return checks;
  const id = decision.quoted.check.id;
  const word = '; AWS says a service control policy denies it, and the dashboard cannot read SCPs';
  return checks.map((c) => (c.id === id ? { ...c, reason: `${c.reason}${word}` } : c));
}

function linkFixes(checks: Check[], fixes: Fix[]): Check[] {
  return checks.map((c) => ({ ...c, fixIds: fixes.filter((f) => f.checkIds.includes(c.id)).map((f) => f.id) }));
}

/**
 * Evidence in, diagnosis out: evaluate every request the job makes, decide the cause, and offer
 * fixes that were re-simulated before being offered. Async because the simulator is.
 */
export async function diagnose(bundle: EvidenceBundle): Promise<Diagnosis> {
  const text = readText(bundle);
  const evaluation = await evaluateChecks(bundle, { denied: text.deniedRequest, stage: text.stage });
  const decision = decideCause(bundle, evaluation.checks, text);
  const fixes = await buildFixes(bundle, evaluation);
  return {
    cause: decision.cause,
    confidence: decision.confidence,
    summary: summarize(bundle, decision, text.summary, text.deniedRequest),
    deniedRequest: deniedRequestOf(decision, text.deniedRequest, evaluation.checks),
    decidedBy: decision.kind === 'proven' ? decision.culprit.check.decidedBy : decision.kind === 'text-scp' ? decision.decidedBy : undefined,
    failedStage: decision.failedStage,
    checks: withScpWord(linkFixes(evaluation.checks.map((c) => c.check), fixes), decision),
    fixes,
    groupKey: groupKeyOf(bundle, decision, text),
    missingEvidence: missingEvidenceOf(bundle, evaluation.checks),
  };
}
