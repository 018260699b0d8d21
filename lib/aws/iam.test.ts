import { beforeEach, describe, expect, it } from 'vitest';
import { getRolePermissions, roleNameFromArn } from './iam';
import type { AwsClients } from './scoped-clients';
import { fakeAws } from './testing/fake-clients';
import { fakeHandler, type FakeReply, type SeenRequest } from './testing/fake-handler';

const ROLE_ARN = 'arn:aws:iam::111122223333:role/service-role/ml-train';
// IAM returns documents URL-encoded (RFC 3986); a `%` inside a value arrives as `%25`.
const encode = (doc: unknown) => encodeURIComponent(JSON.stringify(doc));
const TRUST = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringLike: { 'aws:SourceArn': 'arn:aws:sagemaker:*:111122223333:training-job/50%off*' } } }],
};
const READ = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] };
const BOUNDARY = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] };

const xml = (operation: string, result: string): FakeReply => ({
  status: 200,
  headers: { 'content-type': 'text/xml' },
  body: `<${operation}Response xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><${operation}Result>${result}</${operation}Result><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></${operation}Response>`,
});

function iamReply(req: SeenRequest): FakeReply {
  const params = new URLSearchParams(req.body);
  switch (req.operation) {
    case 'GetRole':
      return xml('GetRole', `<Role><Path>/service-role/</Path><RoleName>ml-train</RoleName><RoleId>AROAEXAMPLE</RoleId><Arn>${ROLE_ARN}</Arn><CreateDate>2024-01-01T00:00:00Z</CreateDate><AssumeRolePolicyDocument>${encode(TRUST)}</AssumeRolePolicyDocument><PermissionsBoundary><PermissionsBoundaryType>PermissionsBoundaryPolicy</PermissionsBoundaryType><PermissionsBoundaryArn>arn:aws:iam::111122223333:policy/Boundary</PermissionsBoundaryArn></PermissionsBoundary><Tags><member><Key>team</Key><Value>fraud</Value></member><member><Key>cost-center</Key><Value></Value></member></Tags></Role>`);
    case 'ListAttachedRolePolicies':
      return xml('ListAttachedRolePolicies', `<AttachedPolicies><member><PolicyName>TrainRead</PolicyName><PolicyArn>arn:aws:iam::111122223333:policy/TrainRead</PolicyArn></member></AttachedPolicies><IsTruncated>false</IsTruncated>`);
    case 'ListRolePolicies':
      return xml('ListRolePolicies', `<PolicyNames><member>good</member><member>bad-encoding</member><member>not-json</member></PolicyNames><IsTruncated>false</IsTruncated>`);
    case 'GetRolePolicy': {
      const name = params.get('PolicyName');
      const doc = name === 'good' ? encode(READ) : name === 'bad-encoding' ? '%E0%A4%A' : encodeURIComponent('{"Statement": [');
      return xml('GetRolePolicy', `<RoleName>ml-train</RoleName><PolicyName>${name}</PolicyName><PolicyDocument>${doc}</PolicyDocument>`);
    }
    case 'GetPolicy':
      return xml('GetPolicy', `<Policy><PolicyName>x</PolicyName><Arn>${params.get('PolicyArn')}</Arn><DefaultVersionId>v2</DefaultVersionId></Policy>`);
    case 'GetPolicyVersion': {
      const doc = params.get('PolicyArn')?.endsWith('/Boundary') ? BOUNDARY : READ;
      return xml('GetPolicyVersion', `<PolicyVersion><Document>${encode(doc)}</Document><VersionId>v2</VersionId><IsDefaultVersion>true</IsDefaultVersion></PolicyVersion>`);
    }
    default:
      return { status: 400, headers: { 'content-type': 'text/xml' }, body: `<ErrorResponse><Error><Type>Sender</Type><Code>InvalidAction</Code><Message>${req.operation}</Message></Error></ErrorResponse>` };
  }
}

let handler: ReturnType<typeof fakeHandler>;
let aws: AwsClients;
beforeEach(() => {
  process.env.AWS_ACCESS_KEY_ID = 'AKIDEXAMPLE';
  process.env.AWS_SECRET_ACCESS_KEY = 'test-secret';
  handler = fakeHandler(iamReply);
  aws = fakeAws(handler);
});

