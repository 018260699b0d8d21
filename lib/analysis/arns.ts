/**
 * ARN and URI parsing the proof layer needs. Pure string work; anything that does not parse comes
 * back `undefined` so the caller can say "could not tell" instead of guessing. ARNs are written in
 * the partition of the region they live in (partition.ts); S3's carry no region, so the caller says
 * whose partition (the job's: a job reads no bucket of another partition).
 */
import { partitionOf } from './partition';

export interface S3Location {
  bucket: string;
  /** The key prefix without a leading slash; may be empty. */
  prefix: string;
}

export function parseS3Uri(uri: string): S3Location | undefined {
  const m = /^s3:\/\/([^/]+)\/?(.*)$/.exec(uri.trim());
  if (!m || !m[1]) return undefined;
  return { bucket: m[1], prefix: m[2] ?? '' };
}

/** `train` and `train/` both name the folder `train/`; an empty prefix is the whole bucket. */
export function folderPrefix(prefix: string): string {
  if (prefix === '' || prefix.endsWith('/')) return prefix;
  return `${prefix}/`;
}

export function bucketArn(bucket: string, partition: string): string {
  return `arn:${partition}:s3:::${bucket}`;
}

/**
 * An S3 Express One Zone directory bucket (`<name>--<zone id>--x-s3`): its objects are authorized by a session the
 * caller opens with `s3express:CreateSession` on the bucket, not by `s3:GetObject` / `s3:PutObject` on `arn:aws:s3:::`
 * ARNs (S3 User Guide, directory buckets: "Authorizing Zonal endpoint API operations with CreateSession").
 */
export function isDirectoryBucket(bucket: string): boolean {
  return /--[a-z0-9-]+--x-s3$/.test(bucket);
}

export function directoryBucketArn(bucket: string, region: string, account: string): string {
  return `arn:${partitionOf(region).name}:s3express:${region}:${account}:bucket/${bucket}`;
}

export function objectArn(bucket: string, key: string, partition: string): string {
  return `arn:${partition}:s3:::${bucket}/${key}`;
}

export interface EcrImage {
  accountId: string;
  region: string;
  repository: string;
}

/** `<acct>.dkr.ecr.<region>.<partition's suffix>/<repo>[:tag|@digest]`; other registries return undefined. */
export function parseEcrImage(image: string): EcrImage | undefined {
  const m = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.([a-z0-9.-]+)\/([^:@]+)(?:[:@].*)?$/.exec(image.trim());
  if (!m || !m[1] || !m[2] || !m[3] || !m[4] || m[3] !== partitionOf(m[2]).dnsSuffix) return undefined;
  return { accountId: m[1], region: m[2], repository: m[4] };
}

export function ecrRepositoryArn(image: EcrImage): string {
  return `arn:${partitionOf(image.region).name}:ecr:${image.region}:${image.accountId}:repository/${image.repository}`;
}

/** `arn:aws:ecr:<region>:<acct>:repository/<name>`, as ecrRepositoryArn writes it; anything else returns undefined. */
export function parseEcrRepositoryArn(arn: string): EcrImage | undefined {
  const m = /^arn:[\w-]+:ecr:([\w-]+):(\d{12}):repository\/(.+)$/.exec(arn);
  return m?.[1] && m[2] && m[3] ? { region: m[1], accountId: m[2], repository: m[3] } : undefined;
}

/** The 4th field of an ARN; undefined for ARNs without one (S3, IAM) or non-ARNs (a key id, an alias name). */
export function regionOfArn(arn: string): string | undefined {
  const parts = arn.split(':');
  return parts[0] === 'arn' && parts[3] ? parts[3] : undefined;
}

/** The 5th field of an ARN; undefined for ARNs without one (S3) or non-ARNs. */
export function accountOfArn(arn: string): string | undefined {
  const account = arn.split(':')[4];
  return account && /^\d{12}$/.test(account) ? account : undefined;
}

/** `arn:aws:iam::1:role/path/name` -> `name`. */
export function roleNameOfArn(roleArn: string): string {
  const resource = roleArn.split(':').slice(5).join(':');
  const parts = resource.split('/');
  return parts[parts.length - 1] ?? roleArn;
}

/** SageMaker assumes the execution role with the session name `SageMaker`. */
export function roleSessionArn(roleArn: string): string {
  const account = accountOfArn(roleArn) ?? '000000000000';
  const partition = roleArn.split(':')[1] || 'aws';
  return `arn:${partition}:sts::${account}:assumed-role/${roleNameOfArn(roleArn)}/SageMaker`;
}

/** A KMS key ref as a job or bucket names it (id, key ARN, alias, alias ARN) as an ARN. */
export function kmsKeyArnFromRef(ref: string, region: string, accountId: string): string {
  if (ref.startsWith('arn:')) return ref;
  const partition = partitionOf(region).name;
  if (ref.startsWith('alias/')) return `arn:${partition}:kms:${region}:${accountId}:${ref}`;
  return `arn:${partition}:kms:${region}:${accountId}:key/${ref}`;
}

/** A slug safe for check ids, anchors and IAM policy names. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
