import { describe, expect, it } from 'vitest';
import { classifyText } from '../classify-text';

const denial = (role: string, action: string, resource: string, context = 'because no identity-based policy allows the action') =>
  `User: arn:aws:sts::111122223333:assumed-role/${role}/SageMaker is not authorized to perform: ${action} on resource: "${resource}" ${context}`;
const keyOf = (failureReason: string) => classifyText({ failureReason }).groupKey;

// Pairs of failures that must (or must not) land in one group on the list page.
const same: [string, string, string][] = [
  ['objects under one prefix', denial('ml-train', 's3:GetObject', 'arn:aws:s3:::acme-data/train/a.csv'), denial('ml-train', 's3:GetObject', 'arn:aws:s3:::acme-data/train/2024/b.csv')],
  [
    'log streams of different jobs',
    denial('ml-train', 'logs:CreateLogStream', 'arn:aws:logs:us-east-1:111122223333:log-group:/aws/sagemaker/TrainingJobs:log-stream:job-1/algo-1-1700000000'),
    denial('ml-train', 'logs:CreateLogStream', 'arn:aws:logs:us-east-1:111122223333:log-group:/aws/sagemaker/TrainingJobs:log-stream:job-2/algo-1-1700000999'),
  ],
  ['different session names of one role', denial('ml-train', 's3:PutObject', 'arn:aws:s3:::out/models/x').replace('/SageMaker', '/Job-1'), denial('ml-train', 's3:PutObject', 'arn:aws:s3:::out/models/y')],
  [
    'the same quota on different job names',
    "ResourceLimitExceeded: The account-level service limit 'ml.p3.2xlarge for training job usage' is 0 Instances (job a-1)",
    "ResourceLimitExceeded: The account-level service limit 'ml.p3.2xlarge for training job usage' is 0 Instances (job b-77)",
  ],
];
const different: [string, string, string][] = [
  ['another role', denial('ml-train', 's3:GetObject', 'arn:aws:s3:::acme-data/train/a.csv'), denial('ml-eval', 's3:GetObject', 'arn:aws:s3:::acme-data/train/a.csv')],
  ['another first prefix', denial('ml-train', 's3:GetObject', 'arn:aws:s3:::acme-data/train/a.csv'), denial('ml-train', 's3:GetObject', 'arn:aws:s3:::acme-data/eval/a.csv')],
  [
    'another cause on the same object',
    denial('ml-train', 's3:GetObject', 'arn:aws:s3:::acme-data/train/a.csv'),
    denial('ml-train', 's3:GetObject', 'arn:aws:s3:::acme-data/train/a.csv', 'because no permissions boundary allows the s3:GetObject action'),
  ],
  ['another instance type', 'CapacityError: Unable to provision requested ML compute capacity for ml.p4d.24xlarge', 'CapacityError: Unable to provision requested ML compute capacity for ml.g5.xlarge'],
];

describe('text group key', () => {
  it.each(same)('is equal for %s', (_name, a, b) => expect(keyOf(a)).toBe(keyOf(b)));
  it.each(different)('differs for %s', (_name, a, b) => expect(keyOf(a)).not.toBe(keyOf(b)));
});
