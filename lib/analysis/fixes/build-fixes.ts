import type { CheckStatus, Fix } from '../diagnosis';
import type { EvidenceBundle } from '../evidence';
import type { EvaluatedCheck } from '../proof/evaluated-check';
import { evaluateChecks, type Evaluation } from '../proof/evaluate-checks';
import { appliedByFor } from './applied-by';
import { applyChanges, hintAfter } from './changes';
import type { FixPlan } from './fix-plan';
import { grantForNewRequests } from './new-request-grant';
import { planFixes } from './plan-fixes';
import { notKnownWords } from '../proof/not-known';
import { capitalize, inWords } from '../words';
import { sizeLimitNote } from './size-limits';
import { terraformFor } from './terraform';

interface Verification {
  /** Every targeted check passes. */
  flipped: boolean;
  /** No targeted check fails, but some stay unknown: the evidence to prove them is missing. */
  unproven: boolean;
  regressed: string[];
  /** Passing checks that became unknown (a job-config change to a role whose policies were never read). */
  weakened: string[];
  /** Requests the changed job would make that are denied (new checks: a job moved into a VPC needs ec2 permissions). */
  newlyDenied: EvaluatedCheck[];
  /** Requests the changed job would make that cannot be proven (a key named for the first time, never read). */
  newlyUnknown: EvaluatedCheck[];
  /** Targeted checks that still fail with the change. */
  stillFailing: EvaluatedCheck[];
  /** Targeted checks that are unknown with the change: what they miss is why it is not verified. */
  stillUnknown: EvaluatedCheck[];
}

function isJobConfig(plan: FixPlan): boolean {
  return plan.target === 'job-config';
}

/**
 * Apply the plan (with the plans it must go with) to a copy of the evidence and evaluate every check
 * again: verified only if each targeted check passes and nothing that passed before stops passing.
 * A job-configuration change evaluates the job as it would start again; checks it makes unknowable
 * (another role's policies) leave it unverified rather than drop it.
 */
async function verify(bundle: EvidenceBundle, before: Evaluation, plan: FixPlan, companions: FixPlan[]): Promise<Verification> {
  const changes = [...companions, plan].flatMap((p) => p.changes);
  const after = await evaluateChecks(applyChanges(bundle, changes), hintAfter(before.hint, changes));
  const status = new Map<string, CheckStatus>(after.checks.map((c) => [c.check.id, c.check.status]));
  const targeted = plan.checkIds.map((id) => status.get(id));
  const passed = before.checks.filter((c) => c.check.status === 'pass').map((c) => c.check.id);
  const lenient = isJobConfig(plan);
  const known = new Set(before.checks.map((c) => c.check.id));
  return {
    flipped: targeted.every((s) => s === 'pass'),
    unproven: targeted.every((s) => s !== 'fail') && targeted.some((s) => s === 'unknown'),
    regressed: passed.filter((id) => (lenient ? status.get(id) === 'fail' : status.get(id) !== 'pass')),
    weakened: lenient ? passed.filter((id) => status.get(id) === 'unknown') : [],
    newlyDenied: lenient ? after.checks.filter((c) => !known.has(c.check.id) && c.check.status === 'fail') : [],
    newlyUnknown: lenient ? after.checks.filter((c) => !known.has(c.check.id) && c.check.status === 'unknown') : [],
    stillFailing: after.checks.filter((c) => plan.checkIds.includes(c.check.id) && c.check.status === 'fail'),
    stillUnknown: after.checks.filter((c) => plan.checkIds.includes(c.check.id) && c.check.status === 'unknown'),
  };
}

function toFix(bundle: EvidenceBundle, plan: FixPlan, id: string, verified: boolean, notes: string[]): Fix {
  const terraform = terraformFor(bundle, plan.changes[0], plan.unverifiable !== undefined, plan.jobConfig?.fields);
  return {
    id,
    target: plan.target,
    kind: plan.kind ?? 'grant',
    title: plan.title,
    accountId: plan.accountId,
    crossAccount: plan.crossAccount,
    appliedBy: appliedByFor(bundle, plan),
    policy: plan.policy,
    changedStatements: plan.changedStatements,
    replaces: plan.replaces,
    cli: plan.cli,
    ...(terraform ? { terraform } : {}),
    ...(plan.jobConfig ? { jobConfig: plan.jobConfig } : {}),
    verified,
    checkIds: plan.checkIds,
    notes: notes.length ? notes : undefined,
  };
}

