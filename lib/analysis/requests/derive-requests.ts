import {
  accountOfArn,
  bucketArn,
  directoryBucketArn,
  ecrRepositoryArn,
  isDirectoryBucket,
  folderPrefix,
  kmsKeyArnFromRef,
  objectArn,
  parseEcrImage,
  parseS3Uri,
  roleSessionArn,
  slug,
  type S3Location,
} from '../arns';
import type { AwsRequest, Stage } from '../diagnosis';
import type { EvidenceBundle } from '../evidence';
import { partitionOf } from '../partition';
import { isAwsOwnedImage } from './aws-owned-images';
import type { S3Path } from './network-path';
import type { PlannedRequest, RequestTarget } from './planned-request';
import { baseContext, bucketOwner, keyUseContext, networkContext } from './request-context';

/** Stands in for "any object under the prefix": the simulator needs one concrete key (see PlannedRequest). */
const SAMPLE_OBJECT = 'sample-object';

interface Ctx {
  bundle: EvidenceBundle;
  /** The partition of the job's region, in which every ARN the job's requests name is written. */
  partition: string;
  principal: string;
  path: S3Path;
  out: PlannedRequest[];
}

function add(
  ctx: Ctx,
  stage: Stage,
  idParts: string[],
  title: string,
  request: Omit<AwsRequest, 'principal'> & { principal?: string },
  target: RequestTarget,
  extra: { simulatedResource?: string; resourceAccountId?: string } = {},
): void {
  ctx.out.push({
    id: slug([stage, ...idParts].join('-')),
    stage,
    title,
    request: { principal: request.principal ?? ctx.principal, action: request.action, resource: request.resource, context: request.context },
    simulatedResource: extra.simulatedResource ?? request.resource,
    // An explicit `undefined` means "another account, which one unknown" (S3's 405 does not say).
    resourceAccountId: 'resourceAccountId' in extra ? extra.resourceAccountId : ctx.bundle.accountId,
    target,
  });
}

/**
 * The encryption context S3 sends KMS for an object: `aws:s3:arn` is the object's ARN, or the bucket's when the bucket uses
 * an S3 Bucket Key (S3 User Guide, "Encryption context"). A key policy that keeps the key to one bucket reads it
 * (`kms:EncryptionContext:aws:s3:arn`).
 */
function s3EncryptionContext(bundle: EvidenceBundle, object: { bucket: string; key: string }): Record<string, string> {
  // A directory bucket's context is S3 Express's own, which no reachable AWS page here states: none is claimed.
  if (isDirectoryBucket(object.bucket)) return {};
  return { 'kms:EncryptionContext:aws:s3:arn': s3ArnContext(bundle, object, usesBucketKey(bundle, object.bucket)) };
}

function usesBucketKey(bundle: EvidenceBundle, bucket: string): boolean {
  const enc = bundle.buckets[bucket]?.encryption;
  return enc?.ok === true && enc.value?.bucketKeyEnabled === true;
}

function s3ArnContext(bundle: EvidenceBundle, object: { bucket: string; key: string }, bucketKey: boolean): string {
  const partition = partitionOf(bundle.region).name;
  return bucketKey ? bucketArn(object.bucket, partition) : objectArn(object.bucket, object.key, partition);
}

/**
 * The context of an object written under the bucket's other Bucket Key setting. A bucket's setting applies to objects
 * written since it was made ("Configuring your bucket to use an S3 Bucket Key with SSE-KMS for new objects", S3 User
 * Guide): the job's writes follow it, but the objects it reads may be older, and the dashboard does not read them. A
 * write's context is open too when the bucket's setting could not be read.
 */
function otherS3Context(bundle: EvidenceBundle, object: { bucket: string; key: string } | undefined, via: string): { otherS3Context?: string } {
  if (!object || isDirectoryBucket(object.bucket)) return {};
  const settingRead = bundle.buckets[object.bucket]?.encryption?.ok === true;
  if (via !== 's3-read' && settingRead) return {};
  return { otherS3Context: s3ArnContext(bundle, object, !usesBucketKey(bundle, object.bucket)) };
}

