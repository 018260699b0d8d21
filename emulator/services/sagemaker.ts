/**
 * SageMaker (awsJson1_1, `SageMaker.<Op>`): ListTrainingJobs with AWS's filter-after-page status
 * filter, and DescribeTrainingJob in its full shape.
 */
import { AwsError } from '../errors';
import { awsJsonProtocol } from '../protocols/aws-json';
import type { ResolvedJob } from '../scenario/resolved';
import type { CallContext, Params, ServiceDef } from '../types';
import { jsonFaultErrors } from './fault-errors';
import { decodeToken, encodeToken } from './paging';
import { arnHead } from '../partition';

export function trainingJobArn(ctx: CallContext, name: string): string {
  // SageMaker lowercases the job name inside its ARNs.
  return `${arnHead(ctx.region)}:sagemaker:${ctx.region}:${ctx.accountId}:training-job/${name.toLowerCase()}`;
}

function jobsInRegion(ctx: CallContext): ResolvedJob[] {
  return ctx.scenario.trainingJobs.filter((job) => job.region === ctx.region);
}

/** Jobs by region and name, built once per scenario: the scale runs describe thousands of jobs. */
const jobIndex = new WeakMap<object, Map<string, ResolvedJob>>();

function findJob(ctx: CallContext, name: unknown): ResolvedJob {
  let index = jobIndex.get(ctx.scenario);
  // A job failed through the control joins the scenario later: a size that no longer matches rebuilds.
  if (!index || index.size !== ctx.scenario.trainingJobs.length) {
    index = new Map(ctx.scenario.trainingJobs.map((j) => [`${j.region}/${j.name}`, j]));
    jobIndex.set(ctx.scenario, index);
  }
  const job = index.get(`${ctx.region}/${String(name)}`);
  // The wording SageMaker uses for any unknown job name.
  if (!job) throw new AwsError('ValidationException', 'Requested resource not found.');
  return job;
}

function validation(field: string, value: unknown, constraint: string): AwsError {
  return new AwsError(
    'ValidationException',
    `1 validation error detected: Value '${String(value)}' at '${field}' failed to satisfy constraint: ${constraint}`,
  );
}

function epoch(value: unknown): number | undefined {
  return typeof value === 'number' ? value * 1000 : undefined;
}

function passesFilters(job: ResolvedJob, input: Params): boolean {
  const within = (at: number, after: unknown, before: unknown) => {
    const a = epoch(after);
    const b = epoch(before);
    return (a === undefined || at > a) && (b === undefined || at < b);
  };
  const name = typeof input.NameContains === 'string' ? input.NameContains.toLowerCase() : undefined;
  return (
    (name === undefined || job.name.toLowerCase().includes(name)) &&
    within(job.createdAt.getTime(), input.CreationTimeAfter, input.CreationTimeBefore) &&
    within(job.lastModifiedTime.getTime(), input.LastModifiedTimeAfter, input.LastModifiedTimeBefore)
  );
}

function compareBy(sortBy: string): (a: ResolvedJob, b: ResolvedJob) => number {
  const byTime = (a: ResolvedJob, b: ResolvedJob) => a.createdAt.getTime() - b.createdAt.getTime() || a.name.localeCompare(b.name);
  if (sortBy === 'Name') return (a, b) => a.name.localeCompare(b.name);
  if (sortBy === 'Status') return (a, b) => a.status.localeCompare(b.status) || byTime(a, b);
  return byTime;
}

const TRAINING_JOB_STATUSES = ['InProgress', 'Completed', 'Failed', 'Stopping', 'Stopped'];

