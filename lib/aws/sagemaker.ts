import 'server-only';
import {
  DescribeTrainingJobCommand,
  ListTrainingJobsCommand,
  type DescribeTrainingJobCommandOutput,
} from '@aws-sdk/client-sagemaker';
import type { Missing, Piece, TrainingJob } from '@/lib/analysis/evidence';
import { redactSettings, redactText } from '@/lib/redact';
import type { AwsClients } from './scoped-clients';
import { attempt, toMissing } from './errors';

/** One failed job as ListTrainingJobs names it: enough to decide whether to describe it. */
export interface FailedJobRef {
  name: string;
  arn: string;
  createdAt: string;
  endedAt?: string;
  lastModifiedAt?: string;
}

export interface ListFailedJobsOptions {
  since?: Date;
  until?: Date;
  nameContains?: string;
  /** Page cap. Reaching it reports `truncated` rather than hiding older jobs. */
  maxPages?: number;
  /** MaxResults per page (AWS allows 1-100); tests use tiny pages to exercise pagination. */
  pageSize?: number;
  /**
   * Only jobs modified after this time. A refresh uses it rather than the creation time: a job that
   * was running at the last listing and has failed since was created before it, modified after it.
   */
  lastModifiedAfter?: Date;
  /** Hears each page as it arrives, so the caller can store and show the first rows before the last page. */
  onPage?: (jobs: FailedJobRef[]) => Promise<void> | void;
}

export type FailedJobList =
  | { ok: true; jobs: FailedJobRef[]; truncated: boolean; truncatedReason?: string; pages: number }
  | { ok: false; missing: Missing };

const PAGE_SIZE = 100;

const DEFAULT_MAX_PAGES = 50;

/**
 * Every failed training job in the region (optionally within a creation-time window and a name
 * filter), newest first. ListTrainingJobs applies StatusEquals *after* taking a page, so a page with
 * no failed jobs but a NextToken is not the end: we follow NextToken until it is absent or the page
 * cap is reached. An error after the first page keeps what was read and says why it stopped.
 */
export function listFailedJobs(aws: AwsClients, options: ListFailedJobsOptions = {}): Promise<FailedJobList> {
  return listJobsWithStatus(aws, 'Failed', options);
}

/**
 * Completed training jobs (newest first, optionally by name fragment and creation window): the
 * candidates for a failed job's last good run. Same paging rules as the failed-jobs listing.
 */
export function listCompletedJobs(aws: AwsClients, options: ListFailedJobsOptions = {}): Promise<FailedJobList> {
  return listJobsWithStatus(aws, 'Completed', options);
}

async function listJobsWithStatus(aws: AwsClients, status: 'Failed' | 'Completed', options: ListFailedJobsOptions): Promise<FailedJobList> {
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const client = aws.sagemaker();
  const jobs: FailedJobRef[] = [];
  let nextToken: string | undefined;
  let pages = 0;

  do {
    let output;
    try {
      output = await client.send(
        new ListTrainingJobsCommand({
          StatusEquals: status,
          SortBy: 'CreationTime',
          SortOrder: 'Descending',
          MaxResults: pageSize,
          CreationTimeAfter: options.since,
          CreationTimeBefore: options.until,
          NameContains: options.nameContains || undefined,
          LastModifiedTimeAfter: options.lastModifiedAfter,
          NextToken: nextToken,
        }),
      );
    } catch (error) {
      const missing = toMissing(error, { action: 'sagemaker:ListTrainingJobs' });
      if (pages === 0) return { ok: false, missing };
      return { ok: true, jobs, truncated: true, truncatedReason: `listing stopped after ${pages} pages: ${missing.message}`, pages };
    }
    pages += 1;
    const page: FailedJobRef[] = [];
    for (const summary of output.TrainingJobSummaries ?? []) {
      // Belt and braces: the filter is the service's job, but a non-failed row must never be shown as failed.
      if (summary.TrainingJobStatus !== status || !summary.TrainingJobName) continue;
      page.push({
        name: summary.TrainingJobName,
        arn: summary.TrainingJobArn ?? '',
        createdAt: iso(summary.CreationTime) ?? '',
        endedAt: iso(summary.TrainingEndTime),
        lastModifiedAt: iso(summary.LastModifiedTime),
      });
    }
    jobs.push(...page);
    if (page.length > 0) await options.onPage?.(page);
    nextToken = output.NextToken || undefined;
  } while (nextToken && pages < maxPages);

  return nextToken
    ? { ok: true, jobs, truncated: true, truncatedReason: `stopped at the page cap of ${maxPages} pages (${maxPages * pageSize} jobs scanned); older ${status.toLowerCase()} jobs exist`, pages }
    : { ok: true, jobs, truncated: false, pages };
}