function addKey(ctx: Ctx, stage: Stage, idPrefix: string[], ref: string, actions: string[], via: 'volume' | 's3-read' | 's3-write' | 'output', what: string, object?: { bucket: string; key: string }): void {
  const { bundle } = ctx;
  const evidence = bundle.keys[ref];
  const keyArn = evidence?.metadata.ok ? evidence.metadata.value.arn : kmsKeyArnFromRef(ref, bundle.region, bundle.accountId);
  const keyAccount = evidence?.metadata.ok ? evidence.metadata.value.accountId : accountOfArn(keyArn);
  const bucket = object?.bucket;
  const context: Record<string, string> = { ...baseContext(bundle), ...keyUseContext(bundle, via === 'volume' ? 'volume' : 's3'), ...(object ? s3EncryptionContext(bundle, object) : {}) };
  for (const action of actions) {
    add(ctx, stage, [...idPrefix, action.replace(':', '-')], `${what}: ${action} on key ${keyArn}`, { action, resource: keyArn, context }, { kind: 'kms', keyRef: ref, keyArn, via, ...(bucket ? { bucket } : {}), ...otherS3Context(bundle, object, via) }, { resourceAccountId: keyAccount });
  }
}

function bucketKeyRef(bundle: EvidenceBundle, bucket: string): string | undefined {
  const enc = bundle.buckets[bucket]?.encryption;
  if (!enc?.ok || !enc.value) return undefined;
  return enc.value.algorithm.startsWith('aws:kms') ? enc.value.kmsKeyId : undefined;
}

function sampleKey(prefix: string): string {
  return `${folderPrefix(prefix)}${SAMPLE_OBJECT}`;
}

/** SageMaker downloads File-mode (and FastFile) input before training; Pipe mode streams it. */
function readVerb(stage: Stage, inputMode: string | undefined): string {
  if (stage !== 'input') return 'Read';
  return inputMode === 'Pipe' ? 'Stream' : 'Download';
}

/**
 * A directory bucket's objects are read and written through a session the role opens on the bucket: one
 * `s3express:CreateSession`, read-only for reads and read-write for writes (`s3express:SessionMode`). A stage that both
 * reads and writes (checkpoints) asks once, for ReadWrite.
 */
function addDirectorySession(ctx: Ctx, stage: Stage, idPrefix: string[], loc: S3Location, label: string, direction: 'read' | 'write'): void {
  const { bundle } = ctx;
  const id = slug([stage, ...idPrefix, 's3express-createsession'].join('-'));
  if (ctx.out.some((p) => p.id === id)) return;
  const owner = bucketOwner(bundle, loc.bucket);
  const arn = directoryBucketArn(loc.bucket, bundle.region, owner ?? bundle.accountId);
  const context = { ...baseContext(bundle), ...networkContext(ctx.path), 's3express:SessionMode': direction === 'read' ? 'ReadOnly' : 'ReadWrite' };
  const target: RequestTarget = { kind: 's3', bucket: loc.bucket, direction, prefix: loc.prefix };
  add(ctx, stage, [...idPrefix, 's3express-createsession'], `Open a ${direction === 'read' ? 'read-only' : 'read-write'} session on directory bucket ${loc.bucket} for ${label}`, { action: 's3express:CreateSession', resource: arn, context }, target, { resourceAccountId: owner });
}

function addS3Read(ctx: Ctx, stage: Stage, idPrefix: string[], loc: S3Location, label: string, manifest = false, inputMode?: string): void {
  const { bundle } = ctx;
  if (isDirectoryBucket(loc.bucket)) return addDirectorySession(ctx, stage, idPrefix, loc, label, 'read');
  const owner = bucketOwner(bundle, loc.bucket);
  const net = { ...baseContext(bundle), ...networkContext(ctx.path) };
  const target: RequestTarget = { kind: 's3', bucket: loc.bucket, direction: 'read', prefix: loc.prefix };
  const where = `s3://${loc.bucket}/${loc.prefix}`;
  if (manifest) {
    // A manifest channel names its objects in the manifest: SageMaker reads the manifest, no listing.
    add(ctx, stage, [...idPrefix, 's3-getobject'], `${stage === 'input' ? 'Download' : 'Read'} the manifest of ${label} at ${where}`, { action: 's3:GetObject', resource: objectArn(loc.bucket, loc.prefix, ctx.partition), context: net }, target, { resourceAccountId: owner });
    return;
  }
  add(ctx, stage, [...idPrefix, 's3-listbucket'], `List ${label} under ${where}`, { action: 's3:ListBucket', resource: bucketArn(loc.bucket, ctx.partition), context: { ...net, 's3:prefix': loc.prefix } }, target, { resourceAccountId: owner });
  add(ctx, stage, [...idPrefix, 's3-getobject'], `${readVerb(stage, inputMode)} ${label} from ${where}`, { action: 's3:GetObject', resource: objectArn(loc.bucket, `${loc.prefix}*`, ctx.partition), context: net }, target, { simulatedResource: objectArn(loc.bucket, sampleKey(loc.prefix), ctx.partition), resourceAccountId: owner });
}

