import { roleNameOfArn } from '../arns';
import type { EvidenceBundle } from '../evidence';
import { partitionOf } from '../partition';
import type { PlannedRequest } from '../requests/planned-request';

// The AWS managed policy, in whichever partition the role lives (`arn:aws-us-gov:iam::aws:policy/…` in GovCloud).
const FULL_ACCESS_ARN = /^arn:aws[\w-]*:iam::aws:policy\/AmazonSageMakerFullAccess$/;

/** AmazonSageMakerFullAccess grants S3 object access only where the bucket name says sagemaker (or aws-glue). */
function isSageMakerNamed(bucket: string): boolean {
  return /sagemaker|aws-glue/i.test(bucket);
}

function hasFullAccessPolicy(bundle: EvidenceBundle): boolean {
  return bundle.role.ok && bundle.role.value.identityPolicies.ok && bundle.role.value.identityPolicies.value.some((p) => p.arn !== undefined && FULL_ACCESS_ARN.test(p.arn));
}

/** The bucket's objects are under an AWS managed key (aws/s3), which its owner cannot share with another account. */
function usesAwsManagedKey(bundle: EvidenceBundle, bucket: string): boolean {
  const enc = bundle.buckets[bucket]?.encryption;
  if (!enc?.ok || !enc.value?.algorithm.startsWith('aws:kms')) return false;
  const ref = enc.value.kmsKeyId;
  if (!ref || /alias\/aws\/s3$/.test(ref)) return true;
  const key = bundle.keys[ref];
  return key?.metadata.ok === true && key.metadata.value.keyManager === 'AWS';
}

/**
 * The known traps behind S3 AccessDenied in training jobs (the AWS Knowledge Center lists them),
 * said where a fix for such a request is offered, so the reader learns why it happened.
 */
export function trapNotes(bundle: EvidenceBundle, reqs: PlannedRequest[]): string[] {
  const notes: string[] = [];
  const buckets = [...new Set(reqs.flatMap((r) => (r.target.kind === 's3' ? [r.target.bucket] : [])))];
  const objects = reqs.some((r) => r.target.kind === 's3' && r.request.action !== 's3:ListBucket');
  const unnamed = buckets.filter((b) => !isSageMakerNamed(b));
  if (objects && unnamed.length && hasFullAccessPolicy(bundle)) {
    notes.push(
      `AmazonSageMakerFullAccess reads and writes objects only in buckets whose names contain "sagemaker" (or "aws-glue"); ${unnamed.join(', ')} ${unnamed.length > 1 ? 'do' : 'does'} not, so role ${roleNameOfArn(bundle.job.roleArn)} needs this grant of its own.`,
    );
  }
  const remedy = `its owner must re-encrypt them with a customer managed key whose key policy allows role ${roleNameOfArn(bundle.job.roleArn)} kms:Decrypt through S3 (kms:ViaService s3.${bundle.region}.${partitionOf(bundle.region).dnsSuffix})`;
  for (const b of buckets) {
    const foreign = reqs.find((r) => r.target.kind === 's3' && r.target.bucket === b && r.resourceAccountId !== bundle.accountId);
    if (!foreign) continue;
    const encryption = bundle.buckets[b]?.encryption;
    if (usesAwsManagedKey(bundle, b)) {
      notes.push(`The objects of ${b} are encrypted with its account's AWS managed key aws/s3, whose key policy cannot grant another account: ${remedy}.`);
    } else if (encryption && !encryption.ok && reqs.some((r) => r.target.kind === 's3' && r.target.bucket === b && r.request.action === 's3:GetObject')) {
      // Another account's bucket seldom lets this one read its encryption: the trap is named as the condition it is.
      const owner = foreign.resourceAccountId ? `account ${foreign.resourceAccountId}` : 'the bucket\u2019s account';
      notes.push(`How the objects of ${b} are encrypted could not be read here. If they use the AWS managed key aws/s3 of ${owner}, no grant can make them readable from this account (that key's policy cannot grant another account): ${remedy}.`);
    }
  }
  return notes;
}
