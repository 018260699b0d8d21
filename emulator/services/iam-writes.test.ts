import {
  CreatePolicyVersionCommand,
  DeleteRolePolicyCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  paginateListRolePolicies,
  PutRolePolicyCommand,
  UpdateAssumeRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACCOUNT, ADMIN_ARN, DASHBOARD_ARN, rejection, startTestEmulator, type Running } from '../testing/harness';

/** IAM's writes through the real SDK, signed as the demo admin, read back the way the dashboard reads. */
let running: Running;
let admin: IAMClient;
let dashboard: IAMClient;

const GRANT = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-data/*' }] };
const decode = (doc: string | undefined) => JSON.parse(decodeURIComponent(doc ?? '')) as unknown;
const BOUNDARY = `arn:aws:iam::${ACCOUNT}:policy/DataScienceBoundary`;

/** Every inline policy name of a role, across IAM's small pages. */
async function inlineNames(roleName: string): Promise<string[]> {
  const names: string[] = [];
  for await (const page of paginateListRolePolicies({ client: dashboard }, { RoleName: roleName })) names.push(...(page.PolicyNames ?? []));
  return names;
}

beforeAll(async () => {
  running = await startTestEmulator();
  admin = new IAMClient(running.adminConfig());
  dashboard = new IAMClient(running.config());
});
beforeEach(() => running.emulator.reset());
afterAll(() => running.emulator.close());

describe('who may write', () => {
  it('the dashboard\'s read-only identity is refused every write, in IAM\'s enhanced wording', async () => {
    const error = await rejection(dashboard.send(new PutRolePolicyCommand({ RoleName: 'ml-train', PolicyName: 'x', PolicyDocument: JSON.stringify(GRANT) })));
    expect(error.name).toBe('AccessDenied');
    expect(error.$metadata.httpStatusCode).toBe(403);
    expect(error.message).toBe(
      `User: ${DASHBOARD_ARN} is not authorized to perform: iam:PutRolePolicy on resource: arn:aws:iam::${ACCOUNT}:role/ml-train because no identity-based policy allows the iam:PutRolePolicy action`,
    );
    expect(await inlineNames('ml-train')).toEqual(['read-train', 'write-models', 'use-key']);
  });

  it('the demo admin is who STS says is calling', async () => {
    const sts = new STSClient(running.adminConfig());
    expect((await sts.send(new GetCallerIdentityCommand({}))).Arn).toBe(ADMIN_ARN);
  });

  it('the dashboard denial lists do not bind the admin; injected faults still do', async () => {
    const faulty = await startTestEmulator({ faults: { deny: ['iam:*'], rateLimits: { 'iam:PutRolePolicy': 1 }, clock: () => 0 } });
    try {
      const client = new IAMClient(faulty.adminConfig());
      expect((await client.send(new GetRoleCommand({ RoleName: 'ml-train' }))).Role?.RoleName).toBe('ml-train');
      const put = () => client.send(new PutRolePolicyCommand({ RoleName: 'ml-train', PolicyName: 'x', PolicyDocument: JSON.stringify(GRANT) }));
      await put();
      expect((await rejection(put())).name).toBe('Throttling');
    } finally {
      await faulty.emulator.close();
    }
  });

  it('a read-only endpoint answers a write as an unknown operation, as before it had any', async () => {
    const readOnly = await startTestEmulator({ readOnly: true });
    try {
      const client = new IAMClient(readOnly.adminConfig());
      const error = await rejection(client.send(new PutRolePolicyCommand({ RoleName: 'ml-train', PolicyName: 'x', PolicyDocument: JSON.stringify(GRANT) })));
      expect(error.name).toBe('InvalidAction');
    } finally {
      await readOnly.emulator.close();
    }
  });
});

