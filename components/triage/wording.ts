import { PERMISSION_CAUSES, type DecidedBy, type Diagnosis, type FixTarget, type PolicyType, type Stage } from '@/lib/analysis/diagnosis';

/** Engine ids in the words a reader expects. */

const POLICY_TYPES: Record<PolicyType, string> = {
  identity: 'identity policy',
  resource: 'resource policy',
  'bucket-policy': 'bucket policy',
  'key-policy': 'KMS key policy',
  boundary: 'permissions boundary',
  scp: 'service control policy',
  rcp: 'resource control policy',
  'vpc-endpoint': 'VPC endpoint policy',
  session: 'session policy',
  'trust-policy': 'role trust policy',
};

export const STAGE_LABELS: Record<Stage, string> = {
  'assume-role': 'Assume role',
  network: 'Network',
  volume: 'Volume',
  image: 'Image',
  input: 'Input data',
  logs: 'Logs',
  checkpoints: 'Checkpoints',
  output: 'Output',
};

const FIX_TARGETS: Record<FixTarget, string> = {
  'role-inline-policy': 'Role inline policy',
  'bucket-policy': 'Bucket policy',
  'key-policy': 'KMS key policy',
  boundary: 'Permissions boundary',
  'trust-policy': 'Role trust policy',
  'vpc-endpoint-policy': 'VPC endpoint policy',
  'repository-policy': 'ECR repository policy',
  'route-table': 'Route table',
  scp: 'Service control policy',
  other: 'Change',
  'job-config': 'Training job configuration',
};

export function describePolicyType(type: PolicyType | string): string {
  return (POLICY_TYPES as Record<string, string>)[type] ?? type;
}

export function describeFixTarget(target: FixTarget | string): string {
  return (FIX_TARGETS as Record<string, string>)[target] ?? target;
}

export function describeStatement(d: Pick<DecidedBy, 'statementId' | 'statementIndex'>): string {
  if (d.statementId) return `statement “${d.statementId}”`;
  // The engine numbers statements from 1, as the simulator does.
  if (d.statementIndex !== undefined) return `statement ${d.statementIndex}`;
  return 'no statement';
}

/**
 * Who makes a change in another account: "must be made by the owner of account 444455556666", or,
 * when the engine knows no number, in its own words ("must be made in the bucket owner’s account").
 */
/** `accountId` is absent when the resource is in another account whose id AWS did not say. */
export function whoMustChange(accountId: string | undefined): string {
  return accountId ? `must be made by the owner of account ${accountId}` : 'must be made by the owner of the other account that holds the resource';
}

/**
 * The deciding policy as "lead + name" with each noun once: the engine's names already carry their
 * kind ("trust policy of role X", "key arn:…", "bucket b"), so prefixing the policy type again read
 * "the role trust policy trust policy of role X" and "KMS key policy key arn:…". A bucket policy's name is its bucket's
 * ("the bucket policy of acme-data"), not "… of bucket acme-data".
 */
export function decidingPolicy(d: Pick<DecidedBy, 'policyType' | 'policyName' | 'policyArn'>): { lead: string; name: string } {
  const rest = (prefix: RegExp) => d.policyName.replace(prefix, '');
  switch (d.policyType) {
    case 'identity':
      return d.policyName.startsWith('role ') ? { lead: 'the identity policies of role', name: rest(/^role /) } : { lead: 'the identity policy', name: d.policyName };
    case 'trust-policy':
      return { lead: 'the trust policy of role', name: rest(/^(role )?trust policy of role /) };
    case 'bucket-policy':
      return { lead: 'the bucket policy of', name: rest(/^bucket /) };
    case 'key-policy':
      return { lead: 'the key policy of KMS key', name: rest(/^key /) };
    case 'vpc-endpoint':
      return { lead: 'the policy of VPC endpoint', name: rest(/^VPC endpoint /) };
    case 'scp':
    case 'rcp':
      // Without an ARN in AWS's message the engine has only the type to name.
      return d.policyArn ? { lead: `the ${describePolicyType(d.policyType)}`, name: d.policyArn } : { lead: `a ${describePolicyType(d.policyType)}`, name: '' };
    default:
      return { lead: `the ${describePolicyType(d.policyType)}`, name: d.policyName };
  }
}

/** Over a check's missing pieces: unread ones, values the dashboard cannot see (a condition key's), or both. */
export function missingLead(missing: readonly { unseen?: true }[]): string {
  const unseen = missing.some((m) => m.unseen);
  const unread = missing.some((m) => !m.unseen);
  if (unseen && !unread) return 'Could not be proven: the dashboard cannot see';
  return unseen ? 'Could not be proven: the dashboard could not read, or cannot see' : 'Could not be proven: the dashboard could not read';
}

/**
 * The heading over what could not be read, true to why it matters here: a confirmed cause stands and
 * only the checks that depend on the piece are unknown (if any); a permission cause read from the
 * text is unproven for want of it; any other cause (out of memory, capacity) never rested on it.
 */
export function missingEvidenceHeading(d: Pick<Diagnosis, 'cause' | 'confidence' | 'checks'>): string {
  if (d.confidence === 'confirmed') {
    return d.checks.some((c) => c.status === 'unknown') ? 'Some evidence could not be read; the checks that depend on it are marked unknown:' : 'Some evidence could not be read (no check depends on it):';
  }
  if ((PERMISSION_CAUSES as readonly string[]).includes(d.cause)) return 'Not proven, because the dashboard could not read:';
  return 'The dashboard could not read:';
}
