/**
 * The shared roles, buckets and key synthetic jobs use. Their policies are what make each cause
 * true: the no-read role lacks s3:GetObject, the read-only role lacks s3:PutObject, the locked
 * bucket's policy explicitly denies reads, and the key's policy neither names the roles nor
 * delegates to the account.
 */
import type { Scenario } from './schema';

export interface SyntheticResources {
  roles: Scenario['roles'];
  buckets: Scenario['buckets'];
  kmsKeys: Scenario['kmsKeys'];
  trainRoleArns: string[];
  noReadRoleArn: string;
  readOnlyRoleArn: string;
  dataBucket: string;
  outputBucket: string;
  lockedBucket: string;
  kmsBucket: string;
}

const TRUST_SAGEMAKER = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};

export function syntheticResources(accountId: string, region: string, seed: number): SyntheticResources {
  const suffix = `${accountId}-${seed}`;
  const dataBucket = `synthetic-data-${suffix}`;
  const outputBucket = `synthetic-output-${suffix}`;
  const lockedBucket = `synthetic-locked-${suffix}`;
  const kmsBucket = `synthetic-kms-data-${suffix}`;
  const keyId = `5e7a0000-0000-4000-8000-${String(seed).padStart(12, '0').slice(-12)}`;
  const keyArn = `arn:aws:kms:${region}:${accountId}:key/${keyId}`;
  const roleArn = (name: string) => `arn:aws:iam::${accountId}:role/${name}`;
  const buckets = [dataBucket, outputBucket, lockedBucket, kmsBucket].map((b) => `arn:aws:s3:::${b}`);

  const fullAccess = {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'ListBuckets', Effect: 'Allow', Action: 's3:ListBucket', Resource: buckets },
      { Sid: 'ReadData', Effect: 'Allow', Action: 's3:GetObject', Resource: buckets.map((b) => `${b}/*`) },
      { Sid: 'WriteModels', Effect: 'Allow', Action: ['s3:PutObject', 's3:AbortMultipartUpload'], Resource: `arn:aws:s3:::${outputBucket}/models/*` },
      { Sid: 'UseDataKey', Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: keyArn },
      { Sid: 'Logs', Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'], Resource: '*' },
    ],
  };
  const trainRoleNames = [0, 1, 2, 3].map((i) => `synthetic-ml-train-${i}`);
  const role = (name: string, document: object) => ({
    name,
    path: '/',
    trustPolicy: TRUST_SAGEMAKER,
    attachedPolicyArns: [],
    inlinePolicies: [{ name: `${name}-access`, document: document as Scenario['roles'][number]['trustPolicy'] }],
    createdAt: '-200d',
  });
  const only = (sids: string[]) => ({ ...fullAccess, Statement: fullAccess.Statement.filter((s) => sids.includes(s.Sid)) });

  return {
    roles: [
      ...trainRoleNames.map((name) => role(name, fullAccess)),
      role('synthetic-ml-noread', only(['ListBuckets', 'WriteModels', 'Logs'])),
      role('synthetic-ml-readonly', only(['ListBuckets', 'ReadData', 'Logs'])),
    ],
    buckets: [
      { name: dataBucket, region, policy: null, encryption: { algorithm: 'AES256' } },
      { name: outputBucket, region, policy: null, encryption: { algorithm: 'AES256' } },
      {
        name: lockedBucket,
        region,
        encryption: { algorithm: 'AES256' },
        policy: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'DenyReadsOutsideDataTeam',
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:GetObject',
              Resource: `arn:aws:s3:::${lockedBucket}/*`,
              Condition: { StringNotEquals: { 'aws:PrincipalArn': roleArn('data-platform-admin') } },
            },
          ],
        },
      },
      { name: kmsBucket, region, policy: null, encryption: { algorithm: 'aws:kms', kmsKeyId: keyArn, bucketKeyEnabled: true } },
    ],
    kmsKeys: [
      {
        keyId,
        region,
        description: 'Synthetic data key: only the data platform admin may use it',
        keyState: 'Enabled',
        keyManager: 'CUSTOMER',
        aliases: ['alias/synthetic-data'],
        policy: {
          Version: '2012-10-17',
          Statement: [
            { Sid: 'AdminOnly', Effect: 'Allow', Principal: { AWS: roleArn('data-platform-admin') }, Action: 'kms:*', Resource: '*' },
          ],
        },
      },
    ],
    trainRoleArns: trainRoleNames.map(roleArn),
    noReadRoleArn: roleArn('synthetic-ml-noread'),
    readOnlyRoleArn: roleArn('synthetic-ml-readonly'),
    dataBucket,
    outputBucket,
    lockedBucket,
    kmsBucket,
  };
}
