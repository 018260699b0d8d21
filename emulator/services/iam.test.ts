import {
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
  paginateListAttachedRolePolicies,
  paginateListRolePolicies,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT, DASHBOARD_ARN, rejection, startTestEmulator, testScenario, type Running } from '../testing/harness';

let running: Running;
let iam: IAMClient;
const scenario = testScenario();
const mlTrain = scenario.roles.find((r) => r.name === 'ml-train');

beforeAll(async () => {
  running = await startTestEmulator();
  iam = new IAMClient(running.config());
});
afterAll(() => running.emulator.close());

describe('GetRole', () => {
  it('returns the trust policy URL-encoded as IAM does, decoding once to the original, and the boundary', async () => {
    const { Role } = await iam.send(new GetRoleCommand({ RoleName: 'ml-train' }));
    expect(Role?.Arn).toBe(`arn:aws:iam::${ACCOUNT}:role/ml-train`);
    expect(Role?.RoleId).toMatch(/^AROA[A-Z2-7]{17}$/);
    expect(Role?.AssumeRolePolicyDocument).toMatch(/^%7B%22Version%22/);
    expect(JSON.parse(decodeURIComponent(Role?.AssumeRolePolicyDocument ?? ''))).toEqual(mlTrain?.trustPolicy);
    expect(Role?.PermissionsBoundary).toEqual({
      PermissionsBoundaryType: 'PermissionsBoundaryPolicy',
      PermissionsBoundaryArn: `arn:aws:iam::${ACCOUNT}:policy/DataScienceBoundary`,
    });
    expect(Role?.CreateDate).toBeInstanceOf(Date);
    expect(Role?.Tags).toEqual([
      { Key: 'team', Value: 'fraud' },
      { Key: 'cost-center', Value: 'ml-4410' },
    ]);
  });

  it('answers an unknown role with NoSuchEntity 404 and IAM\'s wording', async () => {
    const error = await rejection(iam.send(new GetRoleCommand({ RoleName: 'ghost' })));
    expect(error.name).toBe('NoSuchEntityException');
    expect(error.message).toBe('The role with name ghost cannot be found.');
    expect(error.$metadata.httpStatusCode).toBe(404);
  });

  it('refuses the dashboard a role the scenario denies it, with the enhanced AccessDenied wording', async () => {
    const error = await rejection(iam.send(new GetRoleCommand({ RoleName: 'secret-role' })));
    // IAM does not model AccessDenied, so the SDK names the error by its wire code.
    expect(error.name).toBe('AccessDenied');
    expect(error.$metadata.httpStatusCode).toBe(403);
    expect(error.message).toBe(
      `User: ${DASHBOARD_ARN} is not authorized to perform: iam:GetRole on resource: arn:aws:iam::${ACCOUNT}:role/secret-role because no identity-based policy allows the iam:GetRole action`,
    );
  });
});

