import type {
  BucketEvidence,
  EvidenceBundle,
  KeyEvidence,
  NamedPolicy,
  NetworkEvidence,
  Piece,
  PolicyDocument,
  RoleEvidence,
  TrainingJob,
} from '../evidence';
import { ecrRepositoryArn, parseEcrImage } from '../arns';
import { allow, doc, inline, ok, SAGEMAKER_TRUST } from './policies';

export const ACCOUNT = '111122223333';
export const OTHER_ACCOUNT = '444455556666';
export const REGION = 'us-east-1';
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/ml-train`;
export const IMAGE = `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/trainer:latest`;

/** Everything the default job needs, so a test removes exactly the grant it is about. */
export const FULL_ACCESS: PolicyDocument = doc(
  allow('s3:ListBucket', ['arn:aws:s3:::acme-data', 'arn:aws:s3:::acme-models']),
  allow(['s3:GetObject'], 'arn:aws:s3:::acme-data/*'),
  allow(['s3:PutObject', 's3:AbortMultipartUpload', 's3:GetObject'], 'arn:aws:s3:::acme-models/*'),
  allow(['ecr:GetAuthorizationToken', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'], '*'),
  allow(['logs:CreateLogStream', 'logs:PutLogEvents'], `arn:aws:logs:*:${ACCOUNT}:log-group:/aws/sagemaker/*`),
  allow(['ec2:*'], '*'),
  allow(['kms:CreateGrant', 'kms:Decrypt', 'kms:GenerateDataKey', 'kms:Encrypt'], '*'),
);

/** `ownerAccountId` is a local extension of BucketEvidence the engine reads when present (see request-context.ts). */
export type BucketSpec = Partial<BucketEvidence> & { ownerAccountId?: string };

export interface BundleSpec {
  job?: Partial<TrainingJob>;
  identity?: NamedPolicy[];
  boundary?: NamedPolicy | null;
  trust?: Piece<PolicyDocument>;
  role?: Piece<RoleEvidence>;
  /** The role's tags (GetRole's Tags). */
  roleTags?: Record<string, string>;
  /** The role's RoleId (GetRole's), from which its sessions' aws:userid follows. */
  roleId?: string;
  identityPieces?: Piece<NamedPolicy[]>;
  buckets?: Record<string, BucketSpec>;
  keys?: Record<string, KeyEvidence>;
  network?: NetworkEvidence;
  logLines?: string[];
  /** The image repository's policy (default: the job's own-account repository, with no policy); `false`: not read. */
  repositoryPolicy?: Piece<PolicyDocument | null> | false;
}

function bucket(name: string, spec: BucketSpec = {}): BucketEvidence {
  return { name, policy: ok(null), encryption: ok({ algorithm: 'AES256' }), ...spec };
}

export function key(id: string, policy: PolicyDocument | Piece<PolicyDocument>, account = ACCOUNT): KeyEvidence {
  const arn = `arn:aws:kms:${REGION}:${account}:key/${id}`;
  return {
    ref: id,
    metadata: ok({ arn, accountId: account, keyManager: 'CUSTOMER', keyState: 'Enabled' }),
    policy: 'ok' in policy ? (policy as Piece<PolicyDocument>) : ok(policy),
    grants: ok([]),
  };
}

/** A key policy that delegates to the account (the default key policy), so IAM policies decide. */
export function rootKeyPolicy(account = ACCOUNT): PolicyDocument {
  return doc({ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'kms:*', Resource: '*' });
}

/** A failed job whose role, by default, has every permission it needs: tests take away one thing. */
export function buildBundle(spec: BundleSpec = {}): EvidenceBundle {
  const job: TrainingJob = {
    name: 'train-1',
    arn: `arn:aws:sagemaker:${REGION}:${ACCOUNT}:training-job/train-1`,
    region: REGION,
    status: 'Failed',
    failureReason: 'ClientError: Data download failed:Failed to download data. AccessDenied (403): Access Denied',
    transitions: [
      { status: 'Starting', startTime: '2026-11-23T10:00:00Z' },
      { status: 'Downloading', startTime: '2026-11-23T10:03:00Z' },
      { status: 'Failed', startTime: '2026-11-23T10:04:00Z' },
    ],
    createdAt: '2026-11-23T10:00:00Z',
    roleArn: ROLE_ARN,
    trainingImage: IMAGE,
    inputChannels: [{ name: 'train', s3Uri: 's3://acme-data/train/', s3DataType: 'S3Prefix' }],
    output: { s3OutputPath: 's3://acme-models/output/' },
    resources: { instanceType: 'ml.m5.xlarge', instanceCount: 1, volumeSizeGb: 30 },
    enableNetworkIsolation: false,
    environment: {},
    hyperParameters: {},
    ...spec.job,
  };
  const role: Piece<RoleEvidence> = spec.role ?? ok({
    arn: ROLE_ARN,
    name: 'ml-train',
    trustPolicy: spec.trust ?? ok(SAGEMAKER_TRUST),
    identityPolicies: spec.identityPieces ?? ok(spec.identity ?? [inline('train-access', FULL_ACCESS)]),
    boundary: ok(spec.boundary ?? null),
    ...(spec.roleTags ? { tags: spec.roleTags } : {}),
    ...(spec.roleId ? { id: spec.roleId } : {}),
  });
  const buckets: Record<string, BucketEvidence> = { 'acme-data': bucket('acme-data'), 'acme-models': bucket('acme-models') };
  for (const [name, b] of Object.entries(spec.buckets ?? {})) buckets[name] = bucket(name, b);
  return {
    region: REGION,
    accountId: ACCOUNT,
    collectedAt: '2026-11-23T11:00:00Z',
    job,
    logs: ok({
      logGroup: '/aws/sagemaker/TrainingJobs',
      streams: spec.logLines
        ? [{ name: `${job.name}/algo-1-1700000000`, truncated: false, lines: spec.logLines.map((message) => ({ timestamp: '2026-11-23T10:05:00Z', message, matched: true })) }]
        : [],
    }),
    role,
    buckets,
    keys: spec.keys ?? {},
    network: spec.network,
    ...imageRepository(job, spec.repositoryPolicy),
  };
}

/** The repository of the job's image in its own account, as collect-evidence.ts reads it; none for another account's. */
function imageRepository(job: TrainingJob, policy: BundleSpec['repositoryPolicy']): Pick<EvidenceBundle, 'imageRepository'> {
  const image = job.trainingImage ? parseEcrImage(job.trainingImage) : undefined;
  if (!image || image.accountId !== ACCOUNT || policy === false) return {};
  return { imageRepository: { arn: ecrRepositoryArn(image), policy: policy ?? ok(null) } };
}
