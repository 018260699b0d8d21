import { GetRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { GetBucketPolicyCommand, S3Client } from '@aws-sdk/client-s3';
import { DescribeTrainingJobCommand, ListTrainingJobsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCliOptions } from '../cli-options';
import { ACCOUNT, DASHBOARD_ARN, rejection, startTestEmulator, type Running } from '../testing/harness';
import { actionsAllowedBy, isOutsideAllowOnly } from './allow-only';

let running: Running | undefined;
afterEach(async () => {
  await running?.emulator.close();
  running = undefined;
});

describe('allow-only list', () => {
  it('refuses the dashboard every action outside the list, in the service\'s own AccessDenied, and answers the rest', async () => {
    running = await startTestEmulator({ faults: { allowOnly: ['sagemaker:ListTrainingJobs', 'iam:Get*'] } });
    const sm = new SageMakerClient(running.config());
    await sm.send(new ListTrainingJobsCommand({}));
    const describe = await rejection(sm.send(new DescribeTrainingJobCommand({ TrainingJobName: 'train-failed-a' })));
    expect(describe.name).toBe('AccessDeniedException');
    expect(describe.message).toContain(`User: ${DASHBOARD_ARN} is not authorized to perform: sagemaker:DescribeTrainingJob on resource: arn:aws:sagemaker:us-east-1:${ACCOUNT}:training-job/train-failed-a`);
    // A wildcard entry allows what it matches.
    const role = await new IAMClient(running.config()).send(new GetRoleCommand({ RoleName: 'ml-train' }));
    expect(role.Role?.RoleName).toBe('ml-train');
    const s3 = await rejection(new S3Client({ ...running.config(), forcePathStyle: true }).send(new GetBucketPolicyCommand({ Bucket: 'acme-data' })));
    expect(s3.name).toBe('AccessDenied');
    expect(s3.$metadata.httpStatusCode).toBe(403);
    // sts:GetCallerIdentity needs no permission, on AWS and here.
    expect((await new STSClient(running.config()).send(new GetCallerIdentityCommand({}))).Arn).toBe(DASHBOARD_ARN);
  });

  it('an empty list allows nothing; the admin is never restricted', async () => {
    running = await startTestEmulator({ faults: { allowOnly: [] } });
    expect((await rejection(new SageMakerClient(running.config()).send(new ListTrainingJobsCommand({})))).name).toBe('AccessDeniedException');
    await new SageMakerClient(running.adminConfig()).send(new ListTrainingJobsCommand({}));
    // Listing a write does not let the dashboard write: it never may.
    await running.emulator.close();
    running = await startTestEmulator({ faults: { allowOnly: ['iam:PutRolePolicy'] } });
    const put = await rejection(
      new IAMClient(running.config()).send(new PutRolePolicyCommand({ RoleName: 'ml-train', PolicyName: 'x', PolicyDocument: '{"Version":"2012-10-17","Statement":[]}' })),
    );
    expect(put.name).toBe('AccessDenied');
  });

  it('matches actions case-insensitively, as IAM does; no list means no restriction', () => {
    expect(isOutsideAllowOnly(['IAM:getrole'], 'iam:GetRole')).toBe(false);
    expect(isOutsideAllowOnly(['iam:GetRole'], 'iam:GetRolePolicy')).toBe(true);
    expect(isOutsideAllowOnly(undefined, 'iam:GetRolePolicy')).toBe(false);
  });
});

describe('actionsAllowedBy', () => {
  it('collects the actions of every Allow statement, string or list, once each', () => {
    const policy = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'iam:GetRole', Resource: '*' },
        { Effect: 'Allow', Action: ['iam:GetRole', 'kms:DescribeKey'], Resource: '*' },
      ],
    };
    expect(actionsAllowedBy(policy, 'p.json')).toEqual(['iam:GetRole', 'kms:DescribeKey']);
    expect(actionsAllowedBy({ Statement: { Effect: 'Allow', Action: 'logs:GetLogEvents' } }, 'p.json')).toEqual(['logs:GetLogEvents']);
  });

  it.each([
    [null, /expected a policy document/],
    [{ Statement: [{ Effect: 'Deny', Action: 'iam:GetRole' }] }, /statement 0 is not an Allow/],
    [{ Statement: [{ Effect: 'Allow', NotAction: 'iam:PutRolePolicy' }] }, /NotAction/],
    [{ Statement: [{ Effect: 'Allow', Action: ['iam:GetRole', 42] }] }, /not service:Name/],
    [{ Statement: ['x'] }, /statement 0 is not an object/],
  ])('refuses what a list of actions cannot stand for: %j', (document, message) => {
    expect(() => actionsAllowedBy(document, 'p.json')).toThrow(message);
  });
});

describe('--allow-only-policy', () => {
  const file = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['iam:GetRole', 'iam:GetPolicy'], Resource: '*' }] });

  it('reads the policy file into faults.allowOnly (flag or EMULATOR_ALLOW_ONLY_POLICY)', () => {
    const read = (path: string) => (path === 'read.json' ? file : '');
    expect(parseCliOptions(['--allow-only-policy', 'read.json'], {}, read).faults.allowOnly).toEqual(['iam:GetRole', 'iam:GetPolicy']);
    expect(parseCliOptions([], { EMULATOR_ALLOW_ONLY_POLICY: 'read.json' }, read).faults.allowOnly).toEqual(['iam:GetRole', 'iam:GetPolicy']);
    expect(parseCliOptions([], {}, read).faults.allowOnly).toBeUndefined();
  });

  it('reads the shipped read policy from disk', () => {
    const actions = parseCliOptions(['--allow-only-policy=deploy/iam/dashboard-read-policy.json'], {}).faults.allowOnly;
    expect(actions).toContain('sagemaker:DescribeTrainingJob');
  });

  it('fails on a missing or malformed file instead of running an unrestricted AWS', () => {
    const missing = () => {
      throw new Error('ENOENT: no such file');
    };
    expect(() => parseCliOptions(['--allow-only-policy', 'nope.json'], {}, missing)).toThrow(/Cannot read EMULATOR_ALLOW_ONLY_POLICY "nope.json": ENOENT/);
    expect(() => parseCliOptions(['--allow-only-policy', 'bad.json'], {}, () => '{not json')).toThrow(/not JSON/);
    expect(() => parseCliOptions(['--allow-only-policy', 'deny.json'], {}, () => '{"Statement":[{"Effect":"Deny","Action":"*"}]}')).toThrow(/not an Allow/);
  });
});
