import type { PolicyType } from '../diagnosis';

// The policy-type phrases of AWS's enhanced AccessDenied messages, most specific first: "role trust"
// must win over "resource-based" and "service control" over "session".
const PHRASES: readonly [RegExp, PolicyType][] = [
  [/role trust/i, 'trust-policy'],
  [/permissions? boundar/i, 'boundary'],
  [/service control/i, 'scp'],
  [/resource control/i, 'rcp'],
  [/vpc endpoint/i, 'vpc-endpoint'],
  [/identity-based/i, 'identity'],
  [/resource-based/i, 'resource'],
  [/session/i, 'session'],
];

/**
 * The policy type AWS named ("identity-based", "permissions boundary", ...). A resource-based policy
 * is named after what holds it when the action says: a bucket policy for S3, a key policy for KMS,
 * the role's trust policy for sts:AssumeRole.
 */
export function policyTypeOfPhrase(phrase: string, action?: string): PolicyType | undefined {
  const found = PHRASES.find(([pattern]) => pattern.test(phrase))?.[1];
  if (found !== 'resource') return found;
  const service = action?.split(':')[0]?.toLowerCase();
  if (service === 's3') return 'bucket-policy';
  if (service === 'kms') return 'key-policy';
  if (action?.toLowerCase().startsWith('sts:assumerole')) return 'trust-policy';
  return 'resource';
}
