import { roleNameOfArn } from '../arns';
import type { EvidenceBundle, PolicyDocument } from '../evidence';
import { statementsOf } from '../proof/statements';
import { list } from './deny-statement';
import type { FixPlan } from './fix-plan';

function coversPutKeyPolicy(action: string): boolean {
  const a = action.toLowerCase();
  return a === '*' || a === 'kms:*' || a === 'kms:putkeypolicy' || (a.endsWith('*') && 'kms:putkeypolicy'.startsWith(a.slice(0, -1)));
}

/** The principals a key policy lets change the key policy: the key's administrators. */
export function keyAdministrators(document: PolicyDocument): string[] {
  const out = new Set<string>();
  for (const s of statementsOf(document)) {
    if (s.Effect !== 'Allow' || !list(s.Action).some(coversPutKeyPolicy)) continue;
    const p = s.Principal;
    const aws = typeof p === 'string' ? [p] : typeof p === 'object' && p !== null ? list((p as Record<string, unknown>).AWS) : [];
    for (const a of aws) out.add(a);
  }
  return [...out];
}

function keyAppliedBy(bundle: EvidenceBundle, plan: FixPlan): string {
  const change = plan.changes.find((c) => 'keyRef' in c);
  const evidence = change && 'keyRef' in change ? bundle.keys[change.keyRef] : undefined;
  const account = plan.accountId ?? 'the key\u2019s account';
  if (!evidence?.policy.ok) return `the key's administrators in account ${account} (the key policy could not be read to name them)`;
  const admins = keyAdministrators(evidence.policy.value);
  const roots = admins.filter((a) => /:root$/.test(a) || /^\d{12}$/.test(a));
  const named = admins.filter((a) => !roots.includes(a));
  if (named.length) return `the key's administrators (${named.join(', ')})`;
  if (roots.length) return `an IAM administrator of account ${account} (the key policy delegates key administration to the account's IAM policies)`;
  return `the key's administrators in account ${account} (no statement of the key policy lets anyone change it: AWS Support may be needed)`;
}

/** Who must apply a fix, in words the page shows beside it. */
export function appliedByFor(bundle: EvidenceBundle, plan: FixPlan): string {
  if (plan.appliedBy) return plan.appliedBy;
  if (plan.target === 'key-policy' || plan.changes.some((c) => c.kind === 'key-state')) return keyAppliedBy(bundle, plan);
  if (plan.crossAccount) return plan.accountId ? `the owner of account ${plan.accountId}` : 'the owner of the account that holds the resource (S3 did not say which)';
  const account = plan.accountId ?? bundle.accountId;
  switch (plan.target) {
    case 'bucket-policy':
      return `whoever manages the policy of the bucket in account ${account}`;
    case 'repository-policy':
      return `whoever manages the image\u2019s ECR repository in account ${account}`;
    case 'vpc-endpoint-policy':
    case 'route-table':
      return `the network administrators of account ${account}`;
    case 'scp':
      return 'the organization\u2019s administrators';
    case 'job-config':
      return 'whoever starts the job';
    default:
      return `an IAM administrator of account ${account} (role ${roleNameOfArn(bundle.job.roleArn)})`;
  }
}
