/**
 * The EventBridge event SageMaker emits when a training job changes status, in EventBridge's
 * envelope (version, id, detail-type, source, account, time, region, resources, detail). The detail
 * is the DescribeTrainingJob shape, FailureReason included on a failure, with times as epoch
 * milliseconds as SageMaker's events carry them (SageMaker developer guide, "Events that Amazon
 * SageMaker AI sends to Amazon EventBridge"; EventBridge user guide, "Amazon EventBridge events").
 */
import { randomUUID } from 'node:crypto';
import { describeTrainingJob, trainingJobArn } from '../services/sagemaker';
import type { CallContext } from '../types';

export const TRAINING_JOB_STATE_CHANGE = 'SageMaker Training Job State Change';

export interface EventBridgeEvent {
  version: '0';
  id: string;
  'detail-type': string;
  source: string;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: Record<string, unknown>;
}

/**
 * The event for `jobName` as it is now in the scenario; `status` overrides the job's own, for the
 * InProgress event a job emits before it fails.
 */
export function trainingJobStateChange(ctx: CallContext, jobName: string, at: Date, status?: 'InProgress'): EventBridgeEvent {
  const described = describeTrainingJob(ctx, { TrainingJobName: jobName }) as Record<string, unknown>;
  const detail: Record<string, unknown> = JSON.parse(JSON.stringify({ ...described, Tags: {} }, epochMillis));
  if (status === 'InProgress') {
    detail.TrainingJobStatus = 'InProgress';
    detail.SecondaryStatus = 'Starting';
    for (const key of ['FailureReason', 'TrainingStartTime', 'TrainingEndTime']) delete detail[key];
    detail.SecondaryStatusTransitions = (detail.SecondaryStatusTransitions as unknown[] | undefined)?.slice(0, 1) ?? [];
  }
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': TRAINING_JOB_STATE_CHANGE,
    source: 'aws.sagemaker',
    account: ctx.accountId,
    // EventBridge's time has whole seconds: 2026-11-28T09:42:26Z.
    time: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    region: ctx.region,
    resources: [trainingJobArn(ctx, jobName)],
    detail,
  };
}

function epochMillis(this: unknown, key: string, value: unknown): unknown {
  const raw = (this as Record<string, unknown>)[key];
  return raw instanceof Date ? raw.getTime() : value;
}