/** `key` is the object simulated; `shown` the resource people see (a prefix pattern for checkpoints). */
function addS3Write(ctx: Ctx, stage: Stage, idPrefix: string[], loc: S3Location, key: string, label: string, sse: Record<string, string>, shown = key): void {
  const { bundle } = ctx;
  if (isDirectoryBucket(loc.bucket)) return addDirectorySession(ctx, stage, idPrefix, loc, label, 'write');
  const owner = bucketOwner(bundle, loc.bucket);
  const context = { ...baseContext(bundle), ...networkContext(ctx.path), ...sse };
  const target: RequestTarget = { kind: 's3', bucket: loc.bucket, direction: 'write', prefix: loc.prefix };
  for (const action of ['s3:PutObject', 's3:AbortMultipartUpload']) {
    add(ctx, stage, [...idPrefix, action.replace(':', '-')], `${action === 's3:PutObject' ? 'Write' : 'Abort multipart uploads of'} ${label} to s3://${loc.bucket}/${shown}`, { action, resource: objectArn(loc.bucket, shown, ctx.partition), context }, target, { resourceAccountId: owner, simulatedResource: objectArn(loc.bucket, key, ctx.partition) });
  }
}

export function deriveRequests(bundle: EvidenceBundle, path: S3Path): PlannedRequest[] {
  const { job } = bundle;
  const ctx: Ctx = { bundle, partition: partitionOf(bundle.region).name, principal: roleSessionArn(job.roleArn), path, out: [] };
  const jobAccount = accountOfArn(job.roleArn) ?? bundle.accountId;

  add(ctx, 'assume-role', ['sts-assumerole'], `SageMaker assumes role ${job.roleArn}`, {
    principal: 'sagemaker.amazonaws.com',
    action: 'sts:AssumeRole',
    resource: job.roleArn,
    context: { 'aws:SourceAccount': bundle.accountId, 'aws:SourceArn': job.arn },
  }, { kind: 'trust' }, { resourceAccountId: jobAccount });

  if (job.vpc) addNetwork(ctx, job.vpc.subnetIds[0] ?? '');
  if (job.resources.volumeKmsKeyId) addKey(ctx, 'volume', [], job.resources.volumeKmsKeyId, ['kms:CreateGrant'], 'volume', 'Encrypt the training volume');
  addImage(ctx, jobAccount);

  for (const channel of job.inputChannels) {
    const loc = parseS3Uri(channel.s3Uri);
    if (!loc) continue;
    const id = [slug(channel.name)];
    const manifest = /Manifest/i.test(channel.s3DataType);
    addS3Read(ctx, 'input', id, loc, `channel ${channel.name}`, manifest, channel.inputMode);
    const keyRef = isDirectoryBucket(loc.bucket) ? undefined : bucketKeyRef(bundle, loc.bucket);
    const object = manifest ? loc.prefix : sampleKey(loc.prefix);
    if (keyRef) addKey(ctx, 'input', id, keyRef, ['kms:Decrypt'], 's3-read', `Decrypt channel ${channel.name} (bucket default key)`, { bucket: loc.bucket, key: object });
  }

  addLogs(ctx);

  const checkpoint = job.checkpoint ? parseS3Uri(job.checkpoint.s3Uri) : undefined;
  if (checkpoint) {
    const keyRef = isDirectoryBucket(checkpoint.bucket) ? undefined : bucketKeyRef(bundle, checkpoint.bucket);
    addS3Write(ctx, 'checkpoints', [], checkpoint, sampleKey(checkpoint.prefix), 'checkpoints', keyRef ? { 's3:x-amz-server-side-encryption': 'aws:kms' } : {}, `${checkpoint.prefix}*`);
    addS3Read(ctx, 'checkpoints', [], checkpoint, 'checkpoints');
    if (keyRef) addKey(ctx, 'checkpoints', [], keyRef, ['kms:GenerateDataKey', 'kms:Decrypt'], 's3-write', 'Encrypt checkpoints (bucket default key)', { bucket: checkpoint.bucket, key: sampleKey(checkpoint.prefix) });
  }

  const output = parseS3Uri(job.output.s3OutputPath);
  if (output) {
    // SageMaker writes the model to <S3OutputPath>/<job name>/output/model.tar.gz.
    const key = `${folderPrefix(output.prefix)}${job.name}/output/model.tar.gz`;
    // SageMaker's own upload is always SSE-KMS: with OutputDataConfig.KmsKeyId under that key, else
    // under the account's AWS managed aws/s3 key (API reference, OutputDataConfig.KmsKeyId), whatever
    // the bucket's default. So a bucket policy requiring aws:kms lets it through, one requiring
    // AES256 does not. The aws/s3 key policy grants every principal of the account through S3, so
    // only a customer key needs a KMS check. (The training code's own uploads are not modelled here.)
    const sse: Record<string, string> = { 's3:x-amz-server-side-encryption': 'aws:kms' };
    if (job.output.kmsKeyId) sse['s3:x-amz-server-side-encryption-aws-kms-key-id'] = kmsKeyArnFromRef(job.output.kmsKeyId, bundle.region, bundle.accountId);
    addS3Write(ctx, 'output', [], output, key, 'the model artifact', sse);
    if (job.output.kmsKeyId) {
      addKey(ctx, 'output', [], job.output.kmsKeyId, ['kms:GenerateDataKey', 'kms:Encrypt'], 'output', 'Encrypt the output (OutputDataConfig.KmsKeyId)', { bucket: output.bucket, key });
      // An artifact larger than one part goes up in parts, and S3 decrypts the parts to complete the upload with the caller's
      // kms:Decrypt (S3 User Guide, multipart upload permissions): a role without it fails at the end of training, after the
      // whole run (aws/aws-cdk#12810). Asked as its own request, so a fix that grants only the encrypting actions is not shown.
      addKey(ctx, 'output', [], job.output.kmsKeyId, ['kms:Decrypt'], 'output', 'Complete the multipart upload of the output (S3 decrypts its parts)', { bucket: output.bucket, key });
    }
  }
  return ctx.out;
}

