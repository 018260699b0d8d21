import { accountOfArn } from '../arns';
import type { EvidenceBundle } from '../evidence';
import type { S3Path } from './network-path';

/**
 * Context keys every request of the role carries (for aws:PrincipalArn conditions and narrowed
 * denies), with the role's tags as `aws:PrincipalTag/<key>`: a deny that spares tagged roles
 * ("StringNotEquals aws:PrincipalTag/team") must not be judged to cover a role that has the tag.
 */
export function baseContext(bundle: EvidenceBundle): Record<string, string> {
  const tags = bundle.role.ok ? (bundle.role.value.tags ?? {}) : {};
  return {
    ...Object.fromEntries(Object.entries(tags).map(([key, value]) => [`aws:PrincipalTag/${key}`, value])),
    'aws:PrincipalArn': bundle.job.roleArn,
    'aws:PrincipalAccount': accountOfArn(bundle.job.roleArn) ?? bundle.accountId,
  };
}

export function networkContext(path: S3Path): Record<string, string> {
  return path.kind === 'endpoint' ? { 'aws:SourceVpce': path.endpointId, 'aws:SourceVpc': path.vpcId } : {};
}

/** The bucket's owner; undefined when S3 only said "another account" (405). */
export function bucketOwner(bundle: EvidenceBundle, bucket: string): string | undefined {
  const evidence = bundle.buckets[bucket] as ({ ownerAccountId?: string } & object) | undefined;
  if (evidence?.ownerAccountId) return evidence.ownerAccountId;
  const policy = bundle.buckets[bucket]?.policy;
  // A 405 on GetBucketPolicy says "another account" without saying which.
  if (policy && !policy.ok && policy.missing.kind === 'cross-account') return undefined;
  return bundle.accountId;
}