/** "kms:GenerateDataKey and kms:Encrypt on arn:…:key/…": the checks' requests, each resource named once. */
function requestsOf(checks: EvaluatedCheck[]): string {
  const byResource = new Map<string, Set<string>>();
  for (const c of checks) byResource.set(c.check.request.resource, (byResource.get(c.check.request.resource) ?? new Set()).add(c.check.request.action));
  return inWords([...byResource].map(([resource, actions]) => `${inWords([...actions])} on ${resource}`));
}

type Outcome = { kind: 'verified' } | { kind: 'unverified'; note: string } | { kind: 'dropped' };

function judge(plan: FixPlan, companions: FixPlan[], result: Verification): Outcome {
  if (result.regressed.length) return { kind: 'dropped' };
  const unreadable = plan.unverifiable ?? companions.find((c) => c.unverifiable)?.unverifiable;
  if (unreadable && (result.flipped || result.unproven)) {
    return { kind: 'unverified', note: `Not verified: ${unreadable}; re-simulation only shows that the change grants the request when that policy holds nothing else.` };
  }
  // What keeps the changed checks unknown, in its own words (an unread policy, a value not seen, the DNS that picks the path).
  const why = [...new Map(result.stillUnknown.flatMap((c) => c.missing).map((m) => [m.what, m])).values()];
  const generic = why.length
    ? `Not verified: with this change the policies that could be read allow the request, but ${notKnownWords(why)}.`
    : 'Not verified: with this change the policies that could be read allow the request, but a policy it depends on could not be read.';
  if (plan.namesPlaceholder && (result.flipped || result.unproven)) return { kind: 'unverified', note: plan.unverifiedNote ?? generic };
  // The job started again makes every request anew: one it never made before that cannot be proven leaves the change unproven.
  if (result.flipped && result.newlyUnknown.length) return { kind: 'unverified', note: `Not verified: started this way, the job would also ask for ${requestsOf(result.newlyUnknown)}, which could not be proven here: ${notKnownWords(result.newlyUnknown.flatMap((c) => c.missing))}.` };
  if (result.flipped && !result.weakened.length) return { kind: 'verified' };
  if (result.flipped || result.unproven) return { kind: 'unverified', note: plan.unverifiedNote ?? generic };
  if (plan.firstStep && result.stillFailing[0]) return { kind: 'unverified', note: `Not verified: once it is done, the request is still denied (${result.stillFailing[0].check.reason}); re-run the triage then for the fix to that.` };
  return { kind: 'dropped' };
}

const RANK: Record<NonNullable<Fix['kind']>, number> = { compliant: 0, grant: 1, exception: 2 };

/** Compliant changes first, exceptions last (stable within a kind, so stage order holds). */
function inOrder(plans: FixPlan[]): FixPlan[] {
  return plans.map((p, i) => ({ p, i })).sort((a, b) => RANK[a.p.kind ?? 'grant'] - RANK[b.p.kind ?? 'grant'] || a.i - b.i).map(({ p }) => p);
}

/**
 * The plans a plan must be applied with: those that target the same checks and are not other ways
 * around the same denial. Of a set of alternatives, the last (the exception, when there is one)
 * stands in for re-simulation; the note names them all.
 */
function companionsOf(plans: FixPlan[], plan: FixPlan): { apply: FixPlan[]; named: FixPlan[][] } {
  const others = plans.filter((p) => p !== plan && p.checkIds.some((id) => plan.checkIds.includes(id)) && (!plan.alternatives || p.alternatives !== plan.alternatives));
  const groups = new Map<string, FixPlan[]>();
  for (const p of others) groups.set(p.alternatives ?? p.key, [...(groups.get(p.alternatives ?? p.key) ?? []), p]);
  const named = [...groups.values()];
  return { apply: named.map((g) => g[g.length - 1]).filter((p): p is FixPlan => p !== undefined), named };
}

