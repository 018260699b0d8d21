import { describe, expect, it } from 'vitest';
import { STAGES } from '../diagnosis';
import { buildBundle, key, rootKeyPolicy } from '../test-support/bundle';
import { network, VPC_JOB } from '../test-support/network';
import { ok } from '../test-support/policies';
import { deriveRequests } from './derive-requests';
import { findS3Path } from './network-path';
import { quotedRequest } from './quoted-request';

const ids = (b: ReturnType<typeof buildBundle>) => deriveRequests(b, findS3Path(b)).map((r) => r.id);

describe('deriveRequests', () => {
  it('a job using every feature asks for every stage, in stage order, with unique ids', () => {
    const b = buildBundle({
      job: { ...VPC_JOB, resources: { volumeKmsKeyId: 'k-1' }, checkpoint: { s3Uri: 's3://acme-models/ckpt/' }, output: { s3OutputPath: 's3://acme-models/out/', kmsKeyId: 'k-1' } },
      network: network({ endpointRoute: true }),
      buckets: { 'acme-data': { encryption: ok({ algorithm: 'aws:kms', kmsKeyId: 'k-1' }) } },
      keys: { 'k-1': key('k-1', rootKeyPolicy()) },
    });
    const reqs = deriveRequests(b, findS3Path(b));
    const ranks = reqs.map((r) => STAGES.indexOf(r.stage));
    expect(ranks).toEqual([...ranks].sort((a, c) => a - c));
    expect(new Set(reqs.map((r) => r.stage))).toEqual(new Set(STAGES));
    expect(new Set(reqs.map((r) => r.id)).size).toBe(reqs.length);
    const put = reqs.find((r) => r.id === 'output-s3-putobject');
    expect(put?.request.resource).toBe('arn:aws:s3:::acme-models/out/train-1/output/model.tar.gz');
    expect(put?.request.context).toMatchObject({ 's3:x-amz-server-side-encryption': 'aws:kms', 'aws:SourceVpce': 'vpce-0s3gw' });
    expect(reqs.find((r) => r.id === 'input-train-s3-listbucket')?.request.context).toMatchObject({ 's3:prefix': 'train/' });
    expect(reqs.find((r) => r.id === 'volume-kms-creategrant')?.request.resource).toBe('arn:aws:kms:us-east-1:111122223333:key/k-1');
  });

  it('the session principal is the role\u2019s SageMaker session; the trust check asks for SageMaker itself', () => {
    const b = buildBundle();
    const reqs = deriveRequests(b, findS3Path(b));
    expect(reqs[0]?.request).toMatchObject({ principal: 'sagemaker.amazonaws.com', action: 'sts:AssumeRole' });
    expect(reqs[1]?.request.principal).toBe('arn:aws:sts::111122223333:assumed-role/ml-train/SageMaker');
  });

  it('AWS-owned images (Deep Learning Containers) are pulled with service credentials: no ECR checks', () => {
    expect(ids(buildBundle({ job: { trainingImage: '763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-training:2.3.0-gpu-py311' } })).filter((i) => i.startsWith('image'))).toEqual([]);
    expect(ids(buildBundle()).filter((i) => i.startsWith('image'))).toHaveLength(4);
  });

  it('a manifest channel reads its manifest and lists nothing', () => {
    const b = buildBundle({ job: { inputChannels: [{ name: 'train', s3Uri: 's3://acme-data/manifests/train.manifest', s3DataType: 'ManifestFile' }] } });
    expect(ids(b).filter((i) => i.startsWith('input'))).toEqual(['input-train-s3-getobject']);
    // SageMaker's words for it are "Unable to download object …manifest": the title says download too.
    expect(deriveRequests(b, findS3Path(b)).find((r) => r.id === 'input-train-s3-getobject')?.title).toBe('Download the manifest of channel train at s3://acme-data/manifests/train.manifest');
  });
});

describe('SageMaker\u2019s own artifact upload without OutputDataConfig.KmsKeyId', () => {
  it('is SSE-KMS under the account\u2019s aws/s3 key: aws:kms in the request, no key id, no KMS check', () => {
    const b = buildBundle();
    const reqs = deriveRequests(b, findS3Path(b));
    const put = reqs.find((r) => r.id === 'output-s3-putobject');
    expect(put?.request.context).toMatchObject({ 's3:x-amz-server-side-encryption': 'aws:kms' });
    expect(put?.request.context).not.toHaveProperty('s3:x-amz-server-side-encryption-aws-kms-key-id');
    expect(reqs.filter((r) => r.stage === 'output' && r.target.kind === 'kms')).toEqual([]);
  });

  it('the training code\u2019s own upload, quoted in the text, carries no header of SageMaker\u2019s', () => {
    const b = buildBundle();
    const path = findS3Path(b);
    const denied = { principal: 'arn:aws:sts::111122223333:assumed-role/ml-train/SageMaker', action: 's3:PutObject', resource: 'arn:aws:s3:::acme-models/scratch/metrics.csv' };
    const quoted = quotedRequest(b, path, { denied }, deriveRequests(b, path));
    expect(quoted?.request.action).toBe('s3:PutObject');
    expect(quoted?.request.context).not.toHaveProperty('s3:x-amz-server-side-encryption');
  });
});
