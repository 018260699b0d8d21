import { beforeEach, describe, expect, it } from 'vitest';
import type { AwsClients } from './scoped-clients';
import { fakeAws } from './testing/fake-clients';
import { describeTrainingJob, listFailedJobs } from './sagemaker';
import { fakeHandler, jsonError, jsonOk, type FakeReply, type SeenRequest } from './testing/fake-handler';

const REGION = 'us-east-1';
const ARN = (name: string) => `arn:aws:sagemaker:us-east-1:111122223333:training-job/${name}`;
const summary = (name: string, status = 'Failed', created = 1_700_000_000) => ({
  TrainingJobName: name,
  TrainingJobArn: ARN(name),
  CreationTime: created,
  TrainingEndTime: created + 600,
  LastModifiedTime: created + 601,
  TrainingJobStatus: status,
});

let aws: AwsClients;

function install(reply: (req: SeenRequest, i: number) => FakeReply) {
  const handler = fakeHandler(reply);
  aws = fakeAws(handler, { maxAttempts: 3 });
  return handler;
}

beforeEach(() => {
  process.env.AWS_ACCESS_KEY_ID = 'AKIDEXAMPLE';
  process.env.AWS_SECRET_ACCESS_KEY = 'test-secret';
});

describe('listFailedJobs', () => {
  it('asks for failed jobs only, newest first, with the window and name filter', async () => {
    const handler = install(() => jsonOk({ TrainingJobSummaries: [summary('a')] }));
    const since = new Date('2026-11-01T00:00:00Z');
    const until = new Date('2026-11-02T00:00:00Z');
    await listFailedJobs(aws, { since, until, nameContains: 'resnet' });
    expect(handler.seen[0]?.operation).toBe('SageMaker.ListTrainingJobs');
    const body = JSON.parse(handler.seen[0]?.body ?? '{}');
    expect(body).toMatchObject({ StatusEquals: 'Failed', SortBy: 'CreationTime', SortOrder: 'Descending', NameContains: 'resnet' });
    expect(body.CreationTimeAfter).toBe(since.getTime() / 1000);
    expect(body.CreationTimeBefore).toBe(until.getTime() / 1000);
  });

  it('keeps paging past an empty page that still has a NextToken (StatusEquals filters after the page)', async () => {
    const pages = [
      { TrainingJobSummaries: [], NextToken: 't1' },
      { TrainingJobSummaries: [summary('b')], NextToken: 't2' },
      { TrainingJobSummaries: [summary('c')] },
    ];
    const handler = install((_req, i) => jsonOk(pages[i]));
    const result = await listFailedJobs(aws);
    expect(result).toMatchObject({ ok: true, truncated: false, pages: 3 });
    expect(result.ok && result.jobs.map((j) => j.name)).toEqual(['b', 'c']);
    expect(handler.seen.map((r) => JSON.parse(r.body).NextToken)).toEqual([undefined, 't1', 't2']);
  });

  it('reports truncation at the page cap instead of hiding older jobs', async () => {
    install((_req, i) => jsonOk({ TrainingJobSummaries: [summary(`job-${i}`)], NextToken: `t${i}` }));
    const result = await listFailedJobs(aws, { maxPages: 2 });
    expect(result.ok && result.truncated).toBe(true);
    expect(result.ok && result.truncatedReason).toMatch(/page cap of 2 pages/);
    expect(result.ok && result.jobs).toHaveLength(2);
  });

  it('never lists a job whose status is not Failed', async () => {
    install(() => jsonOk({ TrainingJobSummaries: [summary('ok', 'Completed'), summary('bad')] }));
    const result = await listFailedJobs(aws);
    expect(result.ok && result.jobs.map((j) => j.name)).toEqual(['bad']);
  });

  it('retries a throttled call and then succeeds', async () => {
    const handler = install((_req, i) => (i === 0 ? jsonError(400, 'ThrottlingException', 'Rate exceeded') : jsonOk({ TrainingJobSummaries: [summary('a')] })));
    const result = await listFailedJobs(aws);
    expect(result.ok && result.jobs.map((j) => j.name)).toEqual(['a']);
    expect(handler.seen).toHaveLength(2);
  });

  it('turns a refused listing into access-denied naming sagemaker:ListTrainingJobs', async () => {
    const message = 'User: arn:aws:sts::111122223333:assumed-role/Dash/x is not authorized to perform: sagemaker:ListTrainingJobs because no identity-based policy allows the sagemaker:ListTrainingJobs action';
    const handler = install(() => jsonError(400, 'AccessDeniedException', message));
    const result = await listFailedJobs(aws);
    expect(result).toEqual({ ok: false, missing: { kind: 'access-denied', action: 'sagemaker:ListTrainingJobs', message: `AccessDeniedException: ${message}` } });
    expect(handler.seen).toHaveLength(1); // access denied is not retried
  });

  it('keeps what it read when a later page fails, and says so', async () => {
    install((_req, i) => (i === 0 ? jsonOk({ TrainingJobSummaries: [summary('a')], NextToken: 't' }) : jsonError(500, 'InternalFailure', 'boom')));
    const result = await listFailedJobs(aws);
    expect(result.ok && result.jobs.map((j) => j.name)).toEqual(['a']);
    expect(result.ok && result.truncated).toBe(true);
    expect(result.ok && result.truncatedReason).toMatch(/stopped after 1 pages/);
  });
});

