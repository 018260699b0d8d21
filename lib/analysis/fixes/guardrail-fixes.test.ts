import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose';
import type { Diagnosis, Fix } from '../diagnosis';
import type { NamedPolicy, NetworkEvidence, Piece, PolicyDocument, RoleEvidence } from '../evidence';
import { ACCOUNT, type BucketSpec, buildBundle, FULL_ACCESS, key, OTHER_ACCOUNT, rootKeyPolicy, ROLE_ARN } from '../test-support/bundle';
import { network, S3_ENDPOINT, SUBNET, TABLE, VPC, VPC_JOB } from '../test-support/network';
import { absent, allow, deny, doc, inline, managed, ok, SAGEMAKER_TRUST } from '../test-support/policies';
import { rolesToRead } from './approved-roles';
import { SUBNET_PLACEHOLDER } from './job-config-fixes';

/**
 * An explicit deny is someone's control: the fix that complies with it (a change to the job's own
 * configuration) comes first, an exemption only last and never for the principal the deny names.
 */

const OTHER_ROLE = `arn:aws:iam::${ACCOUNT}:role/pii-approved-role`;
const DATA = ['arn:aws:s3:::acme-data', 'arn:aws:s3:::acme-data/*'];

function jobConfig(d: Diagnosis): Fix {
  const fix = d.fixes.find((f) => f.target === 'job-config');
  if (!fix) throw new Error(`no job-config fix among ${d.fixes.map((f) => f.title).join('; ')}`);
  return fix;
}

