import 'server-only';
import { z } from 'zod';

/**
 * What one SQS message from the events queue means. EventBridge delivers the event itself as the
 * message body (a rule with an SQS target and no input transformer): the envelope (version, id,
 * detail-type, source, account, time, region, resources) around SageMaker's detail, which is the
 * DescribeTrainingJob shape with times in epoch milliseconds. Only what ingest needs is checked;
 * the rest of the detail may grow without breaking anything.
 */

export const TRAINING_JOB_STATE_CHANGE = 'SageMaker Training Job State Change';

const JOB_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;

const EventSchema = z.object({
  version: z.string(),
  id: z.string().min(1),
  'detail-type': z.string(),
  source: z.string(),
  account: z.string().regex(/^\d{12}$/, 'a 12-digit account id'),
  time: z.iso.datetime({ offset: true }),
  region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'an AWS region'),
  resources: z.array(z.string()).default([]),
  detail: z.looseObject({
    TrainingJobName: z.string().regex(JOB_NAME, 'a training job name'),
    TrainingJobStatus: z.string(),
    FailureReason: z.string().optional(),
    CreationTime: z.number().optional(),
  }),
});

export type ReadEvent =
  | { kind: 'failed'; eventId: string; accountId: string; region: string; jobName: string; createdAt: string; failureReason?: string }
  /** A well-formed message this dashboard has nothing to do with (another status, another event). */
  | { kind: 'ignored'; reason: string }
  | { kind: 'invalid'; reason: string };

export function readEvent(body: string): ReadEvent {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { kind: 'invalid', reason: 'the message body is not JSON' };
  }
  const envelope = z.looseObject({ source: z.string(), 'detail-type': z.string() }).safeParse(json);
  if (!envelope.success) return { kind: 'invalid', reason: 'the message is not an EventBridge event (no source or detail-type)' };
  const { source, 'detail-type': detailType } = envelope.data;
  if (source !== 'aws.sagemaker' || detailType !== TRAINING_JOB_STATE_CHANGE) {
    return { kind: 'ignored', reason: `a "${detailType}" event from ${source}, not a training job state change` };
  }
  const parsed = EventSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { kind: 'invalid', reason: `a training job event with a bad ${issue?.path.join('.') || 'shape'}: ${issue?.message ?? 'invalid'}` };
  }
  const event = parsed.data;
  const status = event.detail.TrainingJobStatus;
  if (status !== 'Failed') return { kind: 'ignored', reason: `${event.detail.TrainingJobName} is ${status}, not Failed` };
  const created = event.detail.CreationTime;
  return {
    kind: 'failed',
    eventId: event.id,
    accountId: event.account,
    region: event.region,
    jobName: event.detail.TrainingJobName,
    // A job's creation time orders it in the list until its description (with the failure time) is read.
    createdAt: created !== undefined && Number.isFinite(created) ? new Date(created).toISOString() : new Date(event.time).toISOString(),
    ...(event.detail.FailureReason ? { failureReason: event.detail.FailureReason } : {}),
  };
}