describe('getRolePermissions', () => {
  it('decodes every document exactly once (a literal % survives) and reads the boundary', async () => {
    const piece = await getRolePermissions(aws, ROLE_ARN);
    expect(piece.ok).toBe(true);
    if (!piece.ok) return;
    expect(piece.value.name).toBe('ml-train');
    expect(piece.value.trustPolicy).toEqual({ ok: true, value: TRUST });
    expect(piece.value.boundary).toEqual({
      ok: true,
      value: { kind: 'managed', name: 'Boundary', arn: 'arn:aws:iam::111122223333:policy/Boundary', versionId: 'v2', document: { ok: true, value: BOUNDARY } },
    });
    expect(handler.seen.find((r) => r.operation === 'GetRole')?.body).toContain('RoleName=ml-train');
    // GetRole's tags, an empty value kept: guardrails test aws:PrincipalTag values, "" included.
    expect(piece.value.tags).toEqual({ team: 'fraud', 'cost-center': '' });
    // Its RoleId: the sessions' aws:userid is `<RoleId>:<session>`.
    expect(piece.value.id).toBe('AROAEXAMPLE');
  });

  it('a bad document is one failed piece, not a crash', async () => {
    const piece = await getRolePermissions(aws, ROLE_ARN);
    const policies = piece.ok && piece.value.identityPolicies.ok ? piece.value.identityPolicies.value : [];
    expect(policies.map((p) => [p.kind, p.name, p.document.ok])).toEqual([
      ['managed', 'TrainRead', true],
      ['inline', 'good', true],
      ['inline', 'bad-encoding', false],
      ['inline', 'not-json', false],
    ]);
    const [, , badEncoding, notJson] = policies;
    expect(badEncoding?.document.ok === false && badEncoding.document.missing).toMatchObject({ kind: 'error', action: 'iam:GetRolePolicy', message: expect.stringMatching(/not valid URL-encoding/) });
    expect(notJson?.document.ok === false && notJson.document.missing).toMatchObject({ kind: 'error', action: 'iam:GetRolePolicy', message: expect.stringMatching(/not valid JSON/) });
  });

  it('caches a managed policy version forever, but asks for the default version each time', async () => {
    await getRolePermissions(aws, ROLE_ARN);
    await getRolePermissions(aws, ROLE_ARN);
    const count = (op: string) => handler.seen.filter((r) => r.operation === op).length;
    // Two policies (TrainRead and the boundary), two runs: GetPolicy 4 times, their v2 documents once each.
    expect(count('GetPolicy')).toBe(4);
    expect(count('GetPolicyVersion')).toBe(2);
  });

  it('a policy listing that never ends is an incomplete piece, not a short list passed off as the whole', async () => {
    aws = fakeAws(
      fakeHandler((req, i) =>
        req.operation === 'ListRolePolicies'
          ? xml('ListRolePolicies', `<PolicyNames><member>p${i}</member></PolicyNames><IsTruncated>true</IsTruncated><Marker>m${i}</Marker>`)
          : iamReply(req),
      ),
    );
    const piece = await getRolePermissions(aws, ROLE_ARN);
    expect(piece.ok && piece.value.identityPolicies).toMatchObject({
      ok: false,
      missing: { kind: 'error', action: 'iam:ListRolePolicies', message: expect.stringMatching(/more than 10 pages.*incomplete/) },
    });
  });

  it('refuses something that is not a role ARN without calling IAM', async () => {
    const piece = await getRolePermissions(aws, 'arn:aws:iam::111122223333:user/alice');
    expect(piece.ok).toBe(false);
    expect(handler.seen).toHaveLength(0);
  });
});

describe('roleNameFromArn', () => {
  it.each([
    ['arn:aws:iam::111122223333:role/ml-train', 'ml-train'],
    ['arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole-20240101T000000', 'AmazonSageMaker-ExecutionRole-20240101T000000'],
    ['arn:aws-cn:iam::111122223333:role/a/b/c', 'c'],
    ['arn:aws:iam::111122223333:user/alice', undefined],
    ['ml-train', undefined],
  ])('%s -> %s', (arn, name) => {
    expect(roleNameFromArn(arn)).toBe(name);
  });
});
