import { CloudWatchLogsClient, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { DescribeSubnetsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { GetRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { GetBucketPolicyCommand, S3Client } from '@aws-sdk/client-s3';
import { DescribeTrainingJobCommand, ListTrainingJobsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { afterEach, describe, expect, it } from 'vitest';
import { ACCOUNT, DASHBOARD_ARN, rejection, startTestEmulator, type Running } from '../testing/harness';
import { parseRateLimits } from './config';

let running: Running | undefined;
afterEach(async () => {
  await running?.emulator.close();
  running = undefined;
});

describe('rate limits', () => {
  it('throttles an operation past its rate with ThrottlingException, and refills with time', async () => {
    let now = 0;
    running = await startTestEmulator({ faults: { rateLimits: { 'sagemaker:DescribeTrainingJob': 2 }, clock: () => now } });
    const sm = new SageMakerClient(running.config());
    const describeJob = () => sm.send(new DescribeTrainingJobCommand({ TrainingJobName: 'train-failed-a' }));
    await describeJob();
    await describeJob();
    const error = await rejection(describeJob());
    expect(error.name).toBe('ThrottlingException');
    expect(error.$metadata.httpStatusCode).toBe(400);
    // Other operations have their own budget.
    await sm.send(new ListTrainingJobsCommand({}));
    now += 500;
    await describeJob();
    expect((await rejection(describeJob())).name).toBe('ThrottlingException');
  });

  const throttled = [
    { service: 'iam', limit: 'iam:GetRole', call: (r: Running) => new IAMClient(r.config()).send(new GetRoleCommand({ RoleName: 'ml-train' })), name: 'Throttling', status: 400 },
    { service: 'ec2', limit: 'ec2:DescribeSubnets', call: (r: Running) => new EC2Client(r.config()).send(new DescribeSubnetsCommand({})), name: 'RequestLimitExceeded', status: 503 },
    { service: 's3', limit: 's3:GetBucketPolicy', call: (r: Running) => new S3Client(r.config()).send(new GetBucketPolicyCommand({ Bucket: 'acme-data' })), name: 'SlowDown', status: 503 },
    { service: 'kms', limit: 'kms:DescribeKey', call: (r: Running) => new KMSClient(r.config()).send(new DescribeKeyCommand({ KeyId: 'alias/acme-data' })), name: 'ThrottlingException', status: 400 },
    {
      service: 'logs',
      limit: 'logs:GetLogEvents',
      call: (r: Running) =>
        new CloudWatchLogsClient(r.config()).send(
          new GetLogEventsCommand({ logGroupName: '/aws/sagemaker/TrainingJobs', logStreamName: 'train-failed-a/algo-1-1700000000' }),
        ),
      name: 'ThrottlingException',
      status: 400,
    },
  ];
  it.each(throttled)('answers $service throttling as $name ($status)', async ({ limit, call, name, status }) => {
    running = await startTestEmulator({ faults: { rateLimits: { [limit]: 1 }, clock: () => 0 } });
    await call(running);
    const error = await rejection(call(running));
    expect(error.name).toBe(name);
    expect(error.$metadata.httpStatusCode).toBe(status);
  });

  it('parses the --rate-limit syntax and rejects nonsense', () => {
    expect(parseRateLimits('sagemaker:DescribeTrainingJob=5, logs:FilterLogEvents=0.5')).toEqual({
      'sagemaker:DescribeTrainingJob': 5,
      'logs:FilterLogEvents': 0.5,
    });
    expect(() => parseRateLimits('DescribeTrainingJob=5')).toThrow(/service:Operation/);
    expect(() => parseRateLimits('sagemaker:X=fast')).toThrow();
  });
});

describe('injected 500s', () => {
  it('fails every Nth call with the protocol\'s internal error', async () => {
    running = await startTestEmulator({ faults: { errorEvery: 2 } });
    const sm = new SageMakerClient(running.config());
    await sm.send(new ListTrainingJobsCommand({}));
    const error = await rejection(sm.send(new ListTrainingJobsCommand({})));
    expect(error.name).toBe('InternalFailure');
    expect(error.$metadata.httpStatusCode).toBe(500);
  });

  it('is recovered by the SDK\'s standard retry', async () => {
    running = await startTestEmulator({ faults: { errorEvery: 2 } });
    const sm = new SageMakerClient(running.config('us-east-1', 3));
    await sm.send(new ListTrainingJobsCommand({}));
    const retried = await sm.send(new ListTrainingJobsCommand({}));
    expect(retried.$metadata.attempts).toBe(2);
    expect(retried.TrainingJobSummaries?.length).toBeGreaterThan(0);
  });

  it('draws a seeded share of failures, the same for the same seed', async () => {
    const outcomes = async (seed: number) => {
      const run = await startTestEmulator({ faults: { errorRate: 0.5, seed } });
      const sts = new STSClient(run.config());
      const results: boolean[] = [];
      for (let i = 0; i < 12; i++) results.push(await sts.send(new GetCallerIdentityCommand({})).then(() => true, () => false));
      await run.emulator.close();
      return results;
    };
    const first = await outcomes(7);
    expect(await outcomes(7)).toEqual(first);
    expect(first).toContain(true);
    expect(first).toContain(false);
  });

  it.each([
    ['iam', 'ServiceFailureException', (r: Running) => new IAMClient(r.config()).send(new GetRoleCommand({ RoleName: 'ml-train' }))],
    ['ec2', 'InternalError', (r: Running) => new EC2Client(r.config()).send(new DescribeSubnetsCommand({}))],
    ['s3', 'InternalError', (r: Running) => new S3Client(r.config()).send(new GetBucketPolicyCommand({ Bucket: 'acme-data' }))],
  ])('answers %s with %s 500', async (_service, name, call) => {
    running = await startTestEmulator({ faults: { errorEvery: 1 } });
    const error = await rejection(call(running));
    expect(error.name).toBe(name);
    expect(error.$metadata.httpStatusCode).toBe(500);
  });
});

describe('latency', () => {
  it('waits the configured latency before answering each signed call', async () => {
    const waits: number[] = [];
    running = await startTestEmulator({ faults: { latencyMs: 250, delay: async (ms) => void waits.push(ms) } });
    await new SageMakerClient(running.config()).send(new ListTrainingJobsCommand({}));
    await new IAMClient(running.config()).send(new GetRoleCommand({ RoleName: 'ml-train' }));
    expect(waits).toEqual([250, 250]);
  });
});

describe('dashboard denials', () => {
  it('refuses denied actions in each service\'s own AccessDenied shape', async () => {
    running = await startTestEmulator({ faults: { deny: ['logs:Get*', 'ec2:DescribeSubnets', 'kms:DescribeKey', 'sagemaker:DescribeTrainingJob'] } });
    const stream = 'train-failed-a/algo-1-1700000000';
    const logs = await rejection(
      new CloudWatchLogsClient(running.config()).send(new GetLogEventsCommand({ logGroupName: '/aws/sagemaker/TrainingJobs', logStreamName: stream })),
    );
    expect(logs.name).toBe('AccessDeniedException');
    expect(logs.message).toBe(
      `User: ${DASHBOARD_ARN} is not authorized to perform: logs:GetLogEvents on resource: arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/sagemaker/TrainingJobs:log-stream:${stream} because no identity-based policy allows the logs:GetLogEvents action`,
    );
    const sm = await rejection(new SageMakerClient(running.config()).send(new DescribeTrainingJobCommand({ TrainingJobName: 'train-failed-a' })));
    expect(sm.name).toBe('AccessDeniedException');
    expect(sm.message).toContain(`on resource: arn:aws:sagemaker:us-east-1:${ACCOUNT}:training-job/train-failed-a because`);
    const ec2 = await rejection(new EC2Client(running.config()).send(new DescribeSubnetsCommand({})));
    expect(ec2.name).toBe('UnauthorizedOperation');
    expect(ec2.$metadata.httpStatusCode).toBe(403);
    expect(ec2.message).toMatch(/^You are not authorized to perform this operation\. Encoded authorization failure message: \S+$/);
    const kms = await rejection(new KMSClient(running.config()).send(new DescribeKeyCommand({ KeyId: 'alias/acme-data' })));
    expect(kms.name).toBe('AccessDeniedException');
    expect(kms.message).toContain(`kms:DescribeKey on resource: arn:aws:kms:us-east-1:${ACCOUNT}:alias/acme-data`);
    // Not denied: still answered.
    await new SageMakerClient(running.config()).send(new ListTrainingJobsCommand({}));
  });

  it('never denies sts:GetCallerIdentity, which needs no permission', async () => {
    running = await startTestEmulator({ faults: { deny: ['*'] } });
    const identity = await new STSClient(running.config()).send(new GetCallerIdentityCommand({}));
    expect(identity.Arn).toBe(DASHBOARD_ARN);
  });
});