describe('PutRolePolicy and DeleteRolePolicy', () => {
  it('adds an inline policy the dashboard then reads URL-encoded, replaces it by name, deletes it', async () => {
    await admin.send(new PutRolePolicyCommand({ RoleName: 'ml-train', PolicyName: 'jobtriage-fix', PolicyDocument: JSON.stringify(GRANT) }));
    const read = await dashboard.send(new GetRolePolicyCommand({ RoleName: 'ml-train', PolicyName: 'jobtriage-fix' }));
    expect(decode(read.PolicyDocument)).toEqual(GRANT);

    const wider = { ...GRANT, Statement: [{ ...GRANT.Statement[0], Action: ['s3:GetObject', 's3:ListBucket'] }] };
    await admin.send(new PutRolePolicyCommand({ RoleName: 'ml-train', PolicyName: 'jobtriage-fix', PolicyDocument: JSON.stringify(wider) }));
    expect(decode((await dashboard.send(new GetRolePolicyCommand({ RoleName: 'ml-train', PolicyName: 'jobtriage-fix' }))).PolicyDocument)).toEqual(wider);
    expect(await inlineNames('ml-train')).toEqual(['read-train', 'write-models', 'use-key', 'jobtriage-fix']);

    await admin.send(new DeleteRolePolicyCommand({ RoleName: 'ml-train', PolicyName: 'jobtriage-fix' }));
    const gone = await rejection(dashboard.send(new GetRolePolicyCommand({ RoleName: 'ml-train', PolicyName: 'jobtriage-fix' })));
    expect(gone.name).toBe('NoSuchEntityException');
  });

  it.each([
    ['not JSON', '{"Version":"2012-10-17",', 'Syntax errors in policy.'],
    ['no statement', '{"Version":"2012-10-17"}', 'Syntax errors in policy.'],
    ['a principal', JSON.stringify({ Statement: [{ ...GRANT.Statement[0], Principal: '*' }] }), 'Policy document should not specify a principal.'],
    ['no resource', JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 's3:GetObject' }] }), 'Policy statement must contain resources.'],
  ])('refuses a document with %s: MalformedPolicyDocument', async (_what, document, message) => {
    const error = await rejection(admin.send(new PutRolePolicyCommand({ RoleName: 'ml-train', PolicyName: 'bad', PolicyDocument: document })));
    expect(error.name).toBe('MalformedPolicyDocumentException');
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.message).toBe(message);
  });

  it('refuses inline policies past the role\'s 10,240-character quota with LimitExceeded', async () => {
    const resources = Array.from({ length: 400 }, (_, i) => `arn:aws:s3:::acme-data/prefix-${i}/*`);
    const big = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: resources }] };
    const error = await rejection(admin.send(new PutRolePolicyCommand({ RoleName: 'ml-train', PolicyName: 'big', PolicyDocument: JSON.stringify(big) })));
    expect(error.name).toBe('LimitExceededException');
    expect(error.$metadata.httpStatusCode).toBe(409);
    expect(error.message).toBe('Maximum policy size of 10240 bytes exceeded for role ml-train');
  });

  it('answers an unknown role or policy with NoSuchEntity', async () => {
    const role = await rejection(admin.send(new PutRolePolicyCommand({ RoleName: 'ghost', PolicyName: 'x', PolicyDocument: JSON.stringify(GRANT) })));
    expect(role.message).toBe('The role with name ghost cannot be found.');
    const policy = await rejection(admin.send(new DeleteRolePolicyCommand({ RoleName: 'ml-train', PolicyName: 'ghost' })));
    expect(policy.name).toBe('NoSuchEntityException');
  });

  it('a restart (reset) returns the role to the scenario as written', async () => {
    await admin.send(new PutRolePolicyCommand({ RoleName: 'ml-train', PolicyName: 'jobtriage-fix', PolicyDocument: JSON.stringify(GRANT) }));
    running.emulator.reset();
    const error = await rejection(dashboard.send(new GetRolePolicyCommand({ RoleName: 'ml-train', PolicyName: 'jobtriage-fix' })));
    expect(error.name).toBe('NoSuchEntityException');
  });
});

