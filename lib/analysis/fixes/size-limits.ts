import type { EvidenceBundle, PolicyDocument } from '../evidence';
import type { Change } from './changes';

/**
 * The size AWS allows each document a fix writes. A merged document over it is refused when applied (IAM's
 * LimitExceeded, S3's and KMS's MalformedPolicy), however well it simulates, so such a fix is not verified and says why.
 * IAM counts characters without whitespace (IAM User Guide, "IAM and AWS STS quotas": managed policy 6,144, a role's
 * inline policies together 10,240, a role trust policy 2,048 by default); S3 allows a bucket policy 20 KB (S3 User Guide,
 * "Bucket policies"), KMS a key policy 32 KB (KMS Developer Guide, "Quotas"), a VPC endpoint policy 20,480 characters.
 */
const IAM_CHARS = (document: PolicyDocument) => JSON.stringify(document).replace(/\s/g, '').length;
const BYTES = (document: PolicyDocument) => new TextEncoder().encode(JSON.stringify(document)).length;
const CHARS = (document: PolicyDocument) => JSON.stringify(document).length;

/** The role's other inline policies, which share the 10,240 characters with the one written. */
function otherInlineChars(bundle: EvidenceBundle, policyName: string): number {
  const policies = bundle.role.ok && bundle.role.value.identityPolicies.ok ? bundle.role.value.identityPolicies.value : [];
  return policies.reduce((sum, p) => sum + (p.kind === 'inline' && p.name !== policyName && p.document.ok ? IAM_CHARS(p.document.value) : 0), 0);
}

/** Why AWS would refuse the document this change writes, or undefined when it fits. */
export function sizeLimitNote(bundle: EvidenceBundle, change: Change | undefined): string | undefined {
  if (!change || !('document' in change)) return undefined;
  const over = (size: number, limit: number, what: string, unit: string, advice: string) =>
    size > limit ? `Not verified, because AWS would refuse it as written: ${what} may hold ${limit.toLocaleString('en-US')} ${unit}, and with this change ${size.toLocaleString('en-US')}. ${advice}` : undefined;
  const trim = 'Remove statements it no longer needs, or merge statements that differ only in their actions or resources.';
  switch (change.kind) {
    case 'managed-policy':
    case 'boundary':
      return over(IAM_CHARS(change.document), 6144, 'a managed policy', 'characters (whitespace not counted)', change.kind === 'boundary' ? trim : `${trim} Or put the new statements in a managed policy of their own.`);
    case 'role-inline':
      return over(IAM_CHARS(change.document) + otherInlineChars(bundle, change.policyName), 10240, 'a role\u2019s inline policies together', 'characters (whitespace not counted)', 'Put the new statements in a customer managed policy attached to the role instead: it has a limit of its own.');
    case 'trust-policy':
      return over(IAM_CHARS(change.document), 2048, 'a role trust policy', 'characters (whitespace not counted)', `${trim} The account\u2019s quota can be raised to 4,096.`);
    case 'bucket-policy':
      return over(BYTES(change.document), 20480, 'a bucket policy', 'bytes', trim);
    case 'key-policy':
      return over(BYTES(change.document), 32768, 'a key policy', 'bytes', `${trim} A key grant can allow what the policy cannot hold.`);
    case 'endpoint-policy':
      return over(CHARS(change.document), 20480, 'a VPC endpoint policy', 'characters', trim);
    default:
      return undefined;
  }
}
