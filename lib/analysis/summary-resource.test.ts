import { describe, expect, it } from 'vitest';
import { summaryResource } from './summary-resource';

// Summaries as the demo account's list shows them.
describe('summaryResource', () => {
  it.each([
    [
      'Role nlp-training-role cannot download channel train from s3://acme-ml-datasets/nlp/intent-v7/train/: no identity policy of role nlp-training-role allows s3:GetObject on arn:aws:s3:::acme-ml-datasets/nlp/intent-v7/train/*.',
      's3://acme-ml-datasets/nlp/intent-v7/train/',
    ],
    [
      'Role forecasting-training-role cannot write the model artifact to s3://acme-ml-artifacts/models/forecasting/forecast-demand-weekly-47/output/model.tar.gz: no identity policy …',
      's3://acme-ml-artifacts/models/forecasting/forecast-demand-weekly-47/output/model.tar.gz',
    ],
    [
      'Role cv-training-role cannot pull the image: ecr:BatchCheckLayerAvailability on repository acme/yolo-trainer: no identity policy of role cv-training-role allows ecr:BatchCheckLayerAvailability on arn:aws:ecr:us-east-1:111122223333:repository/acme/yolo-trainer.',
      'acme/yolo-trainer',
    ],
    [
      'Role claims-training-role cannot decrypt channel train (bucket default key): kms:Decrypt on key arn:aws:kms:us-east-1:111122223333:key/5f0c1e2a-7b3d-4c8e-9a1f-2d6b8e4c0a17: the key policy …',
      'key/5f0c1e2a-7b3d-4c8e-9a1f-2d6b8e4c0a17',
    ],
    [
      'Role ds-experiments-role cannot make the request quoted in the failure: s3:GetObject on arn:aws:s3:::acme-ml-datasets/churn/2024-q4/train.parquet: the permissions boundary …',
      'acme-ml-datasets/churn/2024-q4/train.parquet',
    ],
    ['The job failed in the training code ("KeyError: \'tenure_months\'"); fix the training script.', "KeyError: 'tenure_months'"],
    ['SageMaker cannot assume role ml-batch-ec2-role: the trust policy of role ml-batch-ec2-role does not allow sagemaker.amazonaws.com to call sts:AssumeRole.', undefined],
    [
      'The job could not get instances: AWS had insufficient capacity ("CapacityError: Unable to provision requested ML compute capacity. Please retry using a different ML instance type."); retry later.',
      'CapacityError: Unable to provision requested ML compute…',
    ],
    ['', undefined],
  ])('%s', (summary, expected) => {
    expect(summaryResource(summary)).toBe(expected);
  });

  it('takes the first S3 location when a summary names two', () => {
    expect(summaryResource('cannot list channel eval under s3://a/eval/: no route; see s3://b/other/')).toBe('s3://a/eval/');
  });
});
