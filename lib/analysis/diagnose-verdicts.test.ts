import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';
import type { RoleEvidence } from './evidence';
import { ACCOUNT, buildBundle, FULL_ACCESS, ROLE_ARN } from './test-support/bundle';
import { absent, allow, doc, inline, managed, ok, SAGEMAKER_TRUST, type Statement } from './test-support/policies';
import { failedDuring } from './test-support/transitions';

/**
 * No false verdicts: a `confirmed` cause rests on the check the failure points to (the quoted
 * request, else the stage the words or the secondary status name) and never contradicts the policy
 * type AWS named. Wordings: the enhanced AccessDenied messages of the IAM user guide.
 */
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/ml-train/SageMaker`;
const OBJECT = 'arn:aws:s3:::acme-data/train/part-0.parquet';
const quote = (context: string) =>
  `AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: User: ${SESSION} is not authorized to perform: s3:GetObject on resource: "${OBJECT}" ${context}"`;
const BOUNDARY_TEXT = quote('because no permissions boundary allows the s3:GetObject action');

const statements = FULL_ACCESS.Statement as Statement[];
const without = (resource: string) => [inline('p', doc(...statements.filter((s) => s.Resource !== resource)))];

function role(spec: Partial<RoleEvidence>): RoleEvidence {
  return { arn: ROLE_ARN, name: 'ml-train', trustPolicy: ok(SAGEMAKER_TRUST), identityPolicies: ok([inline('p', FULL_ACCESS)]), boundary: ok(null), ...spec };
}

describe('partial evidence never confirms a different story', () => {
  it('the text names a boundary the dashboard could not read (iam:GetRole denied), while another request fails: boundary, likely, saying what to read', async () => {
    // The shape of the demo's ds-churn-experiment-22 with GetRole refused: the output write lacks
    // s3:AbortMultipartUpload in the identity policy, which used to turn into "s3-write, confirmed".
    const identity = [inline('p', doc(...statements.map((s) => (s.Resource === 'arn:aws:s3:::acme-models/*' ? { ...s, Action: ['s3:PutObject'] } : s))))];
    const bundle = buildBundle({
      job: { failureReason: BOUNDARY_TEXT, transitions: failedDuring('Training') },
      role: ok(role({ trustPolicy: absent('access-denied', 'iam:GetRole'), boundary: absent('access-denied', 'iam:GetRole'), identityPolicies: ok(identity) })),
    });
    const d = await diagnose(bundle);
    expect(d.checks.find((c) => c.id === 'output-s3-abortmultipartupload')?.status).toBe('fail');
    expect(d.cause).toBe('boundary');
    expect(d.confidence).toBe('likely');
    expect(d.deniedRequest).toMatchObject({ action: 's3:GetObject', policyType: 'boundary' });
    expect(d.summary).toMatch(/permissions boundary of role ml-train could not be read/);
    expect(d.summary).toMatch(/grant the dashboard iam:GetRole/);
    expect(d.missingEvidence).toContainEqual(expect.objectContaining({ what: 'the permissions boundary of role ml-train', dashboardNeeds: 'iam:GetRole' }));
    expect(d.decidedBy).toBeUndefined();
  });

  it('with the boundary readable, the same text is proven by the boundary', async () => {
    const boundary = managed('Guard', doc(allow(['ecr:*', 'logs:*', 'kms:*'], '*'), allow(['s3:ListBucket', 's3:PutObject', 's3:AbortMultipartUpload'], '*')));
    const d = await diagnose(buildBundle({ job: { failureReason: BOUNDARY_TEXT, transitions: failedDuring('Training') }, boundary }));
    expect(d.cause).toBe('boundary');
    expect(d.confidence).toBe('confirmed');
    expect(d.decidedBy).toMatchObject({ policyType: 'boundary', policyName: 'Guard' });
  });
});

describe('a confirmed cause never contradicts a policy type the text names', () => {
  it.each([
    {
      name: 'text: permissions boundary; the readable boundary allows, the identity policy does not',
      text: BOUNDARY_TEXT,
      spec: { identity: without('arn:aws:s3:::acme-data/*'), boundary: managed('Guard', doc(allow('*', '*'))) },
      cause: 'boundary',
    },
    {
      name: 'text: explicit deny in a resource-based policy; the bucket policy has none, the identity policy lacks the grant',
      text: quote('with an explicit deny in a resource-based policy'),
      spec: { identity: without('arn:aws:s3:::acme-data/*') },
      cause: 'bucket-policy',
    },
    {
      name: 'text: VPC endpoint policy; the job is not in a VPC and its identity policy lacks the grant',
      text: quote('because no VPC endpoint policy allows the s3:GetObject action'),
      spec: { identity: without('arn:aws:s3:::acme-data/*') },
      cause: 'vpc',
    },
  ])('$name: the text\u2019s cause, likely, and the disagreement is said', async ({ text, spec, cause }) => {
    const d = await diagnose(buildBundle({ job: { failureReason: text, transitions: failedDuring('Training') }, ...spec }));
    expect(d.checks.some((c) => c.status === 'fail')).toBe(true);
    expect(d.confidence).toBe('likely');
    expect(d.cause).toBe(cause);
    expect(d.summary).toMatch(/may not be what AWS evaluated/);
  });

  it('text: identity-based policy; the identity policy lacks the grant: confirmed', async () => {
    const d = await diagnose(buildBundle({ job: { failureReason: quote('because no identity-based policy allows the s3:GetObject action'), transitions: failedDuring('Training') }, identity: without('arn:aws:s3:::acme-data/*') }));
    expect(d.cause).toBe('s3-read');
    expect(d.confidence).toBe('confirmed');
    expect(d.decidedBy).toMatchObject({ policyType: 'identity', denialType: 'implicit' });
  });
});

