import type { Cause, Confidence, FixTarget, PolicyType } from '../diagnosis';
import { ACCOUNT, FULL_ACCESS, key, OTHER_ACCOUNT, rootKeyPolicy, type BundleSpec } from './bundle';
import { network, S3_ENDPOINT, VPC_JOB } from './network';
import { allow, doc, inline, managed, ok } from './policies';
import { failedDuring } from './transitions';

/**
 * Jobs whose every piece of evidence is readable and whose cause the policies prove, one per rule of the proof, with the
 * checks that fail and the fixes offered. diagnose.test.ts holds each to its cause and fixes; diagnose-partitions.test.ts
 * runs the same jobs in the other partitions.
 */
export const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
export const KEY_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/${KEY_ID}`;

/** FULL_ACCESS minus the statements matching `drop` (by action), plus `add`. */
export function accessWithout(drop: string[], ...add: Record<string, unknown>[]) {
  const statements = (FULL_ACCESS.Statement as Record<string, unknown>[])
    .map((s) => ({ ...s, Action: ([] as string[]).concat(s.Action as string | string[]).filter((a) => !drop.includes(a)) }))
    .filter((s) => (s.Action as string[]).length > 0);
  return [inline('train-access', doc(...statements, ...add))];
}

export interface ProvenCase {
  name: string;
  spec: BundleSpec;
  cause: Cause;
  confidence: Confidence;
  decidedBy?: { policyType: PolicyType; statementId?: string; denialType?: 'explicit' | 'implicit' };
  failing: string[];
  fixTargets: FixTarget[];
}

export const PROVEN_CASES: ProvenCase[] = [
  {
    name: 's3-read: identity policy lacks s3:GetObject',
    spec: { identity: accessWithout(['s3:GetObject'], allow('s3:GetObject', 'arn:aws:s3:::acme-models/*')) },
    cause: 's3-read',
    confidence: 'confirmed',
    decidedBy: { policyType: 'identity', denialType: 'implicit' },
    failing: ['input-train-s3-getobject'],
    fixTargets: ['role-inline-policy'],
  },
  {
    name: 's3-read: s3:ListBucket allowed only for another prefix (s3:prefix condition)',
    spec: {
      identity: accessWithout(['s3:ListBucket'], allow('s3:ListBucket', 'arn:aws:s3:::acme-data', { Condition: { StringLike: { 's3:prefix': ['validation/*'] } } }), allow('s3:ListBucket', 'arn:aws:s3:::acme-models')),
    },
    cause: 's3-read',
    confidence: 'confirmed',
    decidedBy: { policyType: 'identity', denialType: 'implicit' },
    failing: ['input-train-s3-listbucket'],
    fixTargets: ['role-inline-policy'],
  },
  {
    name: 's3-write: no s3:PutObject on the output prefix',
    spec: {
      job: { transitions: failedDuring('Uploading'), failureReason: 'ClientError: Artifact upload failed:Access Denied' },
      identity: accessWithout(['s3:PutObject'], allow('s3:PutObject', 'arn:aws:s3:::acme-models/other/*')),
    },
    cause: 's3-write',
    confidence: 'confirmed',
    decidedBy: { policyType: 'identity', denialType: 'implicit' },
    failing: ['output-s3-putobject'],
    fixTargets: ['role-inline-policy'],
  },
  {
    name: 's3-write: checkpoint prefix not writable',
    spec: {
      job: { transitions: failedDuring('Training'), checkpoint: { s3Uri: 's3://acme-ckpt/run-7/' } },
      buckets: { 'acme-ckpt': {} },
    },
    cause: 's3-write',
    confidence: 'confirmed',
    decidedBy: { policyType: 'identity', denialType: 'implicit' },
    failing: ['checkpoints-s3-putobject', 'checkpoints-s3-abortmultipartupload', 'checkpoints-s3-listbucket', 'checkpoints-s3-getobject'],
    fixTargets: ['role-inline-policy'],
  },
  {
    name: 'kms: the input bucket key policy does not allow the role',
    spec: {
      buckets: { 'acme-data': { encryption: ok({ algorithm: 'aws:kms', kmsKeyId: KEY_ARN }) } },
      keys: { [KEY_ARN]: { ...key(KEY_ID, doc({ Sid: 'KeyAdmins', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/admin` }, Action: 'kms:*', Resource: '*' })), ref: KEY_ARN } },
    },
    cause: 'kms',
    confidence: 'confirmed',
    decidedBy: { policyType: 'key-policy', denialType: 'implicit' },
    failing: ['input-train-kms-decrypt'],
    fixTargets: ['key-policy'],
  },
  {
    name: 'kms: volume key without kms:CreateGrant',
    spec: {
      job: { transitions: failedDuring('Starting'), resources: { instanceType: 'ml.p3.2xlarge', volumeKmsKeyId: KEY_ID } },
      identity: accessWithout(['kms:CreateGrant']),
      keys: { [KEY_ID]: key(KEY_ID, rootKeyPolicy()) },
    },
    cause: 'kms',
    confidence: 'confirmed',
    decidedBy: { policyType: 'identity', denialType: 'implicit' },
    failing: ['volume-kms-creategrant'],
    fixTargets: ['role-inline-policy'],
  },
  {
    name: 'kms: output key (OutputDataConfig.KmsKeyId) does not allow the role',
    spec: {
      job: { transitions: failedDuring('Uploading'), output: { s3OutputPath: 's3://acme-models/output/', kmsKeyId: KEY_ARN } },
      keys: { [KEY_ARN]: { ...key(KEY_ID, doc({ Sid: 'Admins', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/admin` }, Action: 'kms:*', Resource: '*' })), ref: KEY_ARN } },
    },
    cause: 'kms',
    confidence: 'confirmed',
    decidedBy: { policyType: 'key-policy', denialType: 'implicit' },
    failing: ['output-kms-generatedatakey', 'output-kms-encrypt', 'output-kms-decrypt'],
    fixTargets: ['key-policy'],
  },
  {
    // S3 completes a multipart upload with the caller's kms:Decrypt: a role that may only encrypt fails at the end of
    // training, when the artifact goes up (aws/aws-cdk#12810). The fix grants kms:Decrypt through S3 only.
    name: 'kms: the role may encrypt with the output key but not decrypt the parts of the artifact upload',
    spec: {
      job: { transitions: failedDuring('Uploading'), failureReason: 'ClientError: Artifact upload failed:Access Denied', output: { s3OutputPath: 's3://acme-models/output/', kmsKeyId: KEY_ARN } },
      identity: accessWithout(['kms:Decrypt']),
      keys: { [KEY_ARN]: { ...key(KEY_ID, rootKeyPolicy()), ref: KEY_ARN } },
    },
    cause: 'kms',
    confidence: 'confirmed',
    decidedBy: { policyType: 'identity', denialType: 'implicit' },
    failing: ['output-kms-decrypt'],
    fixTargets: ['role-inline-policy'],
  },
  {
    name: 'boundary: the permissions boundary omits s3',
    spec: { boundary: managed('DataScienceBoundary', doc({ Sid: 'Compute', Effect: 'Allow', NotAction: ['s3:*', 'iam:*'], Resource: '*' })) },
    cause: 'boundary',
    confidence: 'confirmed',
    decidedBy: { policyType: 'boundary', denialType: 'implicit' },
    failing: ['input-train-s3-listbucket', 'input-train-s3-getobject', 'output-s3-putobject', 'output-s3-abortmultipartupload'],
    fixTargets: ['boundary'],
  },
  {
    name: 'bucket-policy: explicit deny unless the request comes through a VPC endpoint (job not in a VPC)',
    spec: {
      buckets: {
        'acme-data': {
          policy: ok(doc({ Sid: 'DenyOutsideVpce', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::acme-data', 'arn:aws:s3:::acme-data/*'], Condition: { StringNotEquals: { 'aws:SourceVpce': S3_ENDPOINT } } })),
        },
      },
    },
    cause: 'bucket-policy',
    confidence: 'confirmed',
    decidedBy: { policyType: 'bucket-policy', statementId: 'DenyOutsideVpce', denialType: 'explicit' },
    failing: ['input-train-s3-listbucket', 'input-train-s3-getobject'],
    // The compliant change (run in subnets routed to the endpoint) first; exempting the role last.
    fixTargets: ['job-config', 'bucket-policy'],
  },
  {
    name: 'vpc: the S3 endpoint policy allows only another bucket',
    spec: {
      job: VPC_JOB,
      network: network({ endpointRoute: true, endpointPolicy: doc({ Sid: 'OnlyModels', Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::acme-models', 'arn:aws:s3:::acme-models/*'] }) }),
    },
    cause: 'vpc',
    confidence: 'confirmed',
    decidedBy: { policyType: 'vpc-endpoint', denialType: 'implicit' },
    failing: ['input-train-s3-listbucket', 'input-train-s3-getobject'],
    fixTargets: ['vpc-endpoint-policy'],
  },
  {
    name: 'vpc: the subnet has no route to S3 (endpoint exists but is not associated)',
    spec: { job: VPC_JOB, network: network({ endpoint: true, endpointRoute: false }) },
    cause: 'vpc',
    confidence: 'confirmed',
    failing: ['input-train-s3-listbucket', 'input-train-s3-getobject', 'output-s3-putobject', 'output-s3-abortmultipartupload'],
    fixTargets: ['route-table'],
  },
  {
    name: 'vpc: no endpoint and no NAT at all',
    spec: { job: VPC_JOB, network: network({}) },
    cause: 'vpc',
    confidence: 'confirmed',
    failing: ['input-train-s3-listbucket', 'input-train-s3-getobject', 'output-s3-putobject', 'output-s3-abortmultipartupload'],
    fixTargets: ['route-table'],
  },
  {
    name: 'ecr: the role may not pull the image',
    spec: { job: { transitions: failedDuring('Starting') }, identity: accessWithout(['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability']) },
    cause: 'ecr',
    confidence: 'confirmed',
    decidedBy: { policyType: 'identity', denialType: 'implicit' },
    failing: ['image-ecr-batchchecklayeravailability', 'image-ecr-getdownloadurlforlayer', 'image-ecr-batchgetimage'],
    fixTargets: ['role-inline-policy'],
  },
  {
    name: 'trust-policy: the role trusts EC2, not SageMaker',
    spec: { job: { transitions: failedDuring('Starting') }, trust: ok(doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' })) },
    cause: 'trust-policy',
    confidence: 'confirmed',
    decidedBy: { policyType: 'trust-policy', denialType: 'implicit' },
    failing: ['assume-role-sts-assumerole'],
    fixTargets: ['trust-policy'],
  },
  {
    name: 'cloudwatch-logs: no logs permissions',
    spec: { job: { transitions: failedDuring('Training') }, identity: accessWithout(['logs:CreateLogStream', 'logs:PutLogEvents']) },
    cause: 'cloudwatch-logs',
    confidence: 'confirmed',
    decidedBy: { policyType: 'identity', denialType: 'implicit' },
    failing: ['logs-logs-createlogstream', 'logs-logs-putlogevents'],
    fixTargets: ['role-inline-policy'],
  },
  {
    name: 'explicit deny in the role\u2019s own inline policy',
    spec: { identity: [...accessWithout([]), inline('guardrail', doc({ Sid: 'NoRawData', Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-data/*' }))] },
    cause: 's3-read',
    confidence: 'confirmed',
    decidedBy: { policyType: 'identity', statementId: 'NoRawData', denialType: 'explicit' },
    failing: ['input-train-s3-getobject'],
    fixTargets: ['role-inline-policy'],
  },
  {
    name: 'explicit deny in the boundary (NotResource)',
    spec: { boundary: managed('Guard', doc(allow('*', '*'), { Sid: 'OnlyModelsBucket', Effect: 'Deny', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::acme-models/*' })) },
    cause: 'boundary',
    confidence: 'confirmed',
    decidedBy: { policyType: 'boundary', statementId: 'OnlyModelsBucket', denialType: 'explicit' },
    failing: ['input-train-s3-getobject'],
    fixTargets: ['boundary'],
  },
  {
    name: 'cross-account bucket, readable policy that does not grant the role',
    spec: {
      buckets: { 'acme-data': { ownerAccountId: OTHER_ACCOUNT, policy: ok(doc({ Sid: 'Team', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OTHER_ACCOUNT}:root` }, Action: 's3:*', Resource: 'arn:aws:s3:::acme-data/*' })) } },
    },
    cause: 'bucket-policy',
    confidence: 'confirmed',
    decidedBy: { policyType: 'bucket-policy', denialType: 'implicit' },
    failing: ['input-train-s3-listbucket', 'input-train-s3-getobject'],
    fixTargets: ['bucket-policy'],
  },
];