/** DescribeTrainingJob in our own shape, with secrets in Environment and HyperParameters masked. */
export function describeTrainingJob(aws: AwsClients, name: string): Promise<Piece<TrainingJob>> {
  return attempt({ action: 'sagemaker:DescribeTrainingJob', resource: name }, async () => {
    const output = await aws.sagemaker().send(new DescribeTrainingJobCommand({ TrainingJobName: name }));
    return toTrainingJob(aws.region, output);
  });
}

export function toTrainingJob(region: string, d: DescribeTrainingJobCommandOutput): TrainingJob {
  const job: TrainingJob = {
    name: d.TrainingJobName ?? '',
    arn: d.TrainingJobArn ?? '',
    region,
    status: (d.TrainingJobStatus ?? 'Failed') as TrainingJob['status'],
    secondaryStatus: d.SecondaryStatus,
    failureReason: d.FailureReason === undefined ? undefined : redactText(d.FailureReason),
    transitions: (d.SecondaryStatusTransitions ?? []).map((t) => ({
      status: t.Status ?? '',
      startTime: iso(t.StartTime) ?? '',
      endTime: iso(t.EndTime),
      statusMessage: t.StatusMessage === undefined ? undefined : redactText(t.StatusMessage),
    })),
    createdAt: iso(d.CreationTime) ?? '',
    startedAt: iso(d.TrainingStartTime),
    endedAt: iso(d.TrainingEndTime),
    lastModifiedAt: iso(d.LastModifiedTime),
    roleArn: d.RoleArn ?? '',
    trainingImage: d.AlgorithmSpecification?.TrainingImage,
    algorithmName: d.AlgorithmSpecification?.AlgorithmName,
    inputChannels: (d.InputDataConfig ?? []).flatMap((channel) => {
      const s3 = channel.DataSource?.S3DataSource;
      if (!s3?.S3Uri) return []; // file-system channels (EFS, FSx) touch no bucket
      return [{ name: channel.ChannelName ?? '', s3Uri: s3.S3Uri, s3DataType: s3.S3DataType ?? 'S3Prefix', inputMode: channel.InputMode }];
    }),
    output: { s3OutputPath: d.OutputDataConfig?.S3OutputPath ?? '', kmsKeyId: d.OutputDataConfig?.KmsKeyId || undefined },
    resources: {
      instanceType: d.ResourceConfig?.InstanceType,
      instanceCount: d.ResourceConfig?.InstanceCount,
      volumeSizeGb: d.ResourceConfig?.VolumeSizeInGB,
      volumeKmsKeyId: d.ResourceConfig?.VolumeKmsKeyId || undefined,
    },
    vpc: d.VpcConfig ? { subnetIds: d.VpcConfig.Subnets ?? [], securityGroupIds: d.VpcConfig.SecurityGroupIds ?? [] } : undefined,
    checkpoint: d.CheckpointConfig?.S3Uri ? { s3Uri: d.CheckpointConfig.S3Uri, localPath: d.CheckpointConfig.LocalPath } : undefined,
    enableNetworkIsolation: d.EnableNetworkIsolation ?? false,
    enableInterContainerTrafficEncryption: d.EnableInterContainerTrafficEncryption,
    environment: redactSettings(d.Environment ?? {}),
    hyperParameters: redactSettings(d.HyperParameters ?? {}),
    maxRuntimeSeconds: d.StoppingCondition?.MaxRuntimeInSeconds,
  };
  return dropUndefined(job);
}

function iso(date: Date | undefined): string | undefined {
  return date ? date.toISOString() : undefined;
}

// The bundle is JSON: `undefined` keys vanish on the wire anyway; dropping them keeps tests exact.
function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