describe('a confirmed cause rests on the check the text or the failed stage points to', () => {
  it('the quoted request is allowed, another request fails: that failure is shown, but only as likely', async () => {
    const identity = [inline('p', doc(...statements.map((s) => (s.Resource === 'arn:aws:s3:::acme-models/*' ? { ...s, Action: ['s3:GetObject'] } : s))))];
    const d = await diagnose(buildBundle({ job: { failureReason: quote('because no identity-based policy allows the s3:GetObject action'), transitions: failedDuring('Training') }, identity }));
    expect(d.checks.find((c) => c.id === 'output-s3-putobject')?.status).toBe('fail');
    expect(d.cause).toBe('s3-write');
    expect(d.confidence).toBe('likely');
    expect(d.summary).toMatch(/does not name this request/);
  });

  it('the data download failed, but only the image pull is refused: not confirmed', async () => {
    const identity = [inline('p', doc(...statements.filter((s) => !JSON.stringify(s.Action).includes('ecr:BatchGetImage'))))];
    const d = await diagnose(buildBundle({ identity }));
    expect(d.checks.filter((c) => c.status === 'fail').map((c) => c.stage)).toEqual(['image', 'image', 'image', 'image']);
    expect(d.confidence).toBe('likely');
  });

  it('the stage the secondary status names fails: confirmed', async () => {
    const identity = [inline('p', doc(...statements.filter((s) => !JSON.stringify(s.Action).includes('ecr:BatchGetImage'))))];
    const d = await diagnose(buildBundle({ identity, job: { failureReason: 'ClientError: Failed to pull the training image. AccessDenied', transitions: failedDuring('Starting') } }));
    expect(d.cause).toBe('ecr');
    expect(d.confidence).toBe('confirmed');
  });

  it('the quoted request cannot be proven (its bucket policy is unreadable): the text\u2019s cause stays, likely, naming what to read', async () => {
    const d = await diagnose(
      buildBundle({
        job: { failureReason: quote('with an explicit deny in a resource-based policy'), transitions: failedDuring('Training') },
        buckets: { 'acme-data': { policy: absent('access-denied', 's3:GetBucketPolicy') } },
      }),
    );
    expect(d.cause).toBe('bucket-policy');
    expect(d.confidence).toBe('likely');
    expect(d.missingEvidence).toContainEqual(expect.objectContaining({ what: 'the bucket policy of acme-data', dashboardNeeds: 's3:GetBucketPolicy' }));
  });
});

describe('an SCP denial does not contradict itself', () => {
  const SCP = 'arn:aws:organizations::999988887777:policy/o-a1b2c3d4e5/service_control_policy/p-12345678';
  it.each([
    { name: 'without the SCP\u2019s ARN', context: 'with an explicit deny in a service control policy', arn: undefined },
    { name: 'with the SCP\u2019s ARN (newer wording)', context: `with an explicit deny in a service control policy: ${SCP}`, arn: SCP },
  ])('$name: the readable policies allow it, the organization\u2019s administrators must act, and what to ask for', async ({ context, arn }) => {
    const d = await diagnose(buildBundle({ job: { failureReason: quote(context), transitions: failedDuring('Training') } }));
    expect(d.cause).toBe('scp');
    expect(d.confidence).toBe('likely');
    expect(d.summary).toMatch(/The policies the dashboard can read allow it\./);
    expect(d.summary).toMatch(/organization\u2019s administrators/);
    expect(d.summary).toContain(`allow s3:GetObject on ${OBJECT} for role ml-train`);
    if (arn) expect(d.summary).toContain(`in ${arn}`);
    expect(d.summary).not.toMatch(/Every request/);
    expect(d.summary).not.toMatch(/service control policy a service control policy/);
    // The refused request passes every readable policy; its reason says what AWS said too.
    const quoted = d.checks.find((c) => c.id === 'input-train-s3-getobject');
    expect(quoted?.status).toBe('pass');
    expect(quoted?.reason).toMatch(/^allowed by .*; AWS says a service control policy denies it, and the dashboard cannot read SCPs$/);
  });
});

