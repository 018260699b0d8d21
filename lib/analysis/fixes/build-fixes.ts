import type { CheckStatus, Fix } from '../diagnosis';
import type { EvidenceBundle } from '../evidence';
import { evaluateChecks, type Evaluation } from '../proof/evaluate-checks';
import { applyChanges } from './changes';
import type { FixPlan } from './fix-plan';
import { planFixes } from './plan-fixes';

interface Verification {
  /** Every targeted check passes. */
  flipped: boolean;
  /** No targeted check fails, but some stay unknown: the evidence to prove them is missing. */
  unproven: boolean;
  regressed: string[];
}

/**
 * Apply the plan (with the plans it must go with) to a copy of the evidence and evaluate every check
 * again: verified only if each targeted check passes and nothing that passed before stops passing.
 */
async function verify(bundle: EvidenceBundle, before: Evaluation, plan: FixPlan, companions: FixPlan[]): Promise<Verification> {
  const changed = applyChanges(bundle, [...companions, plan].flatMap((p) => p.changes));
  const after = await evaluateChecks(changed, before.hint);
  const status = new Map<string, CheckStatus>(after.checks.map((c) => [c.check.id, c.check.status]));
  const targeted = plan.checkIds.map((id) => status.get(id));
  const regressed = before.checks.filter((c) => c.check.status === 'pass' && status.get(c.check.id) !== 'pass').map((c) => c.check.id);
  return {
    flipped: targeted.every((s) => s === 'pass'),
    unproven: targeted.every((s) => s !== 'fail') && targeted.some((s) => s === 'unknown'),
    regressed,
  };
}

function toFix(plan: FixPlan, id: string, verified: boolean, notes: string[]): Fix {
  return {
    id,
    target: plan.target,
    title: plan.title,
    accountId: plan.accountId,
    crossAccount: plan.crossAccount,
    policy: plan.policy,
    changedStatements: plan.changedStatements,
    replaces: plan.replaces,
    cli: plan.cli,
    verified,
    checkIds: plan.checkIds,
    notes: notes.length ? notes : undefined,
  };
}

type Outcome = { kind: 'verified' } | { kind: 'unverified'; note: string } | { kind: 'dropped' };

function judge(plan: FixPlan, companions: FixPlan[], result: Verification): Outcome {
  if (result.regressed.length) return { kind: 'dropped' };
  const unreadable = plan.unverifiable ?? companions.find((c) => c.unverifiable)?.unverifiable;
  if (unreadable && (result.flipped || result.unproven)) {
    return { kind: 'unverified', note: `Not verified: ${unreadable}; re-simulation only shows that the change grants the request when that policy holds nothing else.` };
  }
  if (result.flipped) return { kind: 'verified' };
  if (result.unproven) return { kind: 'unverified', note: 'Not verified: with this change the policies that could be read allow the request, but a policy it depends on could not be read.' };
  return { kind: 'dropped' };
}

/**
 * Every fix is re-simulated before it is offered. A fix that leaves a targeted check failing, or
 * breaks a passing one, is dropped. A fix that can only be partly checked, because a document it
 * depends on could not be read (another account's bucket or key policy), is offered unverified
 * with a note saying so: it is still the way forward, and its owner can merge it.
 */
export async function buildFixes(bundle: EvidenceBundle, evaluation: Evaluation): Promise<Fix[]> {
  const plans = planFixes(bundle, evaluation);
  const companionsOf = (plan: FixPlan) => plans.filter((p) => p !== plan && p.checkIds.some((id) => plan.checkIds.includes(id)));
  const outcomes = new Map<FixPlan, Outcome>();
  for (const plan of plans) outcomes.set(plan, judge(plan, companionsOf(plan), await verify(bundle, evaluation, plan, companionsOf(plan))));
  const fixes: Fix[] = [];
  for (const [i, plan] of plans.entries()) {
    let outcome = outcomes.get(plan) ?? { kind: 'dropped' };
    const companions = companionsOf(plan);
    const notes = [...plan.notes];
    if (companions.length) notes.push(`Apply together with: ${companions.map((c) => c.title).join('; ')}.`);
    // Verified together with a companion that is not itself verified is not verified.
    const weak = companions.find((c) => outcomes.get(c)?.kind !== 'verified');
    if (outcome.kind === 'verified' && weak) outcome = { kind: 'unverified', note: `Not verified: it flips its checks only together with "${weak.title}", which could not be verified.` };
    if (outcome.kind === 'dropped') continue;
    if (outcome.kind === 'unverified') notes.push(outcome.note);
    fixes.push(toFix(plan, `fix-${i + 1}-${plan.target}`, outcome.kind === 'verified', notes));
  }
  return fixes;
}
