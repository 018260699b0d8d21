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
  const grant = inlineGrant(changed, denied.map((c) => c.planned), plan.checkIds);
  const after = await evaluateChecks(applyChanges(changed, grant.changes), hintAfter(before.hint, changes));
  const ids = new Set(denied.map((c) => c.check.id));
  const now = after.checks.filter((c) => ids.has(c.check.id));
  return now.length === ids.size && now.every((c) => c.check.status === 'pass') ? grant : undefined;
}
