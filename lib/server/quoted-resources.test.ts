import { describe, expect, it } from 'vitest';
import { MAX_QUOTED_PER_KIND, quotedResources } from './quoted-resources';

const denial = (resource: string) =>
  `botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::111122223333:assumed-role/r/SageMaker is not authorized to perform: s3:GetObject on resource: "${resource}" because no identity-based policy allows the s3:GetObject action`;

describe('quotedResources', () => {
  it('finds the bucket of an S3 object the text says was denied', () => {
    const text = { failureReason: denial('arn:aws:s3:::acme-ml-datasets/churn/train.parquet') };
    expect(quotedResources(text)).toEqual({ buckets: ['acme-ml-datasets'], keyArns: [] });
  });

  it('reads log lines too, and names each bucket once', () => {
    const text = {
      logLines: [
        { stream: 'j/algo-1', message: denial('arn:aws:s3:::shared-bucket/a.csv') },
        { stream: 'j/algo-2', message: denial('arn:aws:s3:::shared-bucket/b.csv') },
      ],
    };
    expect(quotedResources(text).buckets).toEqual(['shared-bucket']);
  });

  it('finds a KMS key ARN the text says was denied', () => {
    const key = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const text = {
      failureReason: `User: arn:aws:sts::111122223333:assumed-role/r/SageMaker is not authorized to perform: kms:Decrypt on resource: ${key} because no resource-based policy allows the kms:Decrypt action`,
    };
    expect(quotedResources(text)).toEqual({ buckets: [], keyArns: [key] });
  });

  it('finds nothing in text that quotes no resource', () => {
    expect(quotedResources({ failureReason: 'CapacityError: Unable to provision requested ML compute capacity.' })).toEqual({
      buckets: [],
      keyArns: [],
    });
  });

  it('reads only the first few: a log of fake denials cannot fan out into hundreds of AWS calls', () => {
    const logLines = Array.from({ length: 50 }, (_, i) => ({ stream: 'j/algo-1', message: denial(`arn:aws:s3:::bucket-${i}/x`) }));
    expect(quotedResources({ logLines }).buckets).toEqual(Array.from({ length: MAX_QUOTED_PER_KIND }, (_, i) => `bucket-${i}`));
  });

  it.each([
    ['an s3:// URI whose "bucket" is a host', 's3://evil.example.com:8080@x/k'],
    ['an s3:// URI with upper case and underscores', 's3://Not_A_Bucket/k'],
    ['an ARN with a bucket name too long', `arn:aws:s3:::${'a'.repeat(70)}/k`],
  ])('ignores %s', (_label, resource) => {
    expect(quotedResources({ failureReason: denial(resource) }).buckets).toEqual([]);
  });

  it('ignores a key ARN in a region that is no region', () => {
    const text = {
      failureReason: 'User: arn:aws:sts::111122223333:assumed-role/r/SageMaker is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:attacker-host:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab because no resource-based policy allows the kms:Decrypt action',
    };
    expect(quotedResources(text).keyArns).toEqual([]);
  });
});