describe('CreatePolicyVersion', () => {
  it('with --set-as-default: GetPolicy names the new version and GetPolicyVersion returns its document', async () => {
    const before = (await dashboard.send(new GetPolicyCommand({ PolicyArn: BOUNDARY }))).Policy?.DefaultVersionId;
    const created = await admin.send(new CreatePolicyVersionCommand({ PolicyArn: BOUNDARY, PolicyDocument: JSON.stringify(GRANT), SetAsDefault: true }));
    expect(created.PolicyVersion?.VersionId).not.toBe(before);
    expect(created.PolicyVersion?.IsDefaultVersion).toBe(true);
    const after = (await dashboard.send(new GetPolicyCommand({ PolicyArn: BOUNDARY }))).Policy?.DefaultVersionId;
    expect(after).toBe(created.PolicyVersion?.VersionId);
    const version = await dashboard.send(new GetPolicyVersionCommand({ PolicyArn: BOUNDARY, VersionId: after }));
    expect(decode(version.PolicyVersion?.Document)).toEqual(GRANT);
    // The old version is still there, no longer the default.
    const old = await dashboard.send(new GetPolicyVersionCommand({ PolicyArn: BOUNDARY, VersionId: before }));
    expect(old.PolicyVersion?.IsDefaultVersion).toBe(false);
  });

  it('without it, the default stays', async () => {
    const before = (await dashboard.send(new GetPolicyCommand({ PolicyArn: BOUNDARY }))).Policy?.DefaultVersionId;
    await admin.send(new CreatePolicyVersionCommand({ PolicyArn: BOUNDARY, PolicyDocument: JSON.stringify(GRANT) }));
    expect((await dashboard.send(new GetPolicyCommand({ PolicyArn: BOUNDARY }))).Policy?.DefaultVersionId).toBe(before);
  });

  it('never reuses a version id, not even after a reset (clients cache versions by id)', async () => {
    const first = await admin.send(new CreatePolicyVersionCommand({ PolicyArn: BOUNDARY, PolicyDocument: JSON.stringify(GRANT), SetAsDefault: true }));
    running.emulator.reset();
    const second = await admin.send(new CreatePolicyVersionCommand({ PolicyArn: BOUNDARY, PolicyDocument: JSON.stringify(GRANT) }));
    expect(second.PolicyVersion?.VersionId).not.toBe(first.PolicyVersion?.VersionId);
    const gone = await rejection(dashboard.send(new GetPolicyVersionCommand({ PolicyArn: BOUNDARY, VersionId: first.PolicyVersion?.VersionId })));
    expect(gone.name).toBe('NoSuchEntityException');
  });

  it('refuses a sixth version with LimitExceeded and AWS\'s wording', async () => {
    for (let i = 0; i < 4; i++) {
      await admin.send(new CreatePolicyVersionCommand({ PolicyArn: BOUNDARY, PolicyDocument: JSON.stringify(GRANT), SetAsDefault: true }));
    }
    const error = await rejection(admin.send(new CreatePolicyVersionCommand({ PolicyArn: BOUNDARY, PolicyDocument: JSON.stringify(GRANT) })));
    expect(error.name).toBe('LimitExceededException');
    expect(error.$metadata.httpStatusCode).toBe(409);
    expect(error.message).toBe('A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.');
  });

  it('refuses a malformed document and an unknown policy', async () => {
    const bad = await rejection(admin.send(new CreatePolicyVersionCommand({ PolicyArn: BOUNDARY, PolicyDocument: 'nope' })));
    expect(bad.name).toBe('MalformedPolicyDocumentException');
    const ghost = await rejection(admin.send(new CreatePolicyVersionCommand({ PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/Ghost`, PolicyDocument: JSON.stringify(GRANT) })));
    expect(ghost.name).toBe('NoSuchEntityException');
  });
});

describe('UpdateAssumeRolePolicy', () => {
  const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' }, Action: 'sts:AssumeRole' }] };

  it('replaces the trust policy GetRole returns', async () => {
    await admin.send(new UpdateAssumeRolePolicyCommand({ RoleName: 'secret-role', PolicyDocument: JSON.stringify(trust) }));
    const role = await admin.send(new GetRoleCommand({ RoleName: 'secret-role' }));
    expect(decode(role.Role?.AssumeRolePolicyDocument)).toEqual(trust);
  });

  it('refuses a trust policy naming resources', async () => {
    const withResource = { Statement: [{ ...trust.Statement[0], Resource: '*' }] };
    const error = await rejection(admin.send(new UpdateAssumeRolePolicyCommand({ RoleName: 'ml-train', PolicyDocument: JSON.stringify(withResource) })));
    expect(error.name).toBe('MalformedPolicyDocumentException');
    expect(error.message).toBe('Has prohibited field Resource');
  });
});
