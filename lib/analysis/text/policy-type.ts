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
  // A directory bucket's policy too (S3 Express One Zone: "no resource-based policy allows the s3express:CreateSession action"),
  // and an S3 Object Lambda access point's, which answers for the objects it serves (the hundred-and-ninth review).
  if (service === 's3' || service === 's3express' || service === 's3-object-lambda') return 'bucket-policy';
  if (service === 'kms') return 'key-policy';
  if (action?.toLowerCase().startsWith('sts:assumerole')) return 'trust-policy';
  return 'resource';
}
