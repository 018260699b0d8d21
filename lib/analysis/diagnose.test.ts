import { describe, expect, it } from 'vitest';
import type { Cause, Confidence, Diagnosis, FixTarget, PolicyType } from './diagnosis';
import { diagnose } from './diagnose';
import type { EvidenceBundle } from './evidence';
import { applyFix, cliDocument } from './test-support/apply-fix';
import { ACCOUNT, buildBundle, FULL_ACCESS, key, OTHER_ACCOUNT, rootKeyPolicy, type BundleSpec } from './test-support/bundle';
import { network, S3_ENDPOINT, VPC_JOB } from './test-support/network';
import { allow, doc, inline, managed, ok } from './test-support/policies';
import { failedDuring } from './test-support/transitions';

const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const KEY_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/${KEY_ID}`;

/** FULL_ACCESS minus the statements matching `drop` (by action), plus `add`. */
function accessWithout(drop: string[], ...add: Record<string, unknown>[]) {
  const statements = (FULL_ACCESS.Statement as Record<string, unknown>[])
    .map((s) => ({ ...s, Action: ([] as string[]).concat(s.Action as string | string[]).filter((a) => !drop.includes(a)) }))
    .filter((s) => (s.Action as string[]).length > 0);
  return [inline('train-access', doc(...statements, ...add))];
}

interface Case {
  name: string;
  spec: BundleSpec;
  cause: Cause;
  confidence: Confidence;
  decidedBy?: { policyType: PolicyType; statementId?: string; denialType?: 'explicit' | 'implicit' };
  failing: string[];
  fixTargets: FixTarget[];
}

const cases: Case[] = [
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

function check(d: Diagnosis, id: string) {
  const c = d.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id} in ${d.checks.map((x) => x.id).join(', ')}`);
  return c;
}

async function expectFixesFlip(bundle: EvidenceBundle, d: Diagnosis) {
  for (const fix of d.fixes.filter((f) => f.verified)) {
    // A key-policy fix reads, merges and writes back (a pipeline): fix-commands.test.ts runs it in a shell.
    // An inline policy left with no statement is deleted, not written.
    if (fix.cli.startsWith('aws iam delete-role-policy ')) expect(fix.policy).toMatchObject({ Statement: [] });
    else if (fix.policy !== undefined && !fix.cli.includes(' | ')) expect(cliDocument(fix.cli)).toEqual(fix.policy);
    const fixed = await diagnose(applyFix(bundle, fix));
    for (const id of fix.checkIds) {
      const companions = d.fixes.filter((f) => f !== fix && f.checkIds.includes(id));
      if (companions.length) continue; // flips only together; covered by expectAllFixesFlip
      expect(check(fixed, id).status, `${fix.title} flips ${id}`).toBe('pass');
    }
  }
  let all = bundle;
  for (const fix of d.fixes.filter((f) => f.verified)) all = applyFix(all, fix);
  const fixed = await diagnose(all);
  for (const c of d.checks.filter((x) => x.status === 'fail')) expect(check(fixed, c.id).status, `${c.id} after all fixes`).toBe('pass');
  for (const c of d.checks.filter((x) => x.status === 'pass')) expect(check(fixed, c.id).status, `${c.id} must not regress`).toBe('pass');
}

describe('diagnose: proven causes', () => {
  it.each(cases)('$name', async (c) => {
    const bundle = buildBundle(c.spec);
    const d = await diagnose(bundle);
    expect(d.cause).toBe(c.cause);
    expect(d.confidence).toBe(c.confidence);
    expect(d.checks.filter((x) => x.status === 'fail').map((x) => x.id)).toEqual(c.failing);
    if (c.decidedBy) expect(d.decidedBy).toMatchObject(c.decidedBy);
    expect(d.fixes.map((f) => f.target).sort()).toEqual([...c.fixTargets].sort());
    // A job-config change to subnets the dashboard never read is offered unverified, saying so.
    expect(d.fixes.filter((f) => f.target !== 'job-config').every((f) => f.verified)).toBe(true);
    for (const f of d.fixes.filter((x) => !x.verified)) expect(f.notes?.some((n) => n.startsWith('Not verified'))).toBe(true);
    for (const id of c.failing) expect(check(d, id).fixIds.length, `${id} has a fix`).toBeGreaterThan(0);
    expect(d.summary).toMatch(/^(Role ml-train cannot|SageMaker cannot assume|The job cannot reach S3 from its VPC)/);
    expect(d.groupKey).toContain(c.cause);
    await expectFixesFlip(bundle, d);
  });
});

describe('diagnose: the output key for a multipart upload', () => {
  it('grants kms:Decrypt on the output key only through S3 (kms:ViaService), and no more than was denied', async () => {
    const d = await diagnose(
      buildBundle({
        job: { transitions: failedDuring('Uploading'), failureReason: 'ClientError: Artifact upload failed:Access Denied', output: { s3OutputPath: 's3://acme-models/output/', kmsKeyId: KEY_ARN } },
        identity: accessWithout(['kms:Decrypt']),
        keys: { [KEY_ARN]: { ...key(KEY_ID, rootKeyPolicy()), ref: KEY_ARN } },
      }),
    );
    const fix = d.fixes.find((f) => f.target === 'role-inline-policy');
    expect(fix?.policy).toMatchObject({
      Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: KEY_ARN, Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } }],
    });
    expect(JSON.stringify(fix?.policy)).not.toMatch(/GenerateDataKey|kms:Encrypt/);
    expect(check(d, 'output-kms-decrypt').title).toMatch(/multipart upload/);
  });
});
