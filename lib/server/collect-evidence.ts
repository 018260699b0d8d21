import 'server-only';
import type { BucketEvidence, EvidenceBundle, KeyEvidence, TrainingJob } from '@/lib/analysis/evidence';
import type { UseCaseResult } from '@/lib/dto/jobs';
import { mapLimit } from '@/lib/aws/concurrency';
import { accountOfArn, ecrRepositoryArn, isDirectoryBucket, parseEcrImage, parseS3Uri } from '@/lib/analysis/arns';
import { rolesToRead } from '@/lib/analysis/fixes/approved-roles';
import { failureTextOf } from '@/lib/analysis/read-text';
import { failFromMissing } from './api-error';
import type { RequestContext } from './context';
import { quotedResources } from './quoted-resources';

/**
 * Everything the dashboard can read about one training job, gathered in parallel (bounded): the
 * job, its logs, its role, every bucket it touches, every KMS key it uses (including the default
 * keys of those buckets) and, in VPC mode, its network. Buckets and keys that the failure text
 * quotes as denied are read too, so a denial inside the training code can be proven, and so are the roles a deny in
 * those policies approves (to re-simulate the job as one). Each piece is
 * present or absent with the reason; only a job that cannot be described at all fails the whole
 * request.
 */
export async function collectEvidence(ctx: RequestContext, jobName: string): Promise<UseCaseResult<EvidenceBundle>> {
  const { gateways: aws, region } = ctx;
  const described = await aws.describeTrainingJob(jobName);
  if (!described.ok) return failFromMissing(described.missing, `could not describe training job ${jobName} in ${region}`);
  const job = described.value;
  const accountId = accountOfArn(job.arn) ?? '';
  const limit = ctx.settings.concurrency;

  const bucketNames = bucketsOf(job);
  const repositoryArn = ownRepositoryOf(job, accountId);
  const [logs, role, configuredBuckets, network, repositoryPolicy] = await Promise.all([
    aws.getJobLogs(job.name),
    aws.getRolePermissions(job.roleArn),
    mapLimit(bucketNames, limit, (bucket) => aws.getBucketEvidence(bucket)),
    job.vpc ? aws.getNetworkEvidence(job.vpc) : Promise.resolve(undefined),
    repositoryArn ? aws.getRepositoryPolicy(repositoryArn) : Promise.resolve(undefined),
  ]);
  // What the text quotes is only known once the logs are read, hence the second round.
  const quoted = quotedResources(failureTextOf(job, logs));
  const extraBuckets = quoted.buckets.filter((name) => !bucketNames.includes(name));
  const buckets = [...configuredBuckets, ...(await mapLimit(extraBuckets, limit, (bucket) => aws.getBucketEvidence(bucket)))];
  // Bucket default keys are only known once the buckets are read, hence the third round.
  const keyRefs = [...new Set([...keysOf(job, buckets), ...quoted.keyArns])];
  const keys = await mapLimit(keyRefs, limit, (ref) => aws.getKeyEvidence(ref, accountId));

  const bundle: EvidenceBundle = {
    region,
    accountId,
    collectedAt: new Date(ctx.settings.now()).toISOString(),
    job,
    logs,
    role,
    buckets: Object.fromEntries(buckets.map((b) => [b.name, b])),
    keys: Object.fromEntries(keys.map((k): [string, KeyEvidence] => [k.ref, k])),
  };
  if (network) bundle.network = network;
  if (repositoryArn && repositoryPolicy) bundle.imageRepository = { arn: repositoryArn, policy: repositoryPolicy };
  // The roles a deny in those policies approves are only known once they are read, hence the last round: read beside
  // the job's role, a "run the job as that role" fix is re-simulated as it instead of offered unverified.
  const others = rolesToRead(bundle);
  if (others.length) {
    const read = await mapLimit(others, limit, async (arn) => [arn, await aws.getRolePermissions(arn)] as const);
    bundle.otherRoles = Object.fromEntries(read);
  }
  return { ok: true, value: bundle };
}

/**
 * Input channels, the output path and the checkpoint location, each bucket once. Not a directory bucket (S3 Express One
 * Zone): its policy and encryption are S3 Express's own API, which the dashboard does not call; the analysis says so.
 */
export function bucketsOf(job: TrainingJob): string[] {
  const uris = [...job.inputChannels.map((c) => c.s3Uri), job.output.s3OutputPath, job.checkpoint?.s3Uri];
  const names = uris.flatMap((uri) => {
    const parsed = uri ? parseS3Uri(uri) : undefined;
    return parsed && !isDirectoryBucket(parsed.bucket) ? [parsed.bucket] : [];
  });
  return [...new Set(names)];
}

/**
 * The training image's repository when it is in the job's own account, the one whose policy the dashboard reads: another
 * account's repository policy is not readable across accounts, and AWS's own images are pulled with SageMaker's credentials.
 */
export function ownRepositoryOf(job: TrainingJob, accountId: string): string | undefined {
  const image = job.trainingImage ? parseEcrImage(job.trainingImage) : undefined;
  return image && image.accountId === accountId ? ecrRepositoryArn(image) : undefined;
}

/** The output key, the volume key and each bucket's default SSE-KMS key, each ref once. */
export function keysOf(job: TrainingJob, buckets: BucketEvidence[]): string[] {
  const refs = [
    job.output.kmsKeyId,
    job.resources.volumeKmsKeyId,
    ...buckets.map((b) => (b.encryption.ok ? b.encryption.value?.kmsKeyId : undefined)),
  ];
  return [...new Set(refs.filter((r): r is string => typeof r === 'string' && r !== ''))];
}