describe('a deny that names the job\'s role', () => {
  const denyRole = { Sid: 'DenyContractorsPii', ...deny('s3:GetObject', 'arn:aws:s3:::acme-data/train/*', { Principal: { AWS: ROLE_ARN } }) };

  it('is never answered with an exemption of that role: the job runs as another role', async () => {
    const d = await diagnose(buildBundle({ buckets: { 'acme-data': { policy: ok(doc(denyRole)) } } }));
    expect(d.fixes.some((f) => f.kind === 'exception')).toBe(false);
    const fix = d.fixes[0];
    expect(fix?.target).toBe('job-config');
    expect(fix?.kind).toBe('compliant');
    expect(fix?.appliedBy).toBe('whoever starts the job');
    expect(fix?.jobConfig?.fields).toEqual({ RoleArn: `arn:aws:iam::${ACCOUNT}:role/APPROVED-ROLE-NAME` });
    expect(fix?.jobConfig?.estimatorArgs).toEqual({ role: `'arn:aws:iam::${ACCOUNT}:role/APPROVED-ROLE-NAME'` });
    // Another role's policies were never read: offered, honestly unverified.
    expect(fix?.verified).toBe(false);
    expect(fix?.notes?.some((n) => n.startsWith('Not verified: the policies of APPROVED-ROLE-NAME'))).toBe(true);
  });

  it('names the role the same policy already allows, when there is one', async () => {
    const allowOther = { Sid: 'ApprovedRoleReads', Effect: 'Allow', Principal: { AWS: OTHER_ROLE }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-data/train/*' };
    const d = await diagnose(buildBundle({ buckets: { 'acme-data': { policy: ok(doc(denyRole, allowOther)) } } }));
    expect(jobConfig(d).jobConfig?.fields).toEqual({ RoleArn: OTHER_ROLE });
    expect(jobConfig(d).title).toBe('Start the job again with role pii-approved-role');
  });
});

describe('a deny on every role but those with a tag (StringNotEquals aws:PrincipalTag)', () => {
  const denyUntagged = { Sid: 'DenyOutsideFraudTeam', ...deny('s3:GetObject', 'arn:aws:s3:::acme-data/*', { Principal: '*', Condition: { StringNotEquals: { 'aws:PrincipalTag/team': ['fraud', 'risk'] } } }) };

  it('asks for a role carrying the tag it spares, never exempting this one first', async () => {
    const d = await diagnose(buildBundle({ roleTags: { team: 'growth' }, buckets: { 'acme-data': { policy: ok(doc(denyUntagged)) } } }));
    expect(d.cause).toBe('bucket-policy');
    expect(d.fixes.map((f) => f.kind)).toEqual(['compliant', 'exception']);
    const fix = jobConfig(d);
    expect(fix.jobConfig?.fields).toEqual({ RoleArn: `arn:aws:iam::${ACCOUNT}:role/APPROVED-ROLE-NAME` });
    // Re-simulated as a role carrying the spared tag; its policies unread, so honestly unverified.
    expect(fix.verified).toBe(false);
    expect(fix.notes).toContain('Not verified: the policies of APPROVED-ROLE-NAME were not read; re-simulation only shows that the bucket policy of acme-data no longer denies the job when its role is tagged team = fraud.');
    expect(fix.notes).toContain('"DenyOutsideFraudTeam" spares roles tagged team = fraud or risk: the approved role is one that carries that tag. Which role that is, and whether this one should be tagged, is for the policy\u2019s owner to say: replace APPROVED-ROLE-NAME with it.');
  });

  it('is no verdict at all for a role that carries the tag', async () => {
    const d = await diagnose(buildBundle({ roleTags: { team: 'risk' }, buckets: { 'acme-data': { policy: ok(doc(denyUntagged)) } } }));
    expect(d.checks.filter((c) => c.status === 'fail')).toEqual([]);
    expect(d.fixes).toEqual([]);
  });
});

describe('a deny on everyone but one role (StringNotEquals aws:PrincipalArn)', () => {
  const ADMIN = `arn:aws:iam::${ACCOUNT}:role/data-platform-admin`;
  const denyOthers = { Sid: 'DenyReadsOutsideDataTeam', ...deny('s3:GetObject', 'arn:aws:s3:::acme-data/*', { Principal: '*', Condition: { StringNotEquals: { 'aws:PrincipalArn': ADMIN } } }) };

  it('is complied with first by running as the role it spares; the exemption comes last', async () => {
    const d = await diagnose(buildBundle({ buckets: { 'acme-data': { policy: ok(doc(denyOthers)) } } }));
    expect(d.cause).toBe('bucket-policy');
    expect(d.fixes.map((f) => f.kind)).toEqual(['compliant', 'exception']);
    const fix = jobConfig(d);
    expect(fix.jobConfig?.fields).toEqual({ RoleArn: ADMIN });
    expect(fix.title).toBe('Start the job again with role data-platform-admin');
    expect(fix.notes).toContain('"DenyReadsOutsideDataTeam" itself spares data-platform-admin: that is the role its owner approved.');
    expect(fix.verified).toBe(false);
  });

  it('never names a role the deny still covers, even one the same policy allows', async () => {
    const allowOther = { Sid: 'OtherRoleReads', Effect: 'Allow', Principal: { AWS: OTHER_ROLE }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-data/*' };
    const d = await diagnose(buildBundle({ buckets: { 'acme-data': { policy: ok(doc(allowOther, denyOthers)) } } }));
    expect(jobConfig(d).jobConfig?.fields).toEqual({ RoleArn: ADMIN });
    expect(JSON.stringify(d.fixes.map((f) => f.jobConfig))).not.toContain(OTHER_ROLE);
  });

  it('names the role it spares as the one to read beside the job\'s (and not the role it still covers)', () => {
    const allowOther = { Sid: 'OtherRoleReads', Effect: 'Allow', Principal: { AWS: OTHER_ROLE }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-data/*' };
    expect(rolesToRead(buildBundle({ buckets: { 'acme-data': { policy: ok(doc(allowOther, denyOthers)) } } }))).toEqual([ADMIN]);
    expect(rolesToRead(buildBundle({}))).toEqual([]);
  });

  it('reads the role an Allow names beside an s3:* deny of the job role, a NotPrincipal-spared one, and none of another account', () => {
    const ingest = `arn:aws:iam::${ACCOUNT}:role/ingest`;
    const foreign = `arn:aws:iam::${OTHER_ACCOUNT}:role/ingest`;
    const allowBoth = { Sid: 'IngestReads', Effect: 'Allow', Principal: { AWS: [ingest, foreign] }, Action: ['s3:GetObject', 's3:ListBucket'], Resource: DATA };
    const denyJob = { Sid: 'DenyTraining', ...deny('s3:*', DATA, { Principal: { AWS: ROLE_ARN } }) };
    expect(rolesToRead(buildBundle({ buckets: { 'acme-data': { policy: ok(doc(allowBoth, denyJob)) } } }))).toEqual([ingest]);
    const loader = `arn:aws:iam::${ACCOUNT}:role/data-loader`;
    const spares = { Sid: 'DenyAllButLoader', Effect: 'Deny', NotPrincipal: { AWS: [`arn:aws:sts::${ACCOUNT}:assumed-role/data-loader/SageMaker`, loader, `arn:aws:iam::${ACCOUNT}:root`] }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-data/*' };
    expect(rolesToRead(buildBundle({ buckets: { 'acme-data': { policy: ok(doc(spares)) } } }))).toEqual([loader]);
  });

  const adminRole = (identity: NamedPolicy[]): Piece<RoleEvidence> =>
    ok({ arn: ADMIN, name: 'data-platform-admin', trustPolicy: ok(SAGEMAKER_TRUST), identityPolicies: ok(identity), boundary: ok(null) });

  it("read beside the job's, the role it spares is re-simulated as the job's role: the change is verified", async () => {
    const bundle = { ...buildBundle({ buckets: { 'acme-data': { policy: ok(doc(denyOthers)) } } }), otherRoles: { [ADMIN]: adminRole([inline('admin-access', FULL_ACCESS)]) } };
    const fix = jobConfig(await diagnose(bundle));
    expect(fix.jobConfig?.fields).toEqual({ RoleArn: ADMIN });
    expect(fix.verified).toBe(true);
    expect(fix.notes?.join(' ')).not.toMatch(/Not verified/);
  });

  it('a spared role that lacks what the job needs is not offered as verified', async () => {
    const readsOnly = doc(allow('s3:GetObject', 'arn:aws:s3:::acme-data/*'));
    const bundle = { ...buildBundle({ buckets: { 'acme-data': { policy: ok(doc(denyOthers)) } } }), otherRoles: { [ADMIN]: adminRole([inline('admin-access', readsOnly)]) } };
    const d = await diagnose(bundle);
    expect(d.fixes.filter((f) => f.target === 'job-config' && f.verified)).toEqual([]);
  });

  it('a spared role read in part: unverified, naming the policy that could not be read', async () => {
    const denied = { kind: 'inline' as const, name: 'admin-access', document: absent<PolicyDocument>('access-denied', 'iam:GetRolePolicy', 'AccessDenied on iam:GetRolePolicy') };
    const bundle = { ...buildBundle({ buckets: { 'acme-data': { policy: ok(doc(denyOthers)) } } }), otherRoles: { [ADMIN]: adminRole([denied]) } };
    const fix = jobConfig(await diagnose(bundle));
    expect(fix.verified).toBe(false);
    expect(fix.notes).toContain('Not verified: some policies of data-platform-admin could not be read (policy admin-access: the dashboard was denied iam:GetRolePolicy); re-simulation only shows that the bucket policy of acme-data no longer denies the job.');
  });

  it('a spared role whose trust policy and boundary were refused alike: the reason once, in the dashboard\u2019s words', async () => {
    const refused = absent<never>('access-denied', 'iam:GetRole', 'User: arn:aws:sts::111122223333:assumed-role/JobtriageRead/x is not authorized to perform: iam:GetRole');
    const role = adminRole([inline('admin-access', FULL_ACCESS)]);
    const bundle = { ...buildBundle({ buckets: { 'acme-data': { policy: ok(doc(denyOthers)) } } }), otherRoles: { [ADMIN]: role.ok ? ok({ ...role.value, trustPolicy: refused, boundary: refused }) : role } };
    const note = jobConfig(await diagnose(bundle)).notes?.find((n) => n.startsWith('Not verified')) ?? '';
    expect(note).toContain('(trust policy and boundary: the dashboard was denied iam:GetRole)');
    expect(note).not.toContain('is not authorized to perform');
  });

  it('a spared role that could not be read: unverified, saying why', async () => {
    const missing = { ok: false as const, missing: { kind: 'not-found' as const, action: 'iam:GetRole', resource: ADMIN, message: 'role data-platform-admin does not exist' } };
    const bundle = { ...buildBundle({ buckets: { 'acme-data': { policy: ok(doc(denyOthers)) } } }), otherRoles: { [ADMIN]: missing } };
    const fix = jobConfig(await diagnose(bundle));
    expect(fix.verified).toBe(false);
    expect(fix.notes).toContain('Not verified: the policies of data-platform-admin were not read (the role: iam:GetRole found nothing: role data-platform-admin does not exist); re-simulation only shows that the bucket policy of acme-data no longer denies the job.');
  });
});

describe('a NotPrincipal deny (the IAM guide\'s shapes)', () => {
  const LOADER = `arn:aws:iam::${ACCOUNT}:role/data-loader`;
  const npDeny = (listed: string[]) => ({ Sid: 'DenyAllButLoader', Effect: 'Deny', NotPrincipal: { AWS: listed }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-data/*' });
  const diagnoseWith = (listed: string[]) => diagnose(buildBundle({ buckets: { 'acme-data': { policy: ok(doc(npDeny(listed))) } } }));

  it('that spares one named session of another role spares no training job: only the labelled exception, no other role suggested', async () => {
    const d = await diagnoseWith([`arn:aws:sts::${ACCOUNT}:assumed-role/data-loader/loader-session`, LOADER, `arn:aws:iam::${ACCOUNT}:root`]);
    expect(d.cause).toBe('bucket-policy');
    expect(d.fixes.map((f) => f.kind)).toEqual(['exception']);
    expect(d.fixes[0]?.notes?.join(' ')).not.toMatch(/a role the deny does not cover|another role/);
  });

  it('that lists only the account spares no role of it: no other role suggested', async () => {
    const d = await diagnoseWith([`arn:aws:iam::${ACCOUNT}:root`]);
    expect(d.cause).toBe('bucket-policy');
    expect(d.fixes.some((f) => f.target === 'job-config')).toBe(false);
    expect(d.fixes.map((f) => f.notes?.join(' ')).join(' ')).not.toMatch(/a role the deny does not cover|another role/);
  });

  it("that spares another role's SageMaker session, with the role and its account: run the job as that role first", async () => {
    const d = await diagnoseWith([`arn:aws:sts::${ACCOUNT}:assumed-role/data-loader/SageMaker`, LOADER, `arn:aws:iam::${ACCOUNT}:root`]);
    expect(d.fixes.map((f) => f.kind)).toEqual(['compliant', 'exception']);
    expect(jobConfig(d).jobConfig?.fields).toEqual({ RoleArn: LOADER });
    expect(jobConfig(d).notes).toContain('"DenyAllButLoader" itself spares data-loader: that is the role its owner approved.');
  });
});

describe('a deny on every principal outside a VPC endpoint (aws:SourceVpce)', () => {
  const vpceOnly = { Sid: 'DenyOutsideVpce', ...deny('s3:*', DATA, { Principal: '*', Condition: { StringNotEquals: { 'aws:SourceVpce': S3_ENDPOINT } } }) };

  it('a job outside any VPC: first run it in subnets routed to the endpoint; the exemption is the last fix and suggests no other role', async () => {
    const d = await diagnose(buildBundle({ buckets: { 'acme-data': { policy: ok(doc(vpceOnly)) } } }));
    const first = d.fixes[0];
    expect(first?.target).toBe('job-config');
    expect(first?.jobConfig?.fields).toEqual({ VpcConfig: { Subnets: [SUBNET_PLACEHOLDER], SecurityGroupIds: ['sg-XXXXXXXX'] } });
    expect(first?.jobConfig?.estimatorArgs).toEqual({ subnets: `['${SUBNET_PLACEHOLDER}']`, security_group_ids: "['sg-XXXXXXXX']" });
    // The endpoint's own policy was never read (the job has no network evidence).
    expect(first?.verified).toBe(false);
    const last = d.fixes[d.fixes.length - 1];
    expect(last?.kind).toBe('exception');
    expect(last?.notes?.join(' ')).not.toMatch(/another role|a role the deny does not cover/);
    expect(d.fixes.filter((f) => f.kind === 'exception')).toHaveLength(1);
  });

  it('a VPC job whose subnet goes through NAT: the subnets whose route table uses the endpoint are named, and the change is verified', async () => {
    const base = network({ nat: true, endpoint: true });
    const routed: NetworkEvidence = {
      ...base,
      subnets: ok([...(base.subnets.ok ? base.subnets.value : []), { id: 'subnet-0b2', vpcId: VPC }]),
      routeTables: ok([...(base.routeTables.ok ? base.routeTables.value : []), { id: 'rtb-0b2', vpcId: VPC, subnetIds: ['subnet-0b2'], main: false, routes: [] }]),
      endpoints: ok((base.endpoints.ok ? base.endpoints.value : []).map((e) => ({ ...e, routeTableIds: ['rtb-0b2'] }))),
    };
    const d = await diagnose(buildBundle({ job: VPC_JOB, network: routed, buckets: { 'acme-data': { policy: ok(doc(vpceOnly)) } } }));
    const fix = jobConfig(d);
    expect(d.fixes[0]).toBe(fix);
    expect(fix.jobConfig?.fields).toEqual({ VpcConfig: { Subnets: ['subnet-0b2'], SecurityGroupIds: ['sg-0a1'] } });
    expect(fix.verified).toBe(true);
    expect(TABLE).not.toBe('rtb-0b2');
  });

  it('a job moved into a VPC comes with the grant of the ec2 requests VPC mode makes, re-simulated together, when the role lacks them', async () => {
    const noEc2 = { ...FULL_ACCESS, Statement: (FULL_ACCESS.Statement as { Action: unknown }[]).filter((st) => !JSON.stringify(st.Action).includes('ec2:')) };
    const d = await diagnose(buildBundle({ identity: [inline('train-access', noEc2)], buckets: { 'acme-data': { policy: ok(doc(vpceOnly)) } } }));
    const moved = jobConfig(d);
    const i = d.fixes.indexOf(moved);
    const grant = d.fixes[i + 1];
    expect(grant?.target).toBe('role-inline-policy');
    expect(grant?.title).toMatch(/^With that change: add inline policy jobtriage-network to role ml-train allowing ec2:CreateNetworkInterface/);
    expect(grant?.kind).toBe('grant');
    // The move itself is unverified (the endpoint's policy was not read), so is what stands or falls with it.
    expect(moved.verified).toBe(false);
    expect(grant?.verified).toBe(false);
    expect(grant?.notes).toContain(`Not verified: it is needed only with "${moved.title}", which could not be verified; re-simulated with that change, it allows every one of these requests.`);
    expect(grant?.changedStatements).toEqual([
      expect.objectContaining({ Effect: 'Allow', Resource: '*', Action: expect.arrayContaining(['ec2:CreateNetworkInterface', 'ec2:DeleteNetworkInterface', 'ec2:DescribeSubnets']) }),
    ]);
    expect(grant?.terraform).toContain('aws_iam_role_policy');
    expect(moved.applyWith).toEqual([grant?.id]);
    expect(grant?.applyWith).toEqual([moved.id]);
    expect(moved.notes?.join(' ')).toMatch(/the job would also be denied: ec2:CreateNetworkInterface, [^.]*\. Grant those too: the fix that follows does/);
    expect(grant?.notes).toContain(`Apply together with: ${moved.title}.`);
  });

  it('a role that already allows VPC mode (ec2:*) gets no extra grant', async () => {
    const d = await diagnose(buildBundle({ buckets: { 'acme-data': { policy: ok(doc(vpceOnly)) } } }));
    expect(d.fixes.map((f) => f.target)).toEqual(['job-config', 'bucket-policy']);
    expect(jobConfig(d).notes?.join(' ')).not.toMatch(/would also be denied/);
  });

  /** The job's VPC has the endpoint, but no subnet it read routes to it: the job's own subnet goes out through NAT. */
  function natOnly(endpointPolicy: PolicyDocument | null = null): NetworkEvidence {
    const base = network({ nat: true, endpoint: true, endpointPolicy });
    return { ...base, endpoints: ok((base.endpoints.ok ? base.endpoints.value : []).map((e) => ({ ...e, routeTableIds: ['rtb-other'] }))) };
  }

  it('a VPC job whose only route table sends S3 through NAT: first associate that table with the endpoint, verified against its read policy', async () => {
    const d = await diagnose(buildBundle({ job: VPC_JOB, network: natOnly(), buckets: { 'acme-data': { policy: ok(doc(vpceOnly)) } } }));
    const first = d.fixes[0];
    expect(first?.target).toBe('route-table');
    expect(first?.kind).toBe('compliant');
    expect(first?.verified).toBe(true);
    expect(first?.title).toBe(`Route the job's subnet ${SUBNET} to S3 through ${S3_ENDPOINT}: associate route table ${TABLE} with it`);
    expect(first?.cli).toContain(`modify-vpc-endpoint --region us-east-1 --vpc-endpoint-id ${S3_ENDPOINT} --add-route-table-ids ${TABLE}`);
    expect(first?.terraform).toContain('aws_vpc_endpoint_route_table_association');
    expect(first?.appliedBy).toBe(`the network administrators of account ${ACCOUNT}`);
    // The subnet placeholder stays an alternative, honestly unverified, and says what the dashboard did read.
    const moved = jobConfig(d);
    expect(moved.jobConfig?.fields).toEqual({ VpcConfig: { Subnets: [SUBNET_PLACEHOLDER], SecurityGroupIds: ['sg-0a1'] } });
    expect(moved.verified).toBe(false);
    expect(moved.notes).toContain(`No subnet the dashboard read routes to ${S3_ENDPOINT} (it is associated with route table rtb-other): replace ${SUBNET_PLACEHOLDER} with subnets whose route table is associated with ${S3_ENDPOINT}.`);
    expect(moved.notes?.join(' ')).not.toMatch(/reads subnets only for jobs|was not read/);
    expect(d.fixes.map((f) => f.kind)).toEqual(['compliant', 'compliant', 'exception']);
    for (const f of d.fixes) expect(f.notes?.join(' ')).not.toMatch(/Apply together with/);
  });

  it('a deny on aws:SourceVpc (the VPC, not an endpoint) is met through that VPC\u2019s S3 gateway endpoint: the same route-table fix first', async () => {
    const vpcOnly = { Sid: 'DenyOutsideVpc', ...deny('s3:*', DATA, { Principal: '*', Condition: { StringNotEquals: { 'aws:SourceVpc': VPC } } }) };
    const d = await diagnose(buildBundle({ job: VPC_JOB, network: natOnly(), buckets: { 'acme-data': { policy: ok(doc(vpcOnly)) } } }));
    expect(d.cause).toBe('bucket-policy');
    const first = d.fixes[0];
    expect(first?.target).toBe('route-table');
    expect(first?.kind).toBe('compliant');
    expect(first?.verified).toBe(true);
    expect(first?.cli).toContain(`--add-route-table-ids ${TABLE}`);
    expect(d.fixes.at(-1)?.kind).toBe('exception');
    expect(jobConfig(d).notes?.join(' ')).toContain(`every request that does not come from ${VPC}`);
  });

  it('with the subnets unread, the subnet placeholder says so instead of "no subnet the dashboard read routes"', async () => {
    const network: NetworkEvidence = { ...natOnly(), subnets: absent('access-denied', 'ec2:DescribeSubnets') };
    const d = await diagnose(buildBundle({ job: VPC_JOB, network, buckets: { 'acme-data': { policy: ok(doc(vpceOnly)) } } }));
    const notes = jobConfig(d).notes?.join(' ') ?? '';
    expect(notes).toContain(`The dashboard could not read the VPC's subnets, so it cannot name the subnets that route to ${S3_ENDPOINT}`);
    expect(notes).not.toMatch(/No subnet the dashboard read/);
  });

  it("is not offered when the endpoint's own policy would deny the job's requests through it", async () => {
    const otherBucketOnly = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::acme-other/*' }] };
    const d = await diagnose(buildBundle({ job: VPC_JOB, network: natOnly(otherBucketOnly), buckets: { 'acme-data': { policy: ok(doc(vpceOnly)) } } }));
    // Through the endpoint the job would still be denied: neither way through it is offered, only the labelled exception.
    expect(d.fixes.map((f) => `${f.kind}:${f.target}`)).toEqual(['exception:bucket-policy']);
  });

  it('is not offered when the route table already uses another S3 gateway endpoint (AWS takes one per table)', async () => {
    const base = natOnly();
    const other = { id: 'vpce-0other', vpcId: VPC, serviceName: 'com.amazonaws.us-east-1.s3', type: 'Gateway', routeTableIds: [TABLE], subnetIds: [], policy: ok(null) };
    const taken: NetworkEvidence = { ...base, endpoints: ok([...(base.endpoints.ok ? base.endpoints.value : []), other]) };
    const d = await diagnose(buildBundle({ job: VPC_JOB, network: taken, buckets: { 'acme-data': { policy: ok(doc(vpceOnly)) } } }));
    expect(d.cause).toBe('bucket-policy');
    expect(d.fixes.some((f) => f.target === 'route-table')).toBe(false);
  });

  it("an endpoint outside the job's VPC: the new subnets and security groups are both to be chosen in its VPC", async () => {
    const elsewhere = { Sid: 'DenyOutsideVpce', ...deny('s3:*', DATA, { Principal: '*', Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-0elsewhere' } } }) };
    const d = await diagnose(buildBundle({ job: VPC_JOB, network: natOnly(), buckets: { 'acme-data': { policy: ok(doc(elsewhere)) } } }));
    const moved = jobConfig(d);
    expect(moved.jobConfig?.fields).toEqual({ VpcConfig: { Subnets: [SUBNET_PLACEHOLDER], SecurityGroupIds: ['sg-XXXXXXXX'] } });
    expect(moved.notes?.join(' ')).toContain(`vpce-0elsewhere is not among the endpoints the dashboard read in the job's VPC ${VPC}`);
    expect(moved.verified).toBe(false);
    expect(d.fixes.some((f) => f.target === 'route-table')).toBe(false);
  });

  it('is not offered when the job runs on subnets of two route tables', async () => {
    const base = natOnly();
    const two: NetworkEvidence = {
      ...base,
      subnets: ok([...(base.subnets.ok ? base.subnets.value : []), { id: 'subnet-0b2', vpcId: VPC }]),
      routeTables: ok([...(base.routeTables.ok ? base.routeTables.value : []), { id: 'rtb-0b2', vpcId: VPC, subnetIds: ['subnet-0b2'], main: false, routes: [{ destinationCidr: '0.0.0.0/0', natGatewayId: 'nat-0123' }] }]),
    };
    const job = { vpc: { subnetIds: [SUBNET, 'subnet-0b2'], securityGroupIds: ['sg-0a1'] } };
    const d = await diagnose(buildBundle({ job, network: two, buckets: { 'acme-data': { policy: ok(doc(vpceOnly)) } } }));
    expect(d.cause).toBe('bucket-policy');
    expect(d.fixes.some((f) => f.target === 'route-table')).toBe(false);
  });
});

describe('a deny in the role\'s own permissions boundary that keeps S3 inside a VPC endpoint', () => {
  it('is complied with first (run through the endpoint); exempting the role from the boundary is the last, labelled exception', async () => {
    const boundaryDoc = doc({ Effect: 'Allow', Action: '*', Resource: '*' }, { Sid: 'S3OnlyThroughVpce', ...deny('s3:*', '*', { Condition: { StringNotEquals: { 'aws:SourceVpce': S3_ENDPOINT } } }) });
    const d = await diagnose(buildBundle({ boundary: managed('DataBoundary', boundaryDoc) }));
    expect(d.fixes[0]?.target).toBe('job-config');
    expect(d.fixes[0]?.jobConfig?.fields).toHaveProperty('VpcConfig');
    expect(d.fixes[0]?.notes?.[0]).toMatch(/^Permissions boundary DataBoundary denies \("S3OnlyThroughVpce"\)/);
    expect(d.fixes.map((f) => f.kind)).toEqual(['compliant', 'exception']);
    // Alternatives, not companions: neither says to apply the other too.
    for (const f of d.fixes) expect(f.notes?.join(' ')).not.toMatch(/Apply together with/);
  });
});

describe('a bucket policy that requires the output to be encrypted with a key the job does not send', () => {
  const keyArn = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
  const requireKey = {
    Sid: 'RequireModelKey',
    ...deny('s3:PutObject', 'arn:aws:s3:::acme-models/*', { Principal: '*', Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption-aws-kms-key-id': keyArn } } }),
  };

  it('sets OutputDataConfig.KmsKeyId (output_kms_key) and says custom estimators must pass it through kwargs', async () => {
    const k = { ...key('1234abcd-12ab-34cd-56ef-1234567890ab', rootKeyPolicy()), ref: keyArn };
    const d = await diagnose(buildBundle({ buckets: { 'acme-models': { policy: ok(doc(requireKey)) } }, keys: { [keyArn]: k } }));
    const fix = d.fixes[0];
    expect(fix?.target).toBe('job-config');
    expect(fix?.jobConfig).toEqual({ fields: { OutputDataConfig: { KmsKeyId: keyArn } }, estimatorArgs: { output_kms_key: `'${keyArn}'` } });
    expect(fix?.verified).toBe(true);
    expect(fix?.notes?.join(' ')).toMatch(/output_kms_key.*volume_kms_key.*EstimatorBase.*kwargs/);
    expect(fix?.cli).toContain('aws sagemaker create-training-job');
  });
});

describe('conditions from the request carry into the grant', () => {
  it('kms:CreateGrant for the volume key only for AWS resources', async () => {
    const noGrant = doc(...(FULL_ACCESS.Statement as Record<string, unknown>[]).filter((s) => !String(s.Action).includes('kms')));
    const d = await diagnose(buildBundle({ identity: [{ kind: 'inline', name: 'a', document: ok(noGrant) }], job: { resources: { volumeKmsKeyId: 'vol-key' } }, keys: { 'vol-key': key('vol-key', rootKeyPolicy()) } }));
    const grant = d.fixes.flatMap((f) => (f.changedStatements ?? []) as Record<string, unknown>[]).find((s) => s.Action === 'kms:CreateGrant');
    expect(grant?.Condition).toEqual({ Bool: { 'kms:GrantIsForAWSResource': 'true' } });
  });

  it('a key-policy grant of kms:Decrypt for S3 objects only through S3, applied by the key\'s administrators', async () => {
    const keyArn = `arn:aws:kms:us-east-1:${ACCOUNT}:key/data-key`;
    const admin = `arn:aws:iam::${ACCOUNT}:role/KeyAdmin`;
    const policy = doc({ Sid: 'Admins', Effect: 'Allow', Principal: { AWS: admin }, Action: ['kms:Put*', 'kms:Describe*'], Resource: '*' });
    const d = await diagnose(buildBundle({
      buckets: { 'acme-data': { encryption: ok({ algorithm: 'aws:kms', kmsKeyId: keyArn }) } },
      keys: { [keyArn]: { ...key('data-key', policy), ref: keyArn } },
    }));
    const fix = d.fixes.find((f) => f.target === 'key-policy');
    expect((fix?.changedStatements?.[0] as Record<string, unknown>).Condition).toEqual({ StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } });
    expect(fix?.appliedBy).toBe(`the key's administrators (${admin})`);
    expect(fix?.cli).toMatch(/^aws kms get-key-policy .* \| jq .* \| aws kms put-key-policy .*--policy file:\/\/\/dev\/stdin$/);
  });

  it("a key AWS quoted in a download's denial, another account's and unread: granted only through S3", async () => {
    const keyArn = `arn:aws:kms:us-east-1:${OTHER_ACCOUNT}:key/1b2c3d4e`;
    const failureReason = `ClientError: Data download failed:Unable to download object s3://acme-data/train/a.csv (AccessDenied: User: arn:aws:sts::${ACCOUNT}:assumed-role/ml-train/SageMaker is not authorized to perform: kms:Decrypt on resource: ${keyArn} because no resource-based policy allows the kms:Decrypt action)`;
    const foreign = { ...key('1b2c3d4e', absent('cross-account', 'kms:GetKeyPolicy'), OTHER_ACCOUNT), ref: keyArn };
    const d = await diagnose(buildBundle({ job: { failureReason }, keys: { [keyArn]: foreign } }));
    const grants = d.fixes.flatMap((f) => (f.changedStatements ?? []) as Record<string, unknown>[]).filter((s) => JSON.stringify(s.Action).includes('kms:Decrypt'));
    expect(grants.length).toBeGreaterThan(0);
    for (const g of grants) expect(g.Condition).toEqual({ StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } });
  });

  it('a key the code quoted without a stage is not assumed to be used through S3', async () => {
    const keyArn = `arn:aws:kms:us-east-1:${OTHER_ACCOUNT}:key/1b2c3d4e`;
    const failureReason = `AlgorithmError: ExecuteUserScriptError: botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the Decrypt operation: User: arn:aws:sts::${ACCOUNT}:assumed-role/ml-train/SageMaker is not authorized to perform: kms:Decrypt on resource: ${keyArn} because no resource-based policy allows the kms:Decrypt action`;
    const foreign = { ...key('1b2c3d4e', absent('cross-account', 'kms:GetKeyPolicy'), OTHER_ACCOUNT), ref: keyArn };
    const d = await diagnose(buildBundle({ job: { failureReason }, keys: { [keyArn]: foreign } }));
    const grants = d.fixes.flatMap((f) => (f.changedStatements ?? []) as Record<string, unknown>[]).filter((s) => JSON.stringify(s.Action).includes('kms:Decrypt'));
    expect(grants.length).toBeGreaterThan(0);
    for (const g of grants) expect(JSON.stringify(g.Condition ?? {})).not.toContain('kms:ViaService');
  });

  it('a SageMaker trust statement with stale source conditions is corrected in place, not joined by a new one', async () => {
    const stale = doc({ Sid: 'SageMaker', Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': '999988887777' }, ArnLike: { 'aws:SourceArn': 'arn:aws:sagemaker:us-east-1:999988887777:*' } } });
    const d = await diagnose(buildBundle({ trust: ok(stale) }));
    const fix = d.fixes.find((f) => f.target === 'trust-policy');
    const statements = (fix?.policy as { Statement: Record<string, unknown>[] }).Statement;
    expect(statements).toHaveLength(1);
    expect(statements[0]?.Condition).toEqual({ StringEquals: { 'aws:SourceAccount': ACCOUNT }, ArnLike: { 'aws:SourceArn': `arn:aws:sagemaker:us-east-1:${ACCOUNT}:*` } });
    expect(fix?.replaces).toEqual((stale.Statement as unknown[])[0]);
    expect(fix?.verified).toBe(true);
  });

  it('a trust Deny of every account but a stale one is corrected in place too, keeping it a deny of every other account', async () => {
    const allowSageMaker = { Sid: 'SageMaker', Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' }, Action: 'sts:AssumeRole' };
    const confused = { Sid: 'Confused', Effect: 'Deny', Principal: { Service: 'sagemaker.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringNotEquals: { 'aws:SourceAccount': '999988887777' } } };
    const d = await diagnose(buildBundle({ trust: ok(doc(allowSageMaker, confused)) }));
    expect(d.cause).toBe('trust-policy');
    const fix = d.fixes[0];
    expect(fix?.target).toBe('trust-policy');
    expect(fix?.kind).not.toBe('exception');
    expect(fix?.verified).toBe(true);
    expect(fix?.replaces).toEqual(confused);
    expect(fix?.changedStatements).toEqual([{ ...confused, Condition: { StringNotEquals: { 'aws:SourceAccount': ACCOUNT } } }]);
    expect(fix?.notes?.join(' ')).toMatch(/still refuses every other account's jobs/);
  });

  it('a trust policy without SageMaker gets a statement with aws:SourceAccount and aws:SourceArn', async () => {
    const ec2Only = doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' });
    const d = await diagnose(buildBundle({ trust: ok(ec2Only) }));
    const added = d.fixes.find((f) => f.target === 'trust-policy')?.changedStatements?.[0] as Record<string, unknown>;
    expect(added.Condition).toEqual({ StringEquals: { 'aws:SourceAccount': ACCOUNT }, ArnLike: { 'aws:SourceArn': `arn:aws:sagemaker:us-east-1:${ACCOUNT}:*` } });
  });
});

describe('known traps are explained on the fix', () => {
  it('AmazonSageMakerFullAccess and a bucket without "sagemaker" in its name', async () => {
    const fullAccess = { kind: 'managed' as const, name: 'AmazonSageMakerFullAccess', arn: 'arn:aws:iam::aws:policy/AmazonSageMakerFullAccess', document: ok(doc({ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: ['arn:aws:s3:::*SageMaker*/*', 'arn:aws:s3:::*sagemaker*/*'] }, { Effect: 'Allow', Action: ['s3:ListBucket', 'ecr:*', 'logs:*'], Resource: '*' })) };
    const d = await diagnose(buildBundle({ identity: [fullAccess] }));
    expect(d.fixes.find((f) => f.target === 'role-inline-policy')?.notes?.join(' ')).toMatch(/AmazonSageMakerFullAccess.*acme-data/);
  });

  it('another account\'s bucket whose objects use that account\'s aws/s3 key: propose a customer managed key', async () => {
    const d = await diagnose(buildBundle({ buckets: { 'acme-data': { ownerAccountId: OTHER_ACCOUNT, policy: absent('cross-account', 's3:GetBucketPolicy'), encryption: ok({ algorithm: 'aws:kms' }) } } }));
    const fix = d.fixes.find((f) => f.target === 'bucket-policy');
    expect(fix?.notes?.join(' ')).toMatch(/aws\/s3.*cannot grant another account.*customer managed key/);
    expect(fix?.appliedBy).toBe(`the owner of account ${OTHER_ACCOUNT}`);
    // A note opens as a sentence does.
    expect(fix?.notes).toContainEqual(expect.stringMatching(/^The bucket policy of acme-data could not be read: merge this statement/));
  });

  it("another account's bucket whose encryption could not be read: the aws/s3 trap is named as a condition, for reads only", async () => {
    const unread: BucketSpec = { ownerAccountId: OTHER_ACCOUNT, policy: absent('cross-account', 's3:GetBucketPolicy'), encryption: absent('cross-account', 's3:GetEncryptionConfiguration') };
    const d = await diagnose(buildBundle({ buckets: { 'acme-data': unread } }));
    const notes = d.fixes.find((f) => f.target === 'bucket-policy')?.notes?.join(' ');
    expect(notes).toContain(`How the objects of acme-data are encrypted could not be read here. If they use the AWS managed key aws/s3 of account ${OTHER_ACCOUNT}, no grant can make them readable`);
    expect(notes).toMatch(/customer managed key whose key policy allows role ml-train kms:Decrypt through S3/);
    // Readable encryption with a customer managed key: no trap to name.
    const cmk = await diagnose(buildBundle({ buckets: { 'acme-data': { ownerAccountId: OTHER_ACCOUNT, policy: absent('cross-account', 's3:GetBucketPolicy'), encryption: ok({ algorithm: 'AES256' }) } } }));
    expect(cmk.fixes.map((f) => f.notes?.join(' ')).join(' ')).not.toMatch(/aws\/s3/);
  });
});