function listTrainingJobs(ctx: CallContext, input: Params) {
  const maxResults = input.MaxResults ?? ctx.pageSize;
  if (typeof maxResults !== 'number' || !Number.isInteger(maxResults) || maxResults < 1 || maxResults > 100) {
    throw validation('maxResults', maxResults, 'Member must have value less than or equal to 100 and greater than or equal to 1');
  }
  const sortBy = typeof input.SortBy === 'string' ? input.SortBy : 'CreationTime';
  if (!['Name', 'CreationTime', 'Status'].includes(sortBy)) {
    throw validation('sortBy', sortBy, 'Member must satisfy enum value set: [Name, CreationTime, Status]');
  }
  const sortOrder = input.SortOrder ?? 'Ascending';
  if (sortOrder !== 'Ascending' && sortOrder !== 'Descending') {
    throw validation('sortOrder', sortOrder, 'Member must satisfy enum value set: [Ascending, Descending]');
  }
  if (input.StatusEquals !== undefined && !TRAINING_JOB_STATUSES.includes(String(input.StatusEquals))) {
    throw validation('statusEquals', input.StatusEquals, `Member must satisfy enum value set: [${TRAINING_JOB_STATUSES.join(', ')}]`);
  }
  const descending = sortOrder === 'Descending';
  const filtered = jobsInRegion(ctx).filter((job) => passesFilters(job, input)).sort(compareBy(sortBy));
  if (descending) filtered.reverse();

  let offset = 0;
  if (typeof input.NextToken === 'string') {
    const decoded = decodeToken('sagemaker:ListTrainingJobs', input.NextToken);
    if (decoded === undefined) throw new AwsError('ValidationException', 'Invalid pagination token because "{0}".');
    offset = decoded;
  }
  const page = filtered.slice(offset, offset + maxResults);
  const next = offset + maxResults;
  // AWS documents this order: MaxResults jobs are taken first, THEN StatusEquals filters them,
  // so a page can hold no matching job and still carry a NextToken.
  const matching = typeof input.StatusEquals === 'string' ? page.filter((j) => j.status === input.StatusEquals) : page;
  return {
    TrainingJobSummaries: matching.map((job) => ({
      TrainingJobName: job.name,
      TrainingJobArn: trainingJobArn(ctx, job.name),
      CreationTime: job.createdAt,
      TrainingEndTime: job.trainingEndTime,
      LastModifiedTime: job.lastModifiedTime,
      TrainingJobStatus: job.status,
      SecondaryStatus: job.secondaryStatus,
    })),
    NextToken: next < filtered.length ? encodeToken('sagemaker:ListTrainingJobs', next) : undefined,
  };
}

export function describeTrainingJob(ctx: CallContext, input: Params) {
  const job = findJob(ctx, input.TrainingJobName);
  return {
    TrainingJobName: job.name,
    TrainingJobArn: trainingJobArn(ctx, job.name),
    TrainingJobStatus: job.status,
    SecondaryStatus: job.secondaryStatus,
    FailureReason: job.failureReason,
    HyperParameters: job.hyperParameters,
    AlgorithmSpecification: { TrainingImage: job.trainingImage, TrainingInputMode: job.inputChannels[0]?.inputMode ?? 'File', EnableSageMakerMetricsTimeSeries: false },
    RoleArn: job.roleArn,
    InputDataConfig: job.inputChannels.map((channel) => ({
      ChannelName: channel.name,
      DataSource: { S3DataSource: { S3DataType: channel.s3DataType, S3Uri: channel.s3Uri, S3DataDistributionType: 'FullyReplicated' } },
      CompressionType: 'None',
      RecordWrapperType: 'None',
      InputMode: channel.inputMode,
    })),
    OutputDataConfig: { S3OutputPath: job.output.s3OutputPath, KmsKeyId: job.output.kmsKeyId },
    ResourceConfig: {
      InstanceType: job.resources.instanceType,
      InstanceCount: job.resources.instanceCount,
      VolumeSizeInGB: job.resources.volumeSizeGb,
      VolumeKmsKeyId: job.resources.volumeKmsKeyId,
    },
    VpcConfig: job.vpc ? { SecurityGroupIds: job.vpc.securityGroupIds, Subnets: job.vpc.subnetIds } : undefined,
    StoppingCondition: { MaxRuntimeInSeconds: job.maxRuntimeSeconds },
    CreationTime: job.createdAt,
    TrainingStartTime: job.trainingStartTime,
    TrainingEndTime: job.trainingEndTime,
    LastModifiedTime: job.lastModifiedTime,
    SecondaryStatusTransitions: job.transitions.map((t) => ({
      Status: t.status,
      StartTime: t.start,
      EndTime: t.end,
      StatusMessage: t.message,
    })),
    EnableNetworkIsolation: job.enableNetworkIsolation,
    EnableInterContainerTrafficEncryption: false,
    EnableManagedSpotTraining: false,
    CheckpointConfig: job.checkpoint ? { S3Uri: job.checkpoint.s3Uri, LocalPath: job.checkpoint.localPath ?? '/opt/ml/checkpoints' } : undefined,
    Environment: job.environment,
  };
}

export const sagemakerService: ServiceDef = {
  signingName: 'sagemaker',
  protocol: awsJsonProtocol('SageMaker'),
  errors: jsonFaultErrors(),
  operations: {
    ListTrainingJobs: { action: 'sagemaker:ListTrainingJobs', resource: () => '*', handle: listTrainingJobs },
    DescribeTrainingJob: {
      action: 'sagemaker:DescribeTrainingJob',
      resource: (ctx, input) => trainingJobArn(ctx, String(input.TrainingJobName)),
      handle: describeTrainingJob,
    },
  },
};