function addNetwork(ctx: Ctx, subnetId: string): void {
  const { bundle, partition } = ctx;
  const acct = bundle.accountId;
  const eni = `arn:${partition}:ec2:${bundle.region}:${acct}:network-interface/*`;
  const context = baseContext(bundle);
  add(ctx, 'network', ['ec2-createnetworkinterface'], `Create network interfaces in subnet ${subnetId}`, { action: 'ec2:CreateNetworkInterface', resource: `arn:${partition}:ec2:${bundle.region}:${acct}:subnet/${subnetId}`, context }, { kind: 'ec2' });
  for (const action of ['ec2:CreateNetworkInterfacePermission', 'ec2:DeleteNetworkInterface', 'ec2:DeleteNetworkInterfacePermission']) {
    add(ctx, 'network', [action.replace(':', '-')], `Call ${action} for the job's network interfaces`, { action, resource: eni, context }, { kind: 'ec2' }, { simulatedResource: `arn:${partition}:ec2:${bundle.region}:${acct}:network-interface/eni-00000000000000000` });
  }
  for (const action of ['ec2:DescribeNetworkInterfaces', 'ec2:DescribeVpcs', 'ec2:DescribeDhcpOptions', 'ec2:DescribeSubnets', 'ec2:DescribeSecurityGroups']) {
    add(ctx, 'network', [action.replace(':', '-')], `${action} (read the VPC configuration)`, { action, resource: '*', context }, { kind: 'ec2' });
  }
}

function addImage(ctx: Ctx, jobAccount: string): void {
  const { bundle } = ctx;
  const image = bundle.job.trainingImage ? parseEcrImage(bundle.job.trainingImage) : undefined;
  if (!image || isAwsOwnedImage(image, jobAccount)) return;
  const target: RequestTarget = { kind: 'ecr', repositoryAccountId: image.accountId };
  const context = baseContext(bundle);
  add(ctx, 'image', ['ecr-getauthorizationtoken'], 'Get an ECR authorization token', { action: 'ecr:GetAuthorizationToken', resource: '*', context }, target);
  const repo = ecrRepositoryArn(image);
  for (const action of ['ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage']) {
    add(ctx, 'image', [action.replace(':', '-')], `Pull the image: ${action} on repository ${image.repository}`, { action, resource: repo, context }, target, { resourceAccountId: image.accountId });
  }
}

function addLogs(ctx: Ctx): void {
  const { bundle } = ctx;
  const streams = bundle.logs.ok ? bundle.logs.value.streams : [];
  const stream = streams[0]?.name ?? `${bundle.job.name}/algo-1`;
  const arn = `arn:${ctx.partition}:logs:${bundle.region}:${bundle.accountId}:log-group:/aws/sagemaker/TrainingJobs:log-stream:${stream}`;
  const context = baseContext(bundle);
  add(ctx, 'logs', ['logs-createlogstream'], `Create log stream ${stream} in /aws/sagemaker/TrainingJobs`, { action: 'logs:CreateLogStream', resource: arn, context }, { kind: 'logs' });
  add(ctx, 'logs', ['logs-putlogevents'], `Write log events to ${stream}`, { action: 'logs:PutLogEvents', resource: arn, context }, { kind: 'logs' });
}
