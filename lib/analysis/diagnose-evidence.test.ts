import { describe, expect, it } from 'vitest';
import type { Diagnosis } from './diagnosis';
import { diagnose } from './diagnose';
import { ACCOUNT, buildBundle, FULL_ACCESS, key, OTHER_ACCOUNT, rootKeyPolicy } from './test-support/bundle';
import { network, VPC_JOB } from './test-support/network';
import { absent, allow, doc, inline, ok } from './test-support/policies';
import type { NamedPolicy } from './evidence';

const status = (d: Diagnosis, id: string) => d.checks.find((c) => c.id === id)?.status;
const withoutGetObject = [inline('p', doc(...(FULL_ACCESS.Statement as Record<string, unknown>[]).filter((s) => s.Resource !== 'arn:aws:s3:::acme-data/*')))];

/** Missing evidence never passes a check: it makes it unknown, says what is missing and what the dashboard needs. */
describe('diagnose: missing evidence', () => {
  it('a role the dashboard may not read (iam:GetRole denied): every role check is unknown and names iam:GetRole', async () => {
    const d = await diagnose(buildBundle({ role: absent('access-denied', 'iam:GetRole') }));
    expect(d.checks.length).toBeGreaterThan(5);
    expect(d.checks.every((c) => c.status === 'unknown')).toBe(true);
    for (const c of d.checks) expect(c.missing?.[0]).toMatchObject({ dashboardNeeds: 'iam:GetRole', because: 'the dashboard was denied iam:GetRole' });
    expect(d.missingEvidence).toContainEqual({ what: 'role ml-train', because: 'the dashboard was denied iam:GetRole', dashboardNeeds: 'iam:GetRole' });
    expect(d.cause).toBe('s3-read');
    expect(d.confidence).toBe('likely');
    expect(d.fixes).toEqual([]);
    expect(d.summary).toMatch(/could not be read/);
  });

  it('one unreadable managed policy: an allow is not trusted (it could deny), and a denial is not proven (it could allow)', async () => {
    const unreadable: NamedPolicy = { kind: 'managed', name: 'TeamPolicy', arn: `arn:aws:iam::${ACCOUNT}:policy/TeamPolicy`, document: absent('access-denied', 'iam:GetPolicyVersion') };
    const d = await diagnose(buildBundle({ identity: [...withoutGetObject, unreadable] }));
    expect(status(d, 'input-train-s3-listbucket')).toBe('unknown');
    expect(status(d, 'input-train-s3-getobject')).toBe('unknown');
    expect(d.checks.find((c) => c.id === 'input-train-s3-getobject')?.missing).toContainEqual({ what: 'policy TeamPolicy of role ml-train', dashboardNeeds: 'iam:GetPolicyVersion', because: 'the dashboard was denied iam:GetPolicyVersion' });
    expect(d.confidence).toBe('likely');
  });

  it('an explicit deny is proven even with a policy missing elsewhere', async () => {
    const unreadable: NamedPolicy = { kind: 'inline', name: 'extra', document: absent('throttled', 'iam:GetRolePolicy') };
    const policy = ok(doc({ Sid: 'NoTrain', Effect: 'Deny', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-data/train/*' }));
    const d = await diagnose(buildBundle({ identity: [...withoutGetObject, unreadable], buckets: { 'acme-data': { policy } } }));
    expect(status(d, 'input-train-s3-getobject')).toBe('fail');
    expect(d.cause).toBe('bucket-policy');
    expect(d.confidence).toBe('confirmed');
    expect(d.decidedBy).toMatchObject({ policyType: 'bucket-policy', statementId: 'NoTrain', denialType: 'explicit' });
  });

  it('cross-account bucket (GetBucketPolicy 405), identity allows: unknown, text decides as likely, owner\u2019s statement offered unverified', async () => {
    const d = await diagnose(buildBundle({ buckets: { 'acme-data': { policy: absent('cross-account', 's3:GetBucketPolicy') } } }));
    expect(status(d, 'input-train-s3-getobject')).toBe('unknown');
    expect(d.cause).toBe('s3-read');
    expect(d.confidence).toBe('likely');
    expect(d.missingEvidence[0]).toMatchObject({ what: 'the bucket policy of acme-data' });
    const fix = d.fixes.find((f) => f.target === 'bucket-policy');
    expect(fix).toMatchObject({ verified: false, crossAccount: true });
    // S3's 405 does not name the owner: no account id is made up for it.
    expect(fix?.accountId).toBeUndefined();
    expect(fix?.notes?.join(' ')).toMatch(/another account \(S3 did not say which\): its owner must add this statement/);
    expect(fix?.changedStatements?.[0]).toMatchObject({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/ml-train` } });
  });

  it('cross-account bucket (405), identity lacks s3:GetObject: proven from the identity side; both sides offered, unverified', async () => {
    const d = await diagnose(buildBundle({ identity: withoutGetObject, buckets: { 'acme-data': { policy: absent('cross-account', 's3:GetBucketPolicy') } } }));
    expect(status(d, 'input-train-s3-getobject')).toBe('fail');
    expect(d.cause).toBe('s3-read');
    expect(d.confidence).toBe('confirmed');
    expect(d.fixes.map((f) => [f.target, f.verified])).toEqual(expect.arrayContaining([['role-inline-policy', false], ['bucket-policy', false]]));
  });

  it('cross-account KMS key (GetKeyPolicy unavailable): decrypt is unknown; the key owner\u2019s statement names their account', async () => {
    const keyArn = `arn:aws:kms:us-east-1:${OTHER_ACCOUNT}:key/k-1`;
    const d = await diagnose(buildBundle({
      buckets: { 'acme-data': { encryption: ok({ algorithm: 'aws:kms', kmsKeyId: keyArn }) } },
      keys: { [keyArn]: { ...key('k-1', absent('cross-account', 'kms:GetKeyPolicy'), OTHER_ACCOUNT), ref: keyArn } },
    }));
    expect(status(d, 'input-train-kms-decrypt')).toBe('unknown');
    const fix = d.fixes.find((f) => f.target === 'key-policy');
    expect(fix).toMatchObject({ verified: false, crossAccount: true, accountId: OTHER_ACCOUNT });
    expect(fix?.notes?.join(' ')).toMatch(new RegExp(`account ${OTHER_ACCOUNT}: its owner must add this statement`));
  });

  it('route tables the dashboard may not read: the S3 checks are unknown, naming ec2:DescribeRouteTables', async () => {
    const d = await diagnose(buildBundle({
      job: VPC_JOB,
      network: { vpcId: 'vpc-1', subnets: ok([]), routeTables: absent('access-denied', 'ec2:DescribeRouteTables'), endpoints: ok([]), securityGroups: ok([]) },
    }));
    expect(status(d, 'input-train-s3-getobject')).toBe('unknown');
    expect(d.missingEvidence).toContainEqual(expect.objectContaining({ dashboardNeeds: 'ec2:DescribeRouteTables' }));
    expect(status(d, 'network-ec2-createnetworkinterface')).toBe('pass');
  });

  it('an unreadable permissions boundary keeps allowed checks unknown', async () => {
    const d = await diagnose(buildBundle({ role: ok({ arn: `arn:aws:iam::${ACCOUNT}:role/ml-train`, name: 'ml-train', trustPolicy: ok(doc({ Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' }, Action: 'sts:AssumeRole' })), identityPolicies: ok([inline('p', doc(allow('*', '*')))]), boundary: absent('access-denied', 'iam:GetPolicy') }) }));
    expect(status(d, 'input-train-s3-getobject')).toBe('unknown');
    expect(status(d, 'assume-role-sts-assumerole')).toBe('pass');
  });

  it('a VPC whose default route goes to a transit gateway: S3 checks unknown with the reason, no route fix claimed', async () => {
    const n = network({});
    const routeTables = n.routeTables.ok ? ok(n.routeTables.value.map((t) => ({ ...t, routes: [...t.routes, { destinationCidr: '0.0.0.0/0', transitGatewayId: 'tgw-0egress' }] }))) : n.routeTables;
    const d = await diagnose(buildBundle({ job: VPC_JOB, network: { ...n, routeTables } }));
    expect(status(d, 'input-train-s3-getobject')).toBe('unknown');
    expect(d.checks.find((c) => c.id === 'input-train-s3-getobject')?.missing?.[0]?.because).toMatch(/tgw-0egress/);
    expect(d.fixes.some((f) => f.target === 'route-table')).toBe(false);
    expect(d.confidence).not.toBe('confirmed');
  });

  it('an unread bucket default encryption: object reads are unknown (SSE-KMS would need the key too), a proven identity gap still fails', async () => {
    const encryption = absent<null>('access-denied', 's3:GetEncryptionConfiguration');
    const allowed = await diagnose(buildBundle({ buckets: { 'acme-data': { encryption } } }));
    expect(status(allowed, 'input-train-s3-getobject')).toBe('unknown');
    expect(allowed.checks.find((c) => c.id === 'input-train-s3-getobject')?.missing?.[0]).toMatchObject({ dashboardNeeds: 's3:GetEncryptionConfiguration', because: expect.stringMatching(/SSE-KMS/) });
    expect(status(allowed, 'input-train-s3-listbucket')).toBe('pass');
    const denied = await diagnose(buildBundle({ identity: withoutGetObject, buckets: { 'acme-data': { encryption } } }));
    expect(status(denied, 'input-train-s3-getobject')).toBe('fail');
  });

  it('a bucket that does not exist says so, in AWS\'s words, rather than "found nothing"', async () => {
    const missing = absent<null>('not-found', 's3:GetBucketPolicy', 'NoSuchBucket: The specified bucket does not exist');
    const d = await diagnose(buildBundle({ buckets: { 'acme-data': { policy: missing } } }));
    expect(d.checks.find((c) => c.id === 'input-train-s3-getobject')?.missing?.[0]?.because).toBe('s3:GetBucketPolicy found nothing: NoSuchBucket: The specified bucket does not exist');
  });
});

describe('diagnose: unreadable evidence is always listed', () => {
  it.each([
    { name: 'logs refused (logs:FilterLogEvents)', piece: 'logs', action: 'logs:FilterLogEvents', what: "the job's logs" },
    { name: 'subnets refused (ec2:DescribeSubnets)', piece: 'subnets', action: 'ec2:DescribeSubnets', what: "the subnets of the job's VPC configuration" },
    { name: 'security groups refused (ec2:DescribeSecurityGroups)', piece: 'securityGroups', action: 'ec2:DescribeSecurityGroups', what: "the security groups of the job's VPC configuration" },
  ])('$name: in missingEvidence, naming the permission', async ({ piece, action, what }) => {
    const net = network({ endpointRoute: true });
    const bundle = buildBundle({ job: VPC_JOB, network: piece === 'logs' ? net : { ...net, [piece]: absent('access-denied', action) } });
    if (piece === 'logs') bundle.logs = absent('access-denied', action);
    const d = await diagnose(bundle);
    expect(d.missingEvidence).toContainEqual({ what, because: `the dashboard was denied ${action}`, dashboardNeeds: action });
  });

  it('a job with no log streams says the logs were not found (nothing to go to)', async () => {
    const bundle = buildBundle();
    bundle.logs = absent('not-found', 'logs:DescribeLogStreams', 'no log streams with the prefix train-1/');
    const d = await diagnose(bundle);
    expect(d.missingEvidence).toContainEqual(expect.objectContaining({ what: "the job's logs", because: expect.stringMatching(/found nothing/) }));
  });

  it("a key's aliases refused (kms:ListAliases): listed; another account's key, whose aliases are never listable: not", async () => {
    const own = key('k-own', rootKeyPolicy());
    const foreign = key('k-foreign', rootKeyPolicy(OTHER_ACCOUNT), OTHER_ACCOUNT);
    const bundle = buildBundle({ keys: { 'k-own': { ...own, aliases: absent('access-denied', 'kms:ListAliases') }, 'k-foreign': { ...foreign, aliases: absent('cross-account', 'kms:ListAliases') } } });
    const d = await diagnose(bundle);
    const ownArn = own.metadata.ok ? own.metadata.value.arn : '';
    expect(d.missingEvidence).toContainEqual({ what: `the aliases of KMS key ${ownArn}`, because: 'the dashboard was denied kms:ListAliases', dashboardNeeds: 'kms:ListAliases' });
    expect(d.missingEvidence.map((m) => m.what).filter((w) => w.startsWith('the aliases of'))).toHaveLength(1);
  });

  it('one key the job names twice (by alias and by ARN) is listed once when its aliases could not be read', async () => {
    const own = key('k-own', rootKeyPolicy());
    const arn = own.metadata.ok ? own.metadata.value.arn : '';
    const refused = { ...own, aliases: absent<string[]>('access-denied', 'kms:ListAliases') };
    const d = await diagnose(buildBundle({ keys: { 'alias/models': { ...refused, ref: 'alias/models' }, [arn]: { ...refused, ref: arn } } }));
    expect(d.missingEvidence.filter((m) => m.what.startsWith('the aliases of'))).toEqual([{ what: `the aliases of KMS key ${arn}`, because: 'the dashboard was denied kms:ListAliases', dashboardNeeds: 'kms:ListAliases' }]);
  });

  it('readable logs and network add nothing', async () => {
    const d = await diagnose(buildBundle({ job: VPC_JOB, network: network({ endpointRoute: true }) }));
    expect(d.missingEvidence).toEqual([]);
  });
});
