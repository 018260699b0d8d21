import 'server-only';
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { EC2Client } from '@aws-sdk/client-ec2';
import type { IAMClient } from '@aws-sdk/client-iam';
import type { ECRClient } from '@aws-sdk/client-ecr';
import type { KMSClient } from '@aws-sdk/client-kms';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { STSClient } from '@aws-sdk/client-sts';
import type { AwsScope, ClientPool } from './client-pool';

/**
 * What a gateway function is given instead of a bare region: the request's scope and its clients,
 * all from the process's one pool. Gateways never build clients, read the environment or keep
 * module-level state: everything that varies per account, region or test comes in here.
 */
export interface AwsClients {
  readonly scope: AwsScope;
  readonly region: string;
  readonly accountId: string;
  sagemaker(): SageMakerClient;
  logs(): CloudWatchLogsClient;
  iam(): IAMClient;
  s3(): S3Client;
  /** KMS keys may be named by an ARN in another region: ask that region. */
  kms(region?: string): KMSClient;
  ec2(): EC2Client;
  ecr(): ECRClient;
  sts(): STSClient;
  sqs(): SQSClient;
  /** Documents that never change once written (managed policy versions): shared by every request. */
  readonly documents: DocumentCache;
}

/** Immutable documents by kind and key. The store backs it in the app; a Map in tests. */
export interface DocumentCache {
  get(kind: string, key: string): Promise<unknown>;
  put(kind: string, key: string, value: unknown): Promise<void>;
}

export function createMemoryDocuments(): DocumentCache {
  const map = new Map<string, unknown>();
  return {
    get: async (kind, key) => map.get(`${kind}|${key}`),
    put: async (kind, key, value) => void map.set(`${kind}|${key}`, value),
  };
}

export function scopedClients(pool: ClientPool, scope: AwsScope, documents: DocumentCache): AwsClients {
  return {
    scope,
    region: scope.region,
    accountId: scope.accountId,
    sagemaker: () => pool.client('sagemaker', scope),
    logs: () => pool.client('logs', scope),
    iam: () => pool.client('iam', scope),
    s3: () => pool.client('s3', scope),
    kms: (region) => pool.client('kms', scope, region),
    ec2: () => pool.client('ec2', scope),
    ecr: () => pool.client('ecr', scope),
    sts: () => pool.client('sts', scope),
    sqs: () => pool.client('sqs', scope),
    documents,
  };
}
