import type { ScenarioInput } from '@/emulator/scenario/schema';

/**
 * A small account for the evidence tests, built to hit every "present or missing, and why" branch
 * the demo account may not: an alias-named output key, another account's key and bucket, a subnet
 * that falls back to the main route table, a role the dashboard may not read, a job without logs,
 * a job whose name is a prefix of another's, and a stream longer than the tail.
 */
export const ACCOUNT = '111122223333';
export const OTHER_ACCOUNT = '444455556666';
export const OUTPUT_KEY = '1234abcd-12ab-44cd-96ef-1234567890ab';
export const FOREIGN_KEY = '0987dcba-09fe-47dc-a5ba-ab0987654321';
export const FOREIGN_KEY_ARN = `arn:aws:kms:us-east-1:${OTHER_ACCOUNT}:key/${FOREIGN_KEY}`;
export const BUCKET_KEY_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/${OUTPUT_KEY}`;

const trustSageMaker = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};
const allow = (Action: string | string[], Resource: string | string[]) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action, Resource }] });

const longStream = Array.from({ length: 120 }, (_, i) => ({ at: `-2h${String(59 - Math.floor(i / 2)).padStart(2, '0')}m`, message: i === 5 ? 'Traceback (most recent call last): early Error' : `step ${i} loss=0.${i}` }));

export const smallAccount: ScenarioInput = {
  name: 'evidence-test',
  accountId: ACCOUNT,
  dashboard: { denied: [{ action: 'iam:GetRole', resource: `arn:aws:iam::${ACCOUNT}:role/locked-role` }] },
  managedPolicies: [
    { arn: `arn:aws:iam::${ACCOUNT}:policy/TrainRead`, name: 'TrainRead', document: allow(['s3:GetObject', 's3:ListBucket'], '*') },
    { arn: `arn:aws:iam::${ACCOUNT}:policy/Boundary`, name: 'Boundary', defaultVersionId: 'v3', document: allow('s3:*', '*') },
  ],
  roles: [
    {
      name: 'ml-train',
      path: '/service-role/',
      trustPolicy: trustSageMaker,
      attachedPolicyArns: [`arn:aws:iam::${ACCOUNT}:policy/TrainRead`],
      inlinePolicies: [{ name: 'write-out', document: allow('s3:PutObject', 'arn:aws:s3:::acme-out/*') }],
      permissionsBoundaryArn: `arn:aws:iam::${ACCOUNT}:policy/Boundary`,
    },
    { name: 'locked-role', trustPolicy: trustSageMaker, inlinePolicies: [{ name: 'p', document: allow('s3:GetObject', '*') }] },
  ],
  buckets: [
    {
      name: 'acme-data',
      region: 'us-east-1',
      policy: { Version: '2012-10-17', Statement: [{ Sid: 'DenyInsecure', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::acme-data/*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] },
      encryption: { algorithm: 'aws:kms', kmsKeyId: BUCKET_KEY_ARN, bucketKeyEnabled: true },
    },
    { name: 'acme-out', region: 'us-east-1', policy: null, encryption: null },
    { name: 'partner-data', region: 'us-east-1', ownerAccountId: OTHER_ACCOUNT, policy: null },
  ],
  kmsKeys: [
    { keyId: OUTPUT_KEY, region: 'us-east-1', aliases: ['alias/ml-out'], policy: { Version: '2012-10-17', Statement: [{ Sid: 'Root', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }] } },
    { keyId: FOREIGN_KEY, region: 'us-east-1', accountId: OTHER_ACCOUNT, policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OTHER_ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }] } },
  ],
  vpcs: [
    {
      id: 'vpc-0a1b2c3d',
      region: 'us-east-1',
      cidr: '10.0.0.0/16',
      subnets: [
        { id: 'subnet-0aaa', cidr: '10.0.1.0/24', availabilityZone: 'us-east-1a' },
        { id: 'subnet-0bbb', cidr: '10.0.2.0/24', availabilityZone: 'us-east-1b' },
      ],
      routeTables: [
        { id: 'rtb-0explicit', subnetIds: ['subnet-0aaa'], routes: [] },
        { id: 'rtb-0main', main: true, routes: [{ destinationCidr: '0.0.0.0/0', natGatewayId: 'nat-0123' }] },
      ],
      endpoints: [
        {
          id: 'vpce-0s3',
          serviceName: 'com.amazonaws.us-east-1.s3',
          type: 'Gateway',
          routeTableIds: ['rtb-0explicit'],
          policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::acme-data', 'arn:aws:s3:::acme-data/*'] }] },
        },
      ],
      securityGroups: [{ id: 'sg-0train', name: 'training', egress: [{ protocol: '-1', cidrs: ['0.0.0.0/0'] }], ingress: [{ protocol: '-1', groupIds: ['sg-0train'] }] }],
    },
  ],
  trainingJobs: [
    {
      name: 'vpc-job',
      region: 'us-east-1',
      status: 'Failed',
      secondaryStatus: 'Failed',
      failureReason: 'ClientError: Data download failed:Failed to download data. AccessDenied (403): Access Denied',
      createdAt: '-3h',
      trainingStartTime: '-3h',
      trainingEndTime: '-2h',
      lastModifiedTime: '-2h',
      roleArn: `arn:aws:iam::${ACCOUNT}:role/service-role/ml-train`,
      trainingImage: '763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-training:2.1.0-gpu-py310',
      inputChannels: [
        { name: 'train', s3Uri: 's3://acme-data/train/' },
        { name: 'extra', s3Uri: 's3://partner-data/shared/' },
        { name: 'valid', s3Uri: 's3://acme-data/valid/' },
      ],
      output: { s3OutputPath: 's3://acme-out/models/', kmsKeyId: 'alias/ml-out' },
      resources: { instanceType: 'ml.g5.2xlarge', instanceCount: 2, volumeKmsKeyId: FOREIGN_KEY_ARN },
      vpc: { subnetIds: ['subnet-0aaa', 'subnet-0bbb'], securityGroupIds: ['sg-0train'] },
      checkpoint: { s3Uri: 's3://acme-out/checkpoints/vpc-job/' },
      environment: { WANDB_API_KEY: 'abc123', LEAKED: 'AKIAIOSFODNN7EXAMPLE' },
      transitions: [
        { status: 'Starting', start: '-3h', end: '-2h50m', message: 'Preparing the instances for training' },
        { status: 'Failed', start: '-2h', message: 'Training job failed' },
      ],
      logStreams: [
        { name: 'algo-1-1700000000', events: longStream },
        { name: 'algo-2-1700000000', events: [{ at: '-2h5m', message: 'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied' }, { at: '-2h4m', message: 'creds AKIAIOSFODNN7EXAMPLE' }] },
      ],
    },
    {
      name: 'vpc-job-2',
      region: 'us-east-1',
      status: 'Failed',
      secondaryStatus: 'Failed',
      failureReason: 'AlgorithmError: see logs',
      createdAt: '-1h',
      trainingEndTime: '-30m',
      roleArn: `arn:aws:iam::${ACCOUNT}:role/service-role/ml-train`,
      trainingImage: 'img',
      output: { s3OutputPath: 's3://acme-out/models/' },
      resources: { instanceType: 'ml.m5.xlarge' },
      transitions: [],
      logStreams: [{ name: 'algo-1-1700000001', events: [{ at: '-40m', message: 'Error: from the other job' }] }],
    },
    {
      name: 'no-logs',
      region: 'us-east-1',
      status: 'Failed',
      secondaryStatus: 'Failed',
      failureReason: 'ClientError: Please ensure the role is valid',
      createdAt: '-5h',
      trainingEndTime: '-5h',
      roleArn: `arn:aws:iam::${ACCOUNT}:role/locked-role`,
      trainingImage: 'img',
      output: { s3OutputPath: 's3://acme-out/models/' },
      resources: { instanceType: 'ml.m5.xlarge' },
      transitions: [],
    },
    {
      name: 'ghost-role',
      region: 'us-east-1',
      status: 'Failed',
      secondaryStatus: 'Failed',
      failureReason: 'ClientError: role missing',
      createdAt: '-6h',
      trainingEndTime: '-6h',
      roleArn: `arn:aws:iam::${ACCOUNT}:role/deleted-role`,
      trainingImage: 'img',
      output: { s3OutputPath: 's3://acme-out/models/' },
      resources: { instanceType: 'ml.m5.xlarge' },
      transitions: [],
    },
    {
      name: 'done-job',
      region: 'us-east-1',
      status: 'Completed',
      secondaryStatus: 'Completed',
      createdAt: '-1h',
      roleArn: `arn:aws:iam::${ACCOUNT}:role/service-role/ml-train`,
      trainingImage: 'img',
      output: { s3OutputPath: 's3://acme-out/models/' },
      resources: { instanceType: 'ml.m5.xlarge' },
      transitions: [],
    },
  ],
};