/**
 * Every fix is re-simulated before it is offered. A fix that leaves a targeted check failing, or
 * breaks a passing one, is dropped. A fix that can only be partly checked, because a document it
 * depends on could not be read (another account's bucket or key policy), is offered unverified
 * with a note saying so: it is still the way forward, and its owner can merge it.
 */
export async function buildFixes(bundle: EvidenceBundle, evaluation: Evaluation): Promise<Fix[]> {
  const plans = inOrder(planFixes(bundle, evaluation));
  const outcomes = new Map<FixPlan, Outcome>();
  const results = new Map<FixPlan, Verification>();
  for (const plan of plans) {
    const { apply } = companionsOf(plans, plan);
    const result = await verify(bundle, evaluation, plan, apply);
    results.set(plan, result);
    // However well it simulates, a document AWS refuses for its size is no verified fix (said beside any other reason).
    const tooLarge = sizeLimitNote(bundle, plan.changes[0]);
    const judged = judge(plan, apply, result);
    outcomes.set(plan, !tooLarge || judged.kind === 'dropped' ? judged : { kind: 'unverified', note: judged.kind === 'unverified' ? `${judged.note} ${tooLarge}` : tooLarge });
  }
  const fixes: Fix[] = [];
  const idOf = (plan: FixPlan) => `fix-${plans.indexOf(plan) + 1}-${plan.target}`;
  for (const [i, plan] of plans.entries()) {
    let outcome = outcomes.get(plan) ?? { kind: 'dropped' };
    const { apply, named } = companionsOf(plans, plan);
    const notes = [...plan.notes];
    if (named.length) notes.push(`Apply together with: ${named.map((g) => g.map((c) => c.title).join(' (or: ') + ')'.repeat(g.length - 1)).join('; ')}.`);
    const newly = results.get(plan)?.newlyDenied ?? [];
    const grant = outcome.kind === 'dropped' ? undefined : await grantForNewRequests(bundle, evaluation, plan, apply, newly);
    const denied = [...new Set(newly.map((c) => c.check.request.action))];
    if (denied.length && grant) notes.push(`Re-simulated with this configuration, the job would also be denied: ${denied.join(', ')}. Grant those too: the fix that follows does (re-simulated with this change).`);
    else if (denied.length) {
      // Denied anew with nothing to offer that allows it (a key policy that does not name the role): the job would fail again.
      const still = `re-simulated with this configuration, the job would also be denied ${requestsOf(newly)}, and no grant to the role allows it: ${newly[0]?.check.reason ?? ''}.`;
      if (outcome.kind === 'verified') outcome = { kind: 'unverified', note: `Not verified: ${still}` };
      else notes.push(capitalize(still));
    }
    // Verified together with a companion that is not itself verified is not verified.
    const weak = apply.find((c) => outcomes.get(c)?.kind !== 'verified');
    if (outcome.kind === 'verified' && weak) outcome = { kind: 'unverified', note: `Not verified: it flips its checks only together with "${weak.title}", which could not be verified.` };
    if (outcome.kind === 'dropped') continue;
    if (outcome.kind === 'unverified') notes.push(outcome.note);
    const fix = toFix(bundle, plan, `fix-${i + 1}-${plan.target}`, outcome.kind === 'verified', notes);
    if (apply.length) fix.applyWith = apply.map(idOf);
    fixes.push(fix);
    if (grant) {
      // Its requests exist only after the change: it stands or falls with it, so it is verified only when the change is.
      const alone = fix.verified ? [] : [`Not verified: it is needed only with "${plan.title}", which could not be verified; re-simulated with that change, it allows every one of these requests.`];
      const companion = toFix(bundle, grant, `${fix.id}-grant`, fix.verified, [...grant.notes, `Apply together with: ${plan.title}.`, ...alone]);
      companion.applyWith = [fix.id];
      fix.applyWith = [...(fix.applyWith ?? []), companion.id];
      fixes.push(companion);
    }
  }
  // A companion that was dropped is no fix to apply with.
  const offered = new Set(fixes.map((f) => f.id));
  for (const fix of fixes) if (fix.applyWith) fix.applyWith = fix.applyWith.filter((id) => offered.has(id));
  for (const fix of fixes) if (fix.applyWith?.length === 0) delete fix.applyWith;
  return fixes;
}