describe('a readable NotPrincipal deny is the cause, not an invisible SCP', () => {
  it('a bucket policy denying all but another role (its account listed too) denies the job\u2019s role: bucket-policy, confirmed', async () => {
    const policy = ok(
      doc({
        Sid: 'OnlyTheCurator',
        Effect: 'Deny',
        NotPrincipal: { AWS: [`arn:aws:sts::${ACCOUNT}:assumed-role/data-curator/curator`, `arn:aws:iam::${ACCOUNT}:role/data-curator`, `arn:aws:iam::${ACCOUNT}:root`] },
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::acme-data/*',
      }),
    );
    const d = await diagnose(buildBundle({ buckets: { 'acme-data': { policy } } }));
    expect(d.cause).toBe('bucket-policy');
    expect(d.confidence).toBe('confirmed');
    expect(d.decidedBy).toMatchObject({ policyType: 'bucket-policy', statementId: 'OnlyTheCurator', denialType: 'explicit' });
    expect(d.summary).not.toMatch(/policy it cannot see/);
  });
});

describe('output encryption default (SSE-KMS with aws/s3 when no KmsKeyId)', () => {
  const requireSse = (value: string) =>
    ok(doc({ Sid: 'RequireEncryption', Effect: 'Deny', Principal: '*', Action: 's3:PutObject', Resource: 'arn:aws:s3:::acme-models/*', Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': value } } }));
  const job = { failureReason: 'ClientError: Artifact upload failed:Error 3: Access Denied', transitions: failedDuring('Uploading') };

  it('a bucket policy requiring aws:kms does not deny SageMaker\u2019s own upload', async () => {
    const d = await diagnose(buildBundle({ job, buckets: { 'acme-models': { policy: requireSse('aws:kms') } } }));
    expect(d.checks.find((c) => c.id === 'output-s3-putobject')?.status).toBe('pass');
  });

  it('a bucket policy requiring AES256 does: bucket-policy, confirmed', async () => {
    const d = await diagnose(buildBundle({ job, buckets: { 'acme-models': { policy: requireSse('AES256') } } }));
    expect(d.checks.find((c) => c.id === 'output-s3-putobject')?.status).toBe('fail');
    expect(d.cause).toBe('bucket-policy');
    expect(d.confidence).toBe('confirmed');
    expect(d.decidedBy).toMatchObject({ statementId: 'RequireEncryption', denialType: 'explicit' });
  });
});

describe('wording: the object AWS names without an action', () => {
  it('"Unable to download object" from another account\u2019s bucket: the summary says download, and the denied request names s3:GetObject', async () => {
    const d = await diagnose(
      buildBundle({
        job: { failureReason: 'ClientError: Data download failed:Unable to download object s3://acme-data/train/part-00000.parquet (AccessDenied: Access Denied)' },
        buckets: { 'acme-data': { policy: absent('cross-account', 's3:GetBucketPolicy'), encryption: absent('cross-account', 's3:GetEncryptionConfiguration') } },
      }),
    );
    expect(d.cause).toBe('s3-read');
    expect(d.confidence).toBe('likely');
    expect(d.summary).toMatch(/^Role ml-train cannot download channel train from s3:\/\/acme-data\/train\//);
    expect(d.deniedRequest).toMatchObject({ action: 's3:GetObject', resource: 'arn:aws:s3:::acme-data/train/part-00000.parquet' });
  });

  it.each([
    ['the object', 'ClientError: Data download failed:Unable to download object s3://acme-data/train/part-0.parquet (AccessDenied: Access Denied)', 's3:GetObject'],
    ['a prefix the job reads', 'ClientError: Data download failed:Failed to download data. AccessDenied (403): Access Denied s3://acme-data/train/', 's3:GetObject'],
  ])('every readable policy allows it (%s): the denied request still names the action the job makes there, never ecr:GetAuthorizationToken on *', async (_what, failureReason, action) => {
    const d = await diagnose(buildBundle({ job: { failureReason, transitions: failedDuring('Downloading') } }));
    expect(d.checks.every((c) => c.status === 'pass')).toBe(true);
    expect(d.confidence).toBe('likely');
    expect(d.deniedRequest?.action).toBe(action);
  });

  it('a resource no request of the job touches keeps no invented action', async () => {
    const d = await diagnose(buildBundle({ job: { failureReason: 'ClientError: Artifact upload failed:Insufficient permissions to write to s3://elsewhere-bucket/out/ (AccessDenied)' } }));
    expect(d.deniedRequest).toEqual({ resource: 'arn:aws:s3:::elsewhere-bucket/out/' });
  });
});

describe('a subnet without a route to S3 is no denial', () => {
  it('says the job could not reach S3 and what it could not do, and names no denied request', async () => {
    const { network, VPC_JOB } = await import('./test-support/network');
    const d = await diagnose(
      buildBundle({
        job: { ...VPC_JOB, failureReason: "ClientError: Data download failed:Please ensure that the subnet's route table has a route to an S3 VPC endpoint or a NAT device, and both the security groups and the subnet's network ACL allow outbound traffic to S3.", transitions: failedDuring('Downloading') },
        network: network({}),
      }),
    );
    expect(d.cause).toBe('vpc');
    expect(d.summary).toMatch(/^The job cannot reach S3 from its VPC: subnet \S+ \(route table \S+\) has neither an S3 gateway endpoint nor a NAT gateway route, so SageMaker could not download its input data\.$/);
    expect(d.summary).not.toMatch(/cannot list/);
    expect(d.deniedRequest).toBeUndefined();
  });
});
