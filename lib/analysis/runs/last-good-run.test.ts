import { describe, expect, it } from 'vitest';
import type { TrainingJob } from '../evidence';
import { diffRuns, familyStem, pickLastGoodRun } from './last-good-run';

function job(name: string, over: Partial<TrainingJob> = {}): TrainingJob {
  return {
    name,
    arn: `arn:aws:sagemaker:us-east-1:111122223333:training-job/${name}`,
    region: 'us-east-1',
    status: 'Completed',
    transitions: [],
    createdAt: '2026-11-20T00:00:00.000Z',
    roleArn: 'arn:aws:iam::111122223333:role/nlp-training-role',
    trainingImage: 'img:1',
    inputChannels: [{ name: 'train', s3Uri: 's3://acme-ml-datasets/nlp-legacy/intent-v6/train/', s3DataType: 'S3Prefix' }],
    output: { s3OutputPath: 's3://acme-ml-artifacts/nlp/models/' },
    resources: { instanceType: 'ml.g5.2xlarge' },
    enableNetworkIsolation: false,
    environment: {},
    hyperParameters: { epochs: '3' },
    ...over,
  };
}

describe('the last good run', () => {
  it('finds the family by the name without its run counter', () => {
    expect(familyStem('nlp-intent-bert-run-118')).toBe('nlp-intent-bert-run');
    expect(familyStem('recsys-two-tower-daily-1121')).toBe('recsys-two-tower-daily');
    expect(familyStem('baseline')).toBeUndefined();
  });

  it('picks the newest earlier Completed run of the family, else one with the same role and input bucket', () => {
    const failed = job('nlp-intent-bert-run-118', { status: 'Failed', createdAt: '2026-11-25T00:00:00.000Z' });
    const older = job('nlp-intent-bert-run-116', { createdAt: '2026-11-21T00:00:00.000Z' });
    const newest = job('nlp-intent-bert-run-117', { createdAt: '2026-11-22T00:00:00.000Z' });
    const after = job('nlp-intent-bert-run-119', { createdAt: '2026-11-26T00:00:00.000Z' });
    const stopped = job('nlp-intent-bert-run-115', { status: 'Stopped', createdAt: '2026-11-24T00:00:00.000Z' });
    const cousin = job('other-name', { createdAt: '2026-11-24T12:00:00.000Z' });
    expect(pickLastGoodRun(failed, [older, after, stopped, newest, cousin])).toEqual({ job: newest, matchedBy: 'name-stem' });
    expect(pickLastGoodRun(failed, [cousin, after])).toEqual({ job: cousin, matchedBy: 'role-and-input-bucket' });
    expect(pickLastGoodRun(failed, [job('x', { roleArn: 'arn:aws:iam::111122223333:role/other', createdAt: '2026-11-24T00:00:00.000Z' })])).toBeUndefined();
  });

  it('names every difference, and settings by key only (a secret value is never shown)', () => {
    const good = job('run-117', { environment: { API_TOKEN: 'old-secret', REGION: 'us-east-1' }, hyperParameters: { epochs: '3', lr: '0.1' } });
    const failed = job('run-118', {
      status: 'Failed',
      inputChannels: [{ name: 'train', s3Uri: 's3://acme-ml-datasets/nlp/intent-v7/train/', s3DataType: 'S3Prefix' }],
      resources: { instanceType: 'ml.g5.4xlarge', volumeKmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k' },
      vpc: { subnetIds: ['subnet-b', 'subnet-a'], securityGroupIds: ['sg-1'] },
      environment: { API_TOKEN: 'new-secret', DEBUG: '1' },
      hyperParameters: { epochs: '3', lr: '0.2' },
    });
    const diff = diffRuns(good, failed);
    expect(diff.map((d) => d.field)).toEqual(['Input channels', 'KMS keys', 'VPC config', 'Instance type', 'Hyperparameters', 'Environment']);
    expect(diff.find((d) => d.field === 'Input channels')).toEqual({ field: 'Input channels', good: 'train: s3://acme-ml-datasets/nlp-legacy/intent-v6/train/', failed: 'train: s3://acme-ml-datasets/nlp/intent-v7/train/' });
    expect(diff.find((d) => d.field === 'VPC config')?.failed).toBe('subnets subnet-a, subnet-b; security groups sg-1');
    expect(diff.find((d) => d.field === 'Hyperparameters')).toEqual({ field: 'Hyperparameters', good: 'epochs, lr (value changed)', failed: 'epochs, lr (value changed)' });
    expect(diff.find((d) => d.field === 'Environment')).toEqual({ field: 'Environment', good: 'API_TOKEN (value changed), REGION (removed)', failed: 'API_TOKEN (value changed), DEBUG (added)' });
    expect(JSON.stringify(diff)).not.toMatch(/secret/);
    expect(diffRuns(good, { ...good, name: 'same' })).toEqual([]);
  });
});
