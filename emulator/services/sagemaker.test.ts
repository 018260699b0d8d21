import {
  DescribeTrainingJobCommand,
  ListTrainingJobsCommand,
  paginateListTrainingJobs,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT, rejection, startTestEmulator, TEST_NOW, type Running } from '../testing/harness';

let running: Running;
let client: SageMakerClient;

beforeAll(async () => {
  running = await startTestEmulator();
  client = new SageMakerClient(running.config());
});
afterAll(() => running.emulator.close());

describe('ListTrainingJobs', () => {
  it('applies StatusEquals after taking MaxResults jobs, so a page can hold no failed job yet carry a NextToken', async () => {
    const first = await client.send(new ListTrainingJobsCommand({ StatusEquals: 'Failed', MaxResults: 10 }));
    expect(first.TrainingJobSummaries).toEqual([]);
    expect(first.NextToken).toBeTruthy();

    const names: string[] = [];
    for await (const page of paginateListTrainingJobs({ client }, { StatusEquals: 'Failed', MaxResults: 10 })) {
      names.push(...(page.TrainingJobSummaries ?? []).map((s) => s.TrainingJobName ?? ''));
    }
    expect(names).toEqual(['train-failed-c', 'train-failed-b', 'train-failed-a-2', 'train-failed-a']);
  });

  it('pages through every job of the region only, with the default page size', async () => {
    const all: string[] = [];
    let pages = 0;
    for await (const page of paginateListTrainingJobs({ client }, {})) {
      pages += 1;
      all.push(...(page.TrainingJobSummaries ?? []).map((s) => s.TrainingJobName ?? ''));
    }
    expect(all).toHaveLength(23);
    expect(pages).toBe(3);
    expect(all).not.toContain('eu-failed');
  });

  it('sorts by name or creation time in either order', async () => {
    const byName = await client.send(new ListTrainingJobsCommand({ SortBy: 'Name', SortOrder: 'Descending', MaxResults: 3 }));
    expect(byName.TrainingJobSummaries?.map((s) => s.TrainingJobName)).toEqual(['train-stopped', 'train-running', 'train-ok-18']);
    const newest = await client.send(new ListTrainingJobsCommand({ SortBy: 'CreationTime', SortOrder: 'Descending', MaxResults: 1 }));
    expect(newest.TrainingJobSummaries?.[0]?.TrainingJobName).toBe('train-failed-a');
  });

  it('filters by name and creation time before paging', async () => {
    const named = await client.send(new ListTrainingJobsCommand({ NameContains: 'FAILED-A', MaxResults: 100 }));
    expect(named.TrainingJobSummaries?.map((s) => s.TrainingJobName).sort()).toEqual(['train-failed-a', 'train-failed-a-2']);
    const recent = await client.send(
      new ListTrainingJobsCommand({ CreationTimeAfter: new Date(TEST_NOW.getTime() - 10.5 * 3_600_000), MaxResults: 100 }),
    );
    expect(recent.TrainingJobSummaries?.map((s) => s.TrainingJobName)).toEqual(['train-running', 'train-failed-a-2', 'train-failed-a']);
  });

  it('decodes summaries with dates, ARNs and statuses', async () => {
    const page = await client.send(new ListTrainingJobsCommand({ NameContains: 'train-failed-b' }));
    const summary = page.TrainingJobSummaries?.[0];
    expect(summary?.TrainingJobArn).toBe(`arn:aws:sagemaker:us-east-1:${ACCOUNT}:training-job/train-failed-b`);
    expect(summary?.CreationTime).toEqual(new Date(TEST_NOW.getTime() - 15 * 3_600_000));
    expect(summary?.TrainingJobStatus).toBe('Failed');
  });

  it('refuses an invalid NextToken and an out-of-range MaxResults with ValidationException', async () => {
    const badToken = await rejection(client.send(new ListTrainingJobsCommand({ NextToken: 'not-a-token' })));
    expect(badToken.name).toBe('ValidationException');
    expect(badToken.$metadata.httpStatusCode).toBe(400);
    const badMax = await rejection(client.send(new ListTrainingJobsCommand({ MaxResults: 101 })));
    expect(badMax.name).toBe('ValidationException');
  });

  it('refuses a SortOrder or StatusEquals outside its enum instead of ignoring it', async () => {
    // A typo such as StatusEquals "failed" must not quietly list nothing, or everything.
    const status = await rejection(client.send(new ListTrainingJobsCommand({ StatusEquals: 'failed' as 'Failed' })));
    expect(status.name).toBe('ValidationException');
    expect(status.message).toContain("Value 'failed' at 'statusEquals'");
    const order = await rejection(client.send(new ListTrainingJobsCommand({ SortOrder: 'Down' as 'Descending' })));
    expect(order.name).toBe('ValidationException');
  });

  it('keeps regions apart', async () => {
    const eu = new SageMakerClient(running.config('eu-west-1'));
    const page = await eu.send(new ListTrainingJobsCommand({ StatusEquals: 'Failed' }));
    expect(page.TrainingJobSummaries?.map((s) => s.TrainingJobName)).toEqual(['eu-failed']);
  });
});

