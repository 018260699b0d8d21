import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ListTrainingJobsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { GetRoleCommand, GetRolePolicyCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAccessKeyFor, DEMO_ADMIN_ACCESS_KEY_ID } from '../identity';
import { readScenarioFile } from '../scenario/load';
import { createEmulator } from '../server';
import type { Scenario } from '../scenario/schema';
import { DASHBOARD_ARN, rejection, startTestEmulator, testScenario, type Running } from '../testing/harness';

const research = readScenarioFile(fileURLToPath(new URL('../scenarios/ml-research.json', import.meta.url)));
const OTHER = '222233334444';
const ROLE = `arn:aws:iam::${OTHER}:role/JobtriageRead`;
const EXTERNAL_ID = 'jobtriage-demo-ml-research';

// A role that trusts a whole account (":root") with no condition, and one that trusts nobody here.
const sandbox: Scenario = {
  ...readScenarioFile(fileURLToPath(new URL('../scenarios/ml-research.json', import.meta.url))),
  accountId: '333344445555',
  name: 'sandbox',
  trainingJobs: [],
  roles: [
    { ...research.roles[0]!, name: 'TrustsAccount', trustPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' }] } },
    { ...research.roles[0]!, name: 'DeniesDashboard', trustPolicy: { Version: '2012-10-17', Statement: [
      { Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'sts:*' },
      { Effect: 'Deny', Principal: { AWS: 'arn:aws:iam::111122223333:role/JobtriageReadOnly' }, Action: 'sts:AssumeRole' },
    ] } },
  ],
};

let running: Running;
let sts: STSClient;

beforeAll(async () => {
  running = await startTestEmulator({ scenario: testScenario(), accounts: [research, sandbox] });
  sts = new STSClient(running.config());
});
afterAll(() => running.emulator.close());

const assume = (input: Partial<ConstructorParameters<typeof AssumeRoleCommand>[0]> = {}) =>
  sts.send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'alice@example.com', ExternalId: EXTERNAL_ID, ...input }));

