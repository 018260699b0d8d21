import 'server-only';
import { GetBucketEncryptionCommand, GetBucketPolicyCommand } from '@aws-sdk/client-s3';
import { bucketArn } from '@/lib/analysis/arns';
import type { BucketEncryption, BucketEvidence, Missing, Piece, PolicyDocument } from '@/lib/analysis/evidence';
import { partitionOf } from '@/lib/analysis/partition';
import type { AwsClients } from './scoped-clients';
import { errorName, toMissing } from './errors';
import { parseJsonDocument } from './policy-document';

/**
 * A bucket's policy and default encryption. S3's answers mean different things and only one of them
 * means "none": GetBucketPolicy 404 NoSuchBucketPolicy = no policy (null); 403 = the dashboard lacks
 * s3:GetBucketPolicy; 405 = the bucket belongs to another account. Likewise
 * ServerSideEncryptionConfigurationNotFoundError = no default encryption (null).
 */
export async function getBucketEvidence(aws: AwsClients, bucket: string): Promise<BucketEvidence> {
  const [policy, encryption] = await Promise.all([getBucketPolicy(aws, bucket), getBucketEncryption(aws, bucket)]);
  // Another account's bucket refuses both reads; S3 only says so (405) on the policy call.
  if (!policy.ok && policy.missing.kind === 'cross-account' && !encryption.ok && encryption.missing.kind === 'access-denied') {
    return { name: bucket, policy, encryption: { ok: false, missing: { ...encryption.missing, kind: 'cross-account' } } };
  }
  return { name: bucket, policy, encryption };
}

async function getBucketPolicy(aws: AwsClients, bucket: string): Promise<Piece<PolicyDocument | null>> {
  const site = { action: 's3:GetBucketPolicy', resource: bucketArn(bucket, partitionOf(aws.region).name) };
  try {
    const out = await aws.s3().send(new GetBucketPolicyCommand({ Bucket: bucket }));
    if (!out.Policy) return { ok: true, value: null };
    return parseJsonDocument(out.Policy, site);
  } catch (error) {
    if (errorName(error) === 'NoSuchBucketPolicy') return { ok: true, value: null };
    return { ok: false, missing: withBucketContext(toMissing(error, site), bucket) };
  }
}

async function getBucketEncryption(aws: AwsClients, bucket: string): Promise<Piece<BucketEncryption | null>> {
  // The IAM action behind GetBucketEncryption is s3:GetEncryptionConfiguration.
  const site = { action: 's3:GetEncryptionConfiguration', resource: bucketArn(bucket, partitionOf(aws.region).name) };
  try {
    const out = await aws.s3().send(new GetBucketEncryptionCommand({ Bucket: bucket }));
    const rule = out.ServerSideEncryptionConfiguration?.Rules?.[0];
    const byDefault = rule?.ApplyServerSideEncryptionByDefault;
    if (!byDefault?.SSEAlgorithm) return { ok: true, value: null };
    const value: BucketEncryption = { algorithm: byDefault.SSEAlgorithm };
    if (byDefault.KMSMasterKeyID) value.kmsKeyId = byDefault.KMSMasterKeyID;
    if (rule?.BucketKeyEnabled !== undefined) value.bucketKeyEnabled = rule.BucketKeyEnabled;
    return { ok: true, value };
  } catch (error) {
    if (errorName(error) === 'ServerSideEncryptionConfigurationNotFoundError') return { ok: true, value: null };
    return { ok: false, missing: withBucketContext(toMissing(error, site), bucket) };
  }
}

function withBucketContext(missing: Missing, bucket: string): Missing {
  if (missing.kind === 'cross-account') {
    return { ...missing, message: `bucket ${bucket} belongs to another account, which S3 does not let this account read the configuration of (${missing.message})` };
  }
  return missing;
}
