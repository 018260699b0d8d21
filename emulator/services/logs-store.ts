/**
 * The one log group SageMaker writes to, per region, and its streams: looked up the way CloudWatch
 * Logs resolves a group name or identifier.
 */
import { AwsError } from '../errors';
import type { ResolvedLogStream } from '../scenario/resolved';
import type { CallContext, Params } from '../types';
import { arnHead } from '../partition';

export const TRAINING_LOG_GROUP = '/aws/sagemaker/TrainingJobs';

export function logGroupArn(ctx: CallContext, group: string): string {
  return `${arnHead(ctx.region)}:logs:${ctx.region}:${ctx.accountId}:log-group:${group}:*`;
}

export function logStreamArn(ctx: CallContext, group: string, stream: string): string {
  return `${arnHead(ctx.region)}:logs:${ctx.region}:${ctx.accountId}:log-group:${group}:log-stream:${stream}`;
}

/** The group name from `logGroupName` or `logGroupIdentifier` (a name or an ARN). */
export function groupNameOf(input: Params): string {
  const identifier = typeof input.logGroupIdentifier === 'string' ? input.logGroupIdentifier : undefined;
  const name = typeof input.logGroupName === 'string' ? input.logGroupName : undefined;
  if (identifier && name) {
    throw new AwsError('InvalidParameterException', 'LogGroup name and LogGroup ARN are mutually exclusive parameters.');
  }
  const raw = identifier ?? name;
  if (!raw) throw new AwsError('InvalidParameterException', 'Either logGroupName or logGroupIdentifier must be specified.');
  const arn = /^arn:aws[\w-]*:logs:[^:]*:\d{12}:log-group:(.+?)(:\*)?$/.exec(raw);
  return arn?.[1] ?? raw;
}

/** The streams of the group in the caller's region; the group exists where SageMaker jobs ran. */
export function streamsOf(ctx: CallContext, group: string): ResolvedLogStream[] {
  const jobs = ctx.scenario.trainingJobs.filter((job) => job.region === ctx.region);
  if (group !== TRAINING_LOG_GROUP || jobs.length === 0) {
    throw new AwsError('ResourceNotFoundException', 'The specified log group does not exist.');
  }
  return jobs.flatMap((job) => job.logStreams).sort((a, b) => a.name.localeCompare(b.name));
}

export function findStream(ctx: CallContext, group: string, name: unknown): ResolvedLogStream {
  const stream = streamsOf(ctx, group).find((s) => s.name === name);
  if (!stream) throw new AwsError('ResourceNotFoundException', 'The specified log stream does not exist.');
  return stream;
}

/**
 * Whether a timestamp is inside the call's time window. Both APIs include startTime; at endTime they
 * differ: GetLogEvents leaves out events "equal to or later than" it, FilterLogEvents only those
 * "later than" it (CloudWatch Logs API reference).
 */
export function inWindow(timestamp: number, input: Params, end: 'exclusive' | 'inclusive' = 'exclusive'): boolean {
  const start = typeof input.startTime === 'number' ? input.startTime : undefined;
  const stop = typeof input.endTime === 'number' ? input.endTime : undefined;
  const beforeEnd = stop === undefined || timestamp < stop || (end === 'inclusive' && timestamp === stop);
  return (start === undefined || timestamp >= start) && beforeEnd;
}