describe('STS AssumeRole on the local endpoint', () => {
  it('issues credentials that act as the role session in the role\'s account', async () => {
    const out = await assume();
    expect(out.AssumedRoleUser).toEqual({ Arn: `arn:aws:sts::${OTHER}:assumed-role/JobtriageRead/alice@example.com`, AssumedRoleId: expect.stringMatching(/^AROA[A-Z2-7]{17}:alice@example\.com$/) });
    expect(out.Credentials?.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(out.Credentials?.SessionToken).toBeTruthy();
    // An hour by default, in real time (the SDK decides when to refresh by its own clock).
    expect((out.Credentials?.Expiration?.getTime() ?? 0) - Date.now()).toBeGreaterThan(3500_000);

    const credentials = { accessKeyId: out.Credentials!.AccessKeyId!, secretAccessKey: out.Credentials!.SecretAccessKey!, sessionToken: out.Credentials!.SessionToken! };
    const asRole = { ...running.config(), credentials };
    const who = await new STSClient(asRole).send(new GetCallerIdentityCommand({}));
    expect(who).toMatchObject({ Account: OTHER, Arn: out.AssumedRoleUser?.Arn, UserId: out.AssumedRoleUser?.AssumedRoleId });
    const jobs = await new SageMakerClient(asRole).send(new ListTrainingJobsCommand({ MaxResults: 100 }));
    expect(jobs.TrainingJobSummaries?.map((j) => j.TrainingJobName).sort()).toEqual(research.trainingJobs.map((j) => j.name).sort());
    // The home account's credentials still see the home account.
    expect((await sts.send(new GetCallerIdentityCommand({}))).Arn).toBe(DASHBOARD_ARN);
  });

  const DENIED = `User: ${DASHBOARD_ARN} is not authorized to perform: sts:AssumeRole on resource: `;
  it.each([
    ['a wrong ExternalId', { ExternalId: 'guessed-id' }, ROLE],
    ['no ExternalId', { ExternalId: undefined }, ROLE],
    ['a role that does not exist (AWS does not say so)', { RoleArn: `arn:aws:iam::${OTHER}:role/Nope` }, `arn:aws:iam::${OTHER}:role/Nope`],
    ['an account the endpoint does not serve', { RoleArn: 'arn:aws:iam::999988887777:role/JobtriageRead' }, 'arn:aws:iam::999988887777:role/JobtriageRead'],
    ['a trust policy whose Deny names the caller', { RoleArn: 'arn:aws:iam::333344445555:role/DeniesDashboard' }, 'arn:aws:iam::333344445555:role/DeniesDashboard'],
  ])('refuses %s with AccessDenied, in AWS\'s words', async (_what, input, resource) => {
    const error = await rejection(assume(input));
    expect(error.name).toBe('AccessDenied');
    expect(error.$metadata.httpStatusCode).toBe(403);
    expect(error.message).toBe(DENIED + resource);
  });

  it('lets a role that trusts the whole account be assumed without an ExternalId', async () => {
    const out = await assume({ RoleArn: 'arn:aws:iam::333344445555:role/TrustsAccount', ExternalId: undefined });
    expect(out.AssumedRoleUser?.Arn).toBe('arn:aws:sts::333344445555:assumed-role/TrustsAccount/alice@example.com');
  });

  it('needs sts:SetSourceIdentity in the trust policy for a SourceIdentity, and returns it', async () => {
    const out = await assume({ SourceIdentity: 'alice@example.com' });
    expect(out.SourceIdentity).toBe('alice@example.com');
    const error = await rejection(assume({ RoleArn: 'arn:aws:iam::333344445555:role/TrustsAccount', SourceIdentity: 'alice@example.com' }));
    expect(error.message).toBe(`User: ${DASHBOARD_ARN} is not authorized to perform: sts:SetSourceIdentity on resource: arn:aws:iam::333344445555:role/TrustsAccount`);
  });

  it('validates its input as STS does', async () => {
    const short = await rejection(assume({ RoleSessionName: 'a' }));
    expect(short.name).toBe('ValidationError');
    expect(short.message).toMatch(/^1 validation error detected: Value 'a' at 'roleSessionName' failed to satisfy constraint/);
    const long = await rejection(assume({ DurationSeconds: 7200 }));
    expect(long.message).toBe('The requested DurationSeconds exceeds the MaxSessionDuration set for this role.');
  });

  it('gives each served account an administrator whose key acts in that account only', async () => {
    const as = (accessKeyId: string) => new IAMClient({ ...running.config(), credentials: { accessKeyId, secretAccessKey: 'any' } });
    const policy = { RoleName: 'synthetic-ml-train-0', PolicyName: 'admin-key-check', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }) };
    const whoIs = async (accessKeyId: string) => (await new STSClient({ ...running.config(), credentials: { accessKeyId, secretAccessKey: 'any' } }).send(new GetCallerIdentityCommand({}))).Arn;
    expect(await whoIs(adminAccessKeyFor(OTHER, '111122223333'))).toBe(`arn:aws:sts::${OTHER}:assumed-role/Admin/demo-admin`);
    expect(await whoIs(DEMO_ADMIN_ACCESS_KEY_ID)).toBe('arn:aws:sts::111122223333:assumed-role/Admin/demo-admin');
    // The research admin writes to research's role; the home admin's key does not reach that account.
    await as(`AKIDDEMOADMIN${OTHER}`).send(new PutRolePolicyCommand(policy));
    expect((await as(`AKIDDEMOADMIN${OTHER}`).send(new GetRolePolicyCommand({ RoleName: policy.RoleName, PolicyName: policy.PolicyName }))).PolicyName).toBe('admin-key-check');
    expect((await rejection(as(DEMO_ADMIN_ACCESS_KEY_ID).send(new PutRolePolicyCommand(policy)))).name).toBe('NoSuchEntityException');
    // An administrator's key for an account this endpoint does not serve is unknown, as AWS says of a foreign key.
    expect((await rejection(as('AKIDDEMOADMIN999988887777').send(new GetRoleCommand({ RoleName: 'x' })))).name).toBe('InvalidClientTokenId');
    running.emulator.reset();
  });

  it('will not serve one account twice', () => {
    expect(() => createEmulator({ scenario: testScenario(), accounts: [testScenario()] })).toThrow('was given account 111122223333 twice');
  });

  it('refuses temporary credentials it never issued', async () => {
    const forged = new STSClient({ ...running.config(), credentials: { accessKeyId: 'ASIAFORGEDFORGEDFOR', secretAccessKey: 'x', sessionToken: 'y' } });
    const error = await rejection(forged.send(new GetCallerIdentityCommand({})));
    expect(error.name).toBe('InvalidClientTokenId');
    expect(error.$metadata.httpStatusCode).toBe(403);
  });

  it('answers the real aws CLI, which parses the XML as AWS\'s', async (context) => {
    const cli = await promisify(execFile)('aws', ['--version']).catch(() => undefined);
    if (!cli) return context.skip();
    // An empty AWS_PROFILE would name a profile "": the variables are left out instead.
    const { AWS_PROFILE: _profile, AWS_SESSION_TOKEN: _token, ...inherited } = process.env;
    const env = { ...inherited, AWS_ACCESS_KEY_ID: 'AKIDCLITEST', AWS_SECRET_ACCESS_KEY: 'x', AWS_DEFAULT_REGION: 'us-east-1' };
    const args = ['sts', 'assume-role', '--endpoint-url', running.url, '--role-arn', ROLE, '--role-session-name', 'cli-user', '--external-id', EXTERNAL_ID, '--output', 'json'];
    const { stdout } = await promisify(execFile)('aws', args, { env });
    const out = JSON.parse(stdout) as { Credentials: Record<string, string>; AssumedRoleUser: { Arn: string } };
    expect(out.AssumedRoleUser.Arn).toBe(`arn:aws:sts::${OTHER}:assumed-role/JobtriageRead/cli-user`);
    expect(Object.keys(out.Credentials).sort()).toEqual(['AccessKeyId', 'Expiration', 'SecretAccessKey', 'SessionToken']);
    const who = await promisify(execFile)('aws', ['sts', 'get-caller-identity', '--endpoint-url', running.url, '--output', 'json'], {
      env: { ...env, AWS_ACCESS_KEY_ID: out.Credentials.AccessKeyId, AWS_SECRET_ACCESS_KEY: out.Credentials.SecretAccessKey, AWS_SESSION_TOKEN: out.Credentials.SessionToken },
    });
    expect(JSON.parse(who.stdout)).toMatchObject({ Account: OTHER, Arn: out.AssumedRoleUser.Arn });
    // Three Python CLI starts: seconds each on a busy machine.
  }, 90_000);
});
