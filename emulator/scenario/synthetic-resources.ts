/**
 * The shared roles, buckets and keys synthetic jobs use. Their policies are what make each cause
 * true: a no-read role lacks s3:GetObject, a read-only role lacks s3:PutObject, a locked bucket's
 * policy explicitly denies reads, and a data key's policy neither names the roles nor delegates to
 * the account. How many of each there are is the shape: a real account's failed jobs share a
 * couple of dozen roles and a few dozen buckets, and that sharing is what the store's TTL cache
 * and single-flight are measured on.
 */
import type { Scenario } from './schema';

export interface SyntheticShape {
  /** Execution roles in all (at least 3: train, no-read and read-only). */
  roles: number;
  /** Buckets in all (at least 4: data, output, locked and key-encrypted). */
  buckets: number;
}

/** What the benchmark's generated account shares (issue 7 §5): 20 roles and 50 buckets. */
export const DEFAULT_SHAPE: SyntheticShape = { roles: 20, buckets: 50 };

export interface SyntheticResources {
  roles: Scenario['roles'];
  buckets: Scenario['buckets'];
  kmsKeys: Scenario['kmsKeys'];
  trainRoleArns: string[];
  noReadRoleArns: string[];
  readOnlyRoleArns: string[];
  dataBuckets: string[];
  outputBuckets: string[];
  lockedBuckets: string[];
  kmsBuckets: string[];
}

const TRUST_SAGEMAKER = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};

type Document = Scenario['roles'][number]['trustPolicy'];

/** Splits `total` into named parts by share, each part at least 1, the first taking the rest. */
function split<K extends string>(total: number, shares: Record<K, number>): Record<K, number> {
  const keys = Object.keys(shares) as K[];
  if (total < keys.length) throw new Error(`a synthetic shape needs at least ${keys.length}, got ${total}`);
  const counts = Object.fromEntries(keys.map((k) => [k, Math.max(1, Math.round(total * shares[k]))])) as Record<K, number>;
  const [first, ...rest] = keys as [K, ...K[]];
  counts[first] = total - rest.reduce((sum, k) => sum + counts[k], 0);
  return counts;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

export function syntheticResources(accountId: string, region: string, seed: number, shape: SyntheticShape = DEFAULT_SHAPE): SyntheticResources {
  const suffix = `${accountId}-${seed}`;
  const roleCounts = split(shape.roles, { train: 0.7, noread: 0.15, readonly: 0.15 });
  const bucketCounts = split(shape.buckets, { data: 0.6, output: 0.2, locked: 0.1, kms: 0.1 });
  const names = (kind: string, n: number) => range(n).map((i) => `synthetic-${kind}-${i}-${suffix}`);
  const dataBuckets = names('data', bucketCounts.data);
  const outputBuckets = names('output', bucketCounts.output);
  const lockedBuckets = names('locked', bucketCounts.locked);
  const kmsBuckets = names('kms-data', bucketCounts.kms);
  const keyIds = kmsBuckets.map((_, i) => `5e7a${String(i).padStart(4, '0')}-0000-4000-8000-${String(seed).padStart(12, '0').slice(-12)}`);
  const keyArn = (keyId: string) => `arn:aws:kms:${region}:${accountId}:key/${keyId}`;
  const roleArn = (name: string) => `arn:aws:iam::${accountId}:role/${name}`;

  // Wildcards over the generator's own names, as a platform team's policy over its bucket naming
  // scheme would be: one statement covers every synthetic bucket whatever the shape.
  const everyBucket = `arn:aws:s3:::synthetic-*-${suffix}`;
  const fullAccess = {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'ListBuckets', Effect: 'Allow', Action: 's3:ListBucket', Resource: everyBucket },
      { Sid: 'ReadData', Effect: 'Allow', Action: 's3:GetObject', Resource: `${everyBucket}/*` },
      { Sid: 'WriteModels', Effect: 'Allow', Action: ['s3:PutObject', 's3:AbortMultipartUpload'], Resource: `arn:aws:s3:::synthetic-output-*-${suffix}/models/*` },
      { Sid: 'UseDataKey', Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: `arn:aws:kms:${region}:${accountId}:key/*` },
      { Sid: 'Logs', Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'], Resource: '*' },
    ],
  };
  const only = (sids: string[]) => ({ ...fullAccess, Statement: fullAccess.Statement.filter((s) => sids.includes(s.Sid)) });
  const role = (name: string, document: object) => ({
    name,
    path: '/',
    trustPolicy: TRUST_SAGEMAKER,
    attachedPolicyArns: [],
    inlinePolicies: [{ name: `${name}-access`, document: document as Document }],
    tags: {},
    createdAt: '-200d',
  });
  const trainRoles = range(roleCounts.train).map((i) => `synthetic-ml-train-${i}`);
  const noReadRoles = range(roleCounts.noread).map((i) => `synthetic-ml-noread-${i}`);
  const readOnlyRoles = range(roleCounts.readonly).map((i) => `synthetic-ml-readonly-${i}`);

  const plain = (name: string) => ({ name, region, policy: null, encryption: { algorithm: 'AES256' as const } });
  const locked = (name: string) => ({
    ...plain(name),
    policy: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'DenyReadsOutsideDataTeam',
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:GetObject',
          Resource: `arn:aws:s3:::${name}/*`,
          Condition: { StringNotEquals: { 'aws:PrincipalArn': roleArn('data-platform-admin') } },
        },
      ],
    },
  });

  return {
    roles: [
      ...trainRoles.map((name) => role(name, fullAccess)),
      ...noReadRoles.map((name) => role(name, only(['ListBuckets', 'WriteModels', 'Logs']))),
      ...readOnlyRoles.map((name) => role(name, only(['ListBuckets', 'ReadData', 'Logs']))),
    ],
    buckets: [
      ...dataBuckets.map(plain),
      ...outputBuckets.map(plain),
      ...lockedBuckets.map(locked),
      ...kmsBuckets.map((name, i) => ({
        name,
        region,
        policy: null,
        encryption: { algorithm: 'aws:kms' as const, kmsKeyId: keyArn(keyIds[i] ?? ''), bucketKeyEnabled: true },
      })),
    ],
    kmsKeys: keyIds.map((keyId, i) => ({
      keyId,
      region,
      description: 'Synthetic data key: only the data platform admin may use it',
      keyState: 'Enabled' as const,
      keyManager: 'CUSTOMER' as const,
      aliases: [`alias/synthetic-data-${i}`],
      policy: {
        Version: '2012-10-17',
        Statement: [{ Sid: 'AdminOnly', Effect: 'Allow', Principal: { AWS: roleArn('data-platform-admin') }, Action: 'kms:*', Resource: '*' }],
      },
    })),
    trainRoleArns: trainRoles.map(roleArn),
    noReadRoleArns: noReadRoles.map(roleArn),
    readOnlyRoleArns: readOnlyRoles.map(roleArn),
    dataBuckets,
    outputBuckets,
    lockedBuckets,
    kmsBuckets,
  };
}