describe('role policies', () => {
  it('pages attached policies with IsTruncated and Marker, small pages', async () => {
    const first = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'ml-train' }));
    expect(first.IsTruncated).toBe(true);
    expect(first.Marker).toBeTruthy();
    expect(first.AttachedPolicies).toHaveLength(2);
    const all = [];
    for await (const page of paginateListAttachedRolePolicies({ client: iam }, { RoleName: 'ml-train' })) all.push(...(page.AttachedPolicies ?? []));
    expect(all.map((p) => p.PolicyArn)).toEqual(mlTrain?.attachedPolicyArns);
    expect(all[0]?.PolicyName).toBe('AmazonSageMakerFullAccess');
  });

  it('pages a role whose name uses the punctuation IAM allows (+=,.@_-)', async () => {
    // The Marker once embedded the role name in a regular expression, so "+" or "." broke page 2.
    const name = 'ml+train=a,b.c@d_e-f';
    const base = testScenario();
    const role = base.roles.find((r) => r.name === 'ml-train');
    if (!role) throw new Error('test account lost ml-train');
    const inline = ['p1', 'p2', 'p3', 'p4', 'p5'].map((policyName) => ({ name: policyName, document: role.trustPolicy }));
    base.roles.push({ ...role, name, inlinePolicies: inline });
    const own = await startTestEmulator({ scenario: base });
    try {
      const client = new IAMClient(own.config());
      const names: string[] = [];
      for await (const page of paginateListRolePolicies({ client }, { RoleName: name })) names.push(...(page.PolicyNames ?? []));
      expect(names).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
      const attached = [];
      for await (const page of paginateListAttachedRolePolicies({ client }, { RoleName: name })) attached.push(...(page.AttachedPolicies ?? []));
      expect(attached.map((p) => p.PolicyArn)).toEqual(role.attachedPolicyArns);
    } finally {
      await own.emulator.close();
    }
  });

  it('filters attached policies by path prefix', async () => {
    const page = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'ml-train', PathPrefix: '/ml/' }));
    expect(page.AttachedPolicies?.map((p) => p.PolicyName)).toEqual(['TrainData']);
  });

  it('lists and reads inline policies, documents URL-encoded (RFC 3986)', async () => {
    const names: string[] = [];
    for await (const page of paginateListRolePolicies({ client: iam }, { RoleName: 'ml-train' })) names.push(...(page.PolicyNames ?? []));
    expect(names).toEqual(['read-train', 'write-models', 'use-key']);
    const first = await iam.send(new ListRolePoliciesCommand({ RoleName: 'ml-train', MaxItems: 1 }));
    expect(first.PolicyNames).toEqual(['read-train']);

    const policy = await iam.send(new GetRolePolicyCommand({ RoleName: 'ml-train', PolicyName: 'read-train' }));
    const original = mlTrain?.inlinePolicies[0]?.document;
    expect(policy.PolicyDocument).toBe(encodeURIComponent(JSON.stringify(original)));
    // Characters a lazy decoder gets wrong: '&', '+', spaces and '/'.
    expect(policy.PolicyDocument).toContain('%26');
    expect(policy.PolicyDocument).toContain('%2B');
    expect(JSON.parse(decodeURIComponent(policy.PolicyDocument ?? ''))).toEqual(original);
  });

  it('answers an unknown inline policy with NoSuchEntity', async () => {
    const error = await rejection(iam.send(new GetRolePolicyCommand({ RoleName: 'ml-train', PolicyName: 'nope' })));
    expect(error.name).toBe('NoSuchEntityException');
    expect(error.message).toBe('The role policy with name nope cannot be found.');
  });

  it('reads a managed policy through its default version', async () => {
    const arn = 'arn:aws:iam::aws:policy/AmazonSageMakerFullAccess';
    const { Policy } = await iam.send(new GetPolicyCommand({ PolicyArn: arn }));
    expect(Policy).toMatchObject({ PolicyName: 'AmazonSageMakerFullAccess', DefaultVersionId: 'v3', AttachmentCount: 1, IsAttachable: true });
    const { PolicyVersion } = await iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: 'v3' }));
    expect(PolicyVersion?.IsDefaultVersion).toBe(true);
    const expected = scenario.managedPolicies.find((p) => p.arn === arn)?.document;
    expect(JSON.parse(decodeURIComponent(PolicyVersion?.Document ?? ''))).toEqual(expected);
  });

  it('answers a deleted managed policy and an unknown version with NoSuchEntity', async () => {
    const deleted = await rejection(iam.send(new GetPolicyCommand({ PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/Deleted` })));
    expect(deleted.name).toBe('NoSuchEntityException');
    expect(deleted.$metadata.httpStatusCode).toBe(404);
    const version = await rejection(
      iam.send(new GetPolicyVersionCommand({ PolicyArn: 'arn:aws:iam::aws:policy/AmazonSageMakerFullAccess', VersionId: 'v1' })),
    );
    expect(version.name).toBe('NoSuchEntityException');
  });
});

describe('STS GetCallerIdentity', () => {
  it('answers with the dashboard principal', async () => {
    const sts = new STSClient(running.config());
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    expect(identity.Account).toBe(ACCOUNT);
    expect(identity.Arn).toBe(DASHBOARD_ARN);
    expect(identity.UserId).toMatch(/^AROA[A-Z2-7]{17}:dashboard$/);
  });
});
