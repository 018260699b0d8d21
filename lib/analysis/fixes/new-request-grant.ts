import type { EvidenceBundle } from '../evidence';
import type { EvaluatedCheck } from '../proof/evaluated-check';
import { evaluateChecks, type Evaluation } from '../proof/evaluate-checks';
import { applyChanges, hintAfter } from './changes';
import type { FixPlan } from './fix-plan';
import { inlineGrant } from './role-fixes';

/**
 * A job-configuration change can make the job send requests it never sent (a job moved into a VPC calls VPC mode's
 * `ec2:` actions), which the role may not allow. "Grant those too" with nothing to copy is no fix: this is the role's
 * inline grant for exactly those requests, offered only when re-simulating the change with it lets every one of them.
 */
export async function grantForNewRequests(bundle: EvidenceBundle, before: Evaluation, plan: FixPlan, companions: FixPlan[], denied: EvaluatedCheck[]): Promise<FixPlan | undefined> {
  if (!denied.length) return undefined;
  const changes = [...companions, plan].flatMap((p) => p.changes);
  const changed = applyChanges(bundle, changes);
  // Shown beside the change it goes with (its own checks exist only once the job is moved), titled so.
  const grant = inlineGrant(changed, denied.map((c) => c.planned), plan.checkIds);
  const after = await evaluateChecks(applyChanges(changed, grant.changes), hintAfter(before.hint, changes));
  const status = new Map(after.checks.map((c) => [c.check.id, c.check.status]));
  const lets = denied.every((c) => status.get(c.check.id) === 'pass');
  // put-role-policy replaces an inline policy of the same name: nothing that passed may fail with it.
  const breaks = before.checks.some((c) => c.check.status === 'pass' && status.get(c.check.id) === 'fail');
  return lets && !breaks ? { ...grant, title: `With that change: ${grant.title.charAt(0).toLowerCase()}${grant.title.slice(1)}` } : undefined;
}
