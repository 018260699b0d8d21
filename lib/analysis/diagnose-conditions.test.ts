import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';
import { buildBundle, FULL_ACCESS } from './test-support/bundle';
import { network, S3_ENDPOINT, VPC, VPC_JOB } from './test-support/network';
import { allow, deny, doc, inline, managed, ok, type Statement } from './test-support/policies';

const others = (FULL_ACCESS.Statement as Statement[]).filter((s) => !String(s.Resource).includes('acme-data'));
const input = (policy: Statement[]) => [inline('p', doc(...others, ...policy))];
const getObject = async (spec: Parameters<typeof buildBundle>[0]) => (await diagnose(buildBundle(spec))).checks.find((c) => c.id === 'input-train-s3-getobject');
const listBucket = async (spec: Parameters<typeof buildBundle>[0]) => (await diagnose(buildBundle(spec))).checks.find((c) => c.id === 'input-train-s3-listbucket');

/** The policy grammar the simulator must get right for the verdicts to be true. */
describe('diagnose: policy grammar', () => {
  it.each([
    { name: 'wildcard action and bucket pattern', policy: [allow('s3:Get*', 'arn:aws:s3:::acme-*/*')], status: 'pass' },
    { name: 'NotAction that leaves s3 allowed', policy: [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }], status: 'pass' },
    { name: 'NotAction that excludes s3', policy: [{ Effect: 'Allow', NotAction: 's3:*', Resource: '*' }], status: 'fail' },
    { name: 'NotResource that excludes the bucket', policy: [{ Effect: 'Allow', Action: 's3:*', NotResource: 'arn:aws:s3:::acme-data/*' }], status: 'fail' },
    { name: 'grant on a sibling prefix only', policy: [allow('s3:GetObject', 'arn:aws:s3:::acme-data/validation/*')], status: 'fail' },
    { name: 'grant on the whole bucket', policy: [allow('s3:GetObject', 'arn:aws:s3:::acme-data/*')], status: 'pass' },
  ])('$name: s3:GetObject $status', async ({ policy, status }) => {
    expect((await getObject({ identity: input(policy) }))?.status).toBe(status);
  });

  it.each([
    { name: 'StringLike s3:prefix on the channel prefix', cond: { StringLike: { 's3:prefix': ['train/*'] } }, status: 'pass' },
    { name: 'StringEquals s3:prefix on another prefix', cond: { StringEquals: { 's3:prefix': 'validation/' } }, status: 'fail' },
  ])('$name: s3:ListBucket $status', async ({ cond, status }) => {
    expect((await listBucket({ identity: input([allow('s3:ListBucket', 'arn:aws:s3:::acme-data', { Condition: cond }), allow('s3:GetObject', 'arn:aws:s3:::acme-data/*')]) }))?.status).toBe(status);
  });

  const vpceOnly = ok(doc({ Sid: 'DenyOutsideVpce', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::acme-data', 'arn:aws:s3:::acme-data/*'], Condition: { StringNotEquals: { 'aws:SourceVpce': S3_ENDPOINT } } }));

  it('a StringNotEquals aws:SourceVpce deny passes when the job\u2019s subnet routes S3 through that endpoint', async () => {
    const d = await diagnose(buildBundle({ job: VPC_JOB, network: network({ endpointRoute: true }), buckets: { 'acme-data': { policy: vpceOnly } } }));
    const c = d.checks.find((x) => x.id === 'input-train-s3-getobject');
    expect(c?.status).toBe('pass');
    expect(c?.request.context).toMatchObject({ 'aws:SourceVpce': S3_ENDPOINT, 'aws:SourceVpc': VPC });
  });

  it('the same deny fails a VPC job that reaches S3 through a NAT gateway (no aws:SourceVpce)', async () => {
    const d = await diagnose(buildBundle({ job: VPC_JOB, network: network({ nat: true }), buckets: { 'acme-data': { policy: vpceOnly } } }));
    expect(d.cause).toBe('bucket-policy');
    expect(d.decidedBy).toMatchObject({ statementId: 'DenyOutsideVpce', denialType: 'explicit' });
    const fix = d.fixes.find((f) => f.target === 'bucket-policy');
    expect(fix?.replaces).toMatchObject({ Sid: 'DenyOutsideVpce' });
    expect(fix?.verified).toBe(true);
    // Exempting a role from a guardrail is a decision for the policy's owner; the fix says so.
    expect(fix?.notes?.join(' ')).toMatch(/explicit deny is usually deliberate/);
  });

  // A guardrail that only tagged roles pass: the role's tags (GetRole) are its session's aws:PrincipalTag.
  const teamOnly = ok(doc({ Sid: 'DenyOutsideFraudTeam', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::acme-data', 'arn:aws:s3:::acme-data/*'], Condition: { StringNotEquals: { 'aws:PrincipalTag/team': 'fraud' } } }));

  it.each<{ name: string; tags: Record<string, string>; status: string }>([
    { name: 'a role tagged with the value the deny spares', tags: { team: 'fraud', owner: 'ml' }, status: 'pass' },
    { name: 'a role tagged with another value', tags: { team: 'growth' }, status: 'fail' },
    // IAM: a negated operator on an absent key matches, so an untagged role is denied.
    { name: 'a role without the tag', tags: {}, status: 'fail' },
  ])('a StringNotEquals aws:PrincipalTag deny: $name → s3:GetObject $status', async ({ tags, status }) => {
    const d = await diagnose(buildBundle({ roleTags: tags, buckets: { 'acme-data': { policy: teamOnly } } }));
    const c = d.checks.find((x) => x.id === 'input-train-s3-getobject');
    expect(c?.status).toBe(status);
    if (status === 'fail') expect(d.decidedBy).toMatchObject({ statementId: 'DenyOutsideFraudTeam', denialType: 'explicit' });
    else expect(d.checks.filter((x) => x.status === 'fail')).toEqual([]);
    if ('team' in tags) expect(c?.request.context).toMatchObject({ 'aws:PrincipalTag/team': tags.team });
  });

  it('the AmazonSageMakerFullAccess trap: a bucket without "sagemaker" in its name is not readable', async () => {
    // The managed policy grants S3 object access only on buckets whose names contain "sagemaker" (AWS-NOTES).
    const fullAccess = { ...managed('AmazonSageMakerFullAccess', doc(allow(['s3:GetObject', 's3:PutObject'], ['arn:aws:s3:::*SageMaker*', 'arn:aws:s3:::*Sagemaker*', 'arn:aws:s3:::*sagemaker*']), allow('s3:ListBucket', '*'), allow(['ecr:*', 'logs:*'], '*'))), arn: 'arn:aws:iam::aws:policy/AmazonSageMakerFullAccess' };
    const d = await diagnose(buildBundle({ identity: [fullAccess] }));
    expect(d.cause).toBe('s3-read');
    expect(d.checks.find((c) => c.id === 'input-train-s3-getobject')?.status).toBe('fail');
    expect(d.fixes[0]).toMatchObject({ target: 'role-inline-policy', verified: true });
  });

  it('an explicit deny that overlaps the grant wins over it', async () => {
    const c = await getObject({ identity: input([allow('s3:*', '*'), deny('s3:GetObject', 'arn:aws:s3:::acme-data/train/*')]) });
    expect(c?.status).toBe('fail');
    expect(c?.decidedBy?.denialType).toBe('explicit');
  });
});