describe('DescribeTrainingJob', () => {
  it('returns the full shape the SDK decodes', async () => {
    const job = await client.send(new DescribeTrainingJobCommand({ TrainingJobName: 'train-failed-a' }));
    expect(job.TrainingJobStatus).toBe('Failed');
    expect(job.FailureReason).toContain('ExecuteUserScriptError');
    expect(job.RoleArn).toBe(`arn:aws:iam::${ACCOUNT}:role/ml-train`);
    expect(job.AlgorithmSpecification?.TrainingImage).toContain('pytorch-training');
    expect(job.InputDataConfig?.[0]?.DataSource?.S3DataSource?.S3Uri).toBe('s3://acme-data/train/');
    expect(job.OutputDataConfig).toEqual({
      S3OutputPath: 's3://acme-output/models/',
      KmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-44cd-96ef-1234567890ab`,
    });
    expect(job.ResourceConfig).toMatchObject({ InstanceType: 'ml.p3.2xlarge', InstanceCount: 2, VolumeSizeInGB: 50 });
    expect(job.ResourceConfig?.VolumeKmsKeyId).toContain(':key/');
    expect(job.VpcConfig).toEqual({ SecurityGroupIds: ['sg-0train'], Subnets: ['subnet-0a1', 'subnet-0b2'] });
    expect(job.CheckpointConfig).toEqual({ S3Uri: 's3://acme-output/checkpoints/train-failed-a/', LocalPath: '/opt/ml/checkpoints' });
    expect(job.EnableNetworkIsolation).toBe(true);
    expect(job.Environment).toEqual({ WANDB_MODE: 'offline', AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE' });
    expect(job.HyperParameters).toEqual({ epochs: '3', lr: '0.001' });
    expect(job.SecondaryStatusTransitions?.map((t) => t.Status)).toEqual(['Starting', 'Downloading', 'Training', 'Failed']);
    expect(job.SecondaryStatusTransitions?.[3]?.EndTime).toBeUndefined();
    expect(job.TrainingStartTime).toEqual(new Date(TEST_NOW.getTime() - (8 * 60 + 50) * 60_000));
    expect(job.LastModifiedTime).toBeInstanceOf(Date);
  });

  it('answers an unknown job with ValidationException "Requested resource not found."', async () => {
    const error = await rejection(client.send(new DescribeTrainingJobCommand({ TrainingJobName: 'no-such-job' })));
    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe('Requested resource not found.');
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it('does not find a job of another region', async () => {
    const error = await rejection(client.send(new DescribeTrainingJobCommand({ TrainingJobName: 'eu-failed' })));
    expect(error.name).toBe('ValidationException');
  });
});