describe('describeTrainingJob', () => {
  const description = {
    TrainingJobName: 'resnet-1',
    TrainingJobArn: ARN('resnet-1'),
    TrainingJobStatus: 'Failed',
    SecondaryStatus: 'Failed',
    FailureReason: 'ClientError: Data download failed:Failed to download data. AccessDenied (403): Access Denied',
    CreationTime: 1_700_000_000,
    TrainingEndTime: 1_700_000_600,
    RoleArn: 'arn:aws:iam::111122223333:role/ml-train',
    AlgorithmSpecification: { TrainingImage: '763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-training:2.1', TrainingInputMode: 'File' },
    InputDataConfig: [{ ChannelName: 'train', DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://acme-data/train/' } } }],
    OutputDataConfig: { S3OutputPath: 's3://acme-out/models/', KmsKeyId: 'alias/ml' },
    ResourceConfig: { InstanceType: 'ml.g5.xlarge', InstanceCount: 1, VolumeSizeInGB: 50 },
    VpcConfig: { Subnets: ['subnet-1'], SecurityGroupIds: ['sg-1'] },
    StoppingCondition: { MaxRuntimeInSeconds: 3600 },
    Environment: { WANDB_API_KEY: 'abc123def456', LEAKED: 'AKIAIOSFODNN7EXAMPLE', MODE: 'train' },
    HyperParameters: { epochs: '10', db_password: 'hunter22' },
    SecondaryStatusTransitions: [{ Status: 'Starting', StartTime: 1_700_000_000, EndTime: 1_700_000_100, StatusMessage: 'Preparing the instances for training' }],
  };

  it('reshapes the description into our TrainingJob with secrets masked', async () => {
    install(() => jsonOk(description));
    const piece = await describeTrainingJob(aws, 'resnet-1');
    expect(piece.ok).toBe(true);
    if (!piece.ok) return;
    const job = piece.value;
    expect(job).toMatchObject({
      name: 'resnet-1',
      region: REGION,
      status: 'Failed',
      roleArn: 'arn:aws:iam::111122223333:role/ml-train',
      inputChannels: [{ name: 'train', s3Uri: 's3://acme-data/train/', s3DataType: 'S3Prefix' }],
      output: { s3OutputPath: 's3://acme-out/models/', kmsKeyId: 'alias/ml' },
      resources: { instanceType: 'ml.g5.xlarge', instanceCount: 1, volumeSizeGb: 50 },
      vpc: { subnetIds: ['subnet-1'], securityGroupIds: ['sg-1'] },
      enableNetworkIsolation: false,
      createdAt: '2023-11-14T22:13:20.000Z',
      endedAt: '2023-11-14T22:23:20.000Z',
      transitions: [{ status: 'Starting', statusMessage: 'Preparing the instances for training' }],
    });
    expect(job.environment).toEqual({ WANDB_API_KEY: '[redacted]', LEAKED: 'AKIAIOSF************', MODE: 'train' });
    expect(job.hyperParameters).toEqual({ epochs: '10', db_password: '[redacted]' });
  });

  it('says not-found for an unknown job (SageMaker answers ValidationException)', async () => {
    install(() => jsonError(400, 'ValidationException', 'Requested resource not found.'));
    const piece = await describeTrainingJob(aws, 'nope');
    expect(piece).toEqual({ ok: false, missing: { kind: 'not-found', action: 'sagemaker:DescribeTrainingJob', resource: 'nope', message: 'ValidationException: Requested resource not found.' } });
  });

  it('gives up after maxAttempts of throttling and reports throttled', async () => {
    const handler = install(() => jsonError(400, 'ThrottlingException', 'Rate exceeded'));
    const piece = await describeTrainingJob(aws, 'resnet-1');
    expect(piece.ok ? undefined : piece.missing.kind).toBe('throttled');
    expect(handler.seen).toHaveLength(3);
  });
});
