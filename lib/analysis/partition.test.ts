import { describe, expect, it } from 'vitest';
import { directoryBucketArn, ecrRepositoryArn, kmsKeyArnFromRef, parseEcrImage } from './arns';
import { inPartition, partitionOf } from './partition';

// lib/aws/partitions-match-sdk.test.ts holds the whole table to the AWS SDK's.
describe('partitionOf', () => {
  it('names the partitions a job page meets', () => {
    expect(partitionOf('us-gov-west-1')).toEqual({ name: 'aws-us-gov', dnsSuffix: 'amazonaws.com' });
    expect(partitionOf('cn-north-1')).toEqual({ name: 'aws-cn', dnsSuffix: 'amazonaws.com.cn' });
    expect(partitionOf('eu-central-1')).toEqual({ name: 'aws', dnsSuffix: 'amazonaws.com' });
    expect(partitionOf('us-isob-east-1').name).toBe('aws-iso-b');
  });
});

describe('inPartition', () => {
  it('moves a commercial ARN into the partition and leaves the rest alone', () => {
    expect(inPartition('arn:aws:s3:::b/k', 'aws-us-gov')).toBe('arn:aws-us-gov:s3:::b/k');
    expect(inPartition('arn:aws:s3:::b/k', 'aws')).toBe('arn:aws:s3:::b/k');
    expect(inPartition('arn:aws-cn:s3:::b/k', 'aws-us-gov')).toBe('arn:aws-cn:s3:::b/k');
    expect(inPartition('s3://b/k', 'aws-cn')).toBe('s3://b/k');
  });
});

describe('ARNs written for a region are in its partition', () => {
  it('an image in China or GovCloud names its repository there; a host of another partition is no ECR image', () => {
    const cn = parseEcrImage('111122223333.dkr.ecr.cn-north-1.amazonaws.com.cn/trainer:latest');
    expect(cn && ecrRepositoryArn(cn)).toBe('arn:aws-cn:ecr:cn-north-1:111122223333:repository/trainer');
    const gov = parseEcrImage('111122223333.dkr.ecr.us-gov-west-1.amazonaws.com/trainer@sha256:abc');
    expect(gov && ecrRepositoryArn(gov)).toBe('arn:aws-us-gov:ecr:us-gov-west-1:111122223333:repository/trainer');
    expect(parseEcrImage('111122223333.dkr.ecr.cn-north-1.amazonaws.com/trainer:latest')).toBeUndefined();
    expect(parseEcrImage('111122223333.dkr.ecr.us-east-1.amazonaws.com.cn/trainer:latest')).toBeUndefined();
    expect(parseEcrImage('111122223333.dkr.ecr.us-east-1.example.com/trainer:latest')).toBeUndefined();
  });

  it('a key named by id or alias, and a directory bucket', () => {
    expect(kmsKeyArnFromRef('alias/ml', 'us-gov-east-1', '111122223333')).toBe('arn:aws-us-gov:kms:us-gov-east-1:111122223333:alias/ml');
    expect(kmsKeyArnFromRef('k1', 'cn-northwest-1', '111122223333')).toBe('arn:aws-cn:kms:cn-northwest-1:111122223333:key/k1');
    expect(kmsKeyArnFromRef('arn:aws-cn:kms:cn-north-1:111122223333:key/k1', 'cn-northwest-1', '1')).toBe('arn:aws-cn:kms:cn-north-1:111122223333:key/k1');
    expect(directoryBucketArn('b--use1-az4--x-s3', 'us-gov-west-1', '111122223333')).toBe('arn:aws-us-gov:s3express:us-gov-west-1:111122223333:bucket/b--use1-az4--x-s3');
  });
});
