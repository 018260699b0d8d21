import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import {
  DeleteMessageBatchCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  QueueDoesNotExist,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { DescribeTrainingJobCommand, ListTrainingJobsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rejection, startTestEmulator, type Running } from '../testing/harness';

let running: Running;
let sqs: SQSClient;
let queueUrl: string;

beforeAll(async () => {
  running = await startTestEmulator();
  sqs = new SQSClient(running.config('us-east-1'));
  queueUrl = (await sqs.send(new GetQueueUrlCommand({ QueueName: 'jobtriage-events' }))).QueueUrl as string;
});
afterAll(async () => {
  sqs.destroy();
  await running.emulator.close();
});

/** Empties the queue between cases: receive everything visible and delete it. */
beforeEach(async () => {
  for (;;) {
    const got = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 0 }));
    if (!got.Messages?.length) return;
    for (const m of got.Messages) await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: m.ReceiptHandle }));
  }
});

describe('SQS on the local endpoint, through @aws-sdk/client-sqs (awsJson1_0)', () => {
  it('names the events queue by URL; an unknown queue is QueueDoesNotExist with its query code', async () => {
    expect(queueUrl).toBe(`${running.url}/111122223333/jobtriage-events`);
    const error = await rejection(sqs.send(new GetQueueUrlCommand({ QueueName: 'no-such-queue' })));
    expect(error).toBeInstanceOf(QueueDoesNotExist);
    expect(error.Code).toBe('AWS.SimpleQueueService.NonExistentQueue');
    expect(error.$metadata.httpStatusCode).toBe(400);
    // The queue lives in one region: asked in another, it does not exist.
    const eu = new SQSClient(running.config('eu-west-1'));
    expect(await rejection(eu.send(new ReceiveMessageCommand({ QueueUrl: queueUrl })))).toBeInstanceOf(QueueDoesNotExist);
    eu.destroy();
  });

  it('a long poll answers as soon as a message arrives, with a body the SDK checks against MD5OfBody', async () => {
    const started = Date.now();
    const polling = sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, WaitTimeSeconds: 10, MessageSystemAttributeNames: ['All'] }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: '{"hello":"ünïcode"}' }));
    const got = await polling;
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(got.Messages).toHaveLength(1);
    expect(got.Messages?.[0]?.Body).toBe('{"hello":"ünïcode"}');
    expect(got.Messages?.[0]?.Attributes?.ApproximateReceiveCount).toBe('1');
    await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: got.Messages?.[0]?.ReceiptHandle }));
  });

  it('an empty long poll waits its WaitTimeSeconds and answers with no messages', async () => {
    const started = Date.now();
    const got = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, WaitTimeSeconds: 1 }));
    expect(got.Messages ?? []).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('a received message is invisible for its visibility timeout, then delivered again; only the latest receipt deletes it', async () => {
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: 'redeliver me' }));
    const first = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, VisibilityTimeout: 1 }));
    const firstHandle = first.Messages?.[0]?.ReceiptHandle as string;
    expect((await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl }))).Messages ?? []).toEqual([]);
    const again = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, WaitTimeSeconds: 3, VisibilityTimeout: 1, AttributeNames: ['All'] }));
    const second = again.Messages?.[0];
    expect(second?.Body).toBe('redeliver me');
    expect(second?.Attributes?.ApproximateReceiveCount).toBe('2');
    expect(second?.ReceiptHandle).not.toBe(firstHandle);
    // The old handle is accepted but deletes nothing (SQS: use the most recent receipt handle).
    await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: firstHandle }));
    await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: second?.ReceiptHandle }));
    const attributes = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['All'] }));
    expect(attributes.Attributes).toMatchObject({ ApproximateNumberOfMessages: '0', ApproximateNumberOfMessagesNotVisible: '0' });
  });

  it('deletes in batches, reporting a bad receipt handle per entry; refuses bad parameters with SQS wording', async () => {
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: 'batch' }));
    const got = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl }));
    const batch = await sqs.send(
      new DeleteMessageBatchCommand({ QueueUrl: queueUrl, Entries: [{ Id: 'good', ReceiptHandle: got.Messages?.[0]?.ReceiptHandle }, { Id: 'bad', ReceiptHandle: 'garbage' }] }),
    );
    expect(batch.Successful).toEqual([{ Id: 'good' }]);
    expect(batch.Failed).toMatchObject([{ Id: 'bad', Code: 'ReceiptHandleIsInvalid', SenderFault: true }]);
    expect((await rejection(sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: 'garbage' })))).name).toBe('ReceiptHandleIsInvalid');
    const tooMany = await rejection(sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 11 })));
    expect(tooMany.message).toBe('Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.');
    expect((await rejection(sqs.send(new DeleteMessageBatchCommand({ QueueUrl: queueUrl, Entries: [] })))).name).toBe('EmptyBatchRequest');
  });

  it('the aws CLI (botocore) reads the same queue and the same errors', async () => {
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: 'for the cli' }));
    const env = { ...process.env, AWS_ACCESS_KEY_ID: 'AKIDEMULATORTEST', AWS_SECRET_ACCESS_KEY: 'x', AWS_DEFAULT_REGION: 'us-east-1' };
    const run = promisify(execFile);
    const received = await run('aws', ['--endpoint-url', running.url, 'sqs', 'receive-message', '--queue-url', queueUrl], { env });
    expect(JSON.parse(received.stdout).Messages[0].Body).toBe('for the cli');
    const missing = await run('aws', ['--endpoint-url', running.url, 'sqs', 'get-queue-url', '--queue-name', 'nope'], { env }).catch((e: { stderr: string }) => e);
    expect((missing as { stderr: string }).stderr).toContain('AWS.SimpleQueueService.NonExistentQueue');
  }, 30_000);
});

describe('failing a job now', () => {
  it('adds a failed job like an existing one and puts its InProgress and Failed events, in EventBridge envelopes, on the queue', async () => {
    const response = await fetch(`${running.url}/_emulator/fail-job`, { method: 'POST', body: JSON.stringify({ like: 'train-failed-c', name: 'train-failed-c-live-1' }) });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, job: 'train-failed-c-live-1', region: 'us-east-1', like: 'train-failed-c' });

    const sagemaker = new SageMakerClient(running.config('us-east-1'));
    const described = await sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: 'train-failed-c-live-1' }));
    expect(described.TrainingJobStatus).toBe('Failed');
    const listed = await sagemaker.send(new ListTrainingJobsCommand({ SortOrder: 'Descending', MaxResults: 100, StatusEquals: 'Failed' }));
    expect(listed.TrainingJobSummaries?.[0]?.TrainingJobName).toBe('train-failed-c-live-1');
    sagemaker.destroy();

    const got = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }));
    const events = (got.Messages ?? []).map((m) => JSON.parse(m.Body as string));
    expect(events.map((e) => e.detail.TrainingJobStatus)).toEqual(['InProgress', 'Failed']);
    const failed = events[1];
    expect(Object.keys(failed).sort()).toEqual(['account', 'detail', 'detail-type', 'id', 'region', 'resources', 'source', 'time', 'version']);
    expect(failed).toMatchObject({
      version: '0',
      'detail-type': 'SageMaker Training Job State Change',
      source: 'aws.sagemaker',
      account: '111122223333',
      region: 'us-east-1',
      resources: ['arn:aws:sagemaker:us-east-1:111122223333:training-job/train-failed-c-live-1'],
      detail: { TrainingJobName: 'train-failed-c-live-1', TrainingJobStatus: 'Failed', FailureReason: described.FailureReason },
    });
    expect(failed.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(failed.detail.CreationTime).toBe(described.CreationTime?.getTime());
    expect(events[0].detail.FailureReason).toBeUndefined();
  });

  it('names the next run of the family, keeping its zero padding, and takes the scenario\'s failed jobs in turn by default', () => {
    expect(running.emulator.failJob({ like: 'train-failed-a' })).toMatchObject({ ok: true, job: 'train-failed-a-3' });
    expect(running.emulator.failJob({ like: 'train-failed-a', name: 'run-007' })).toMatchObject({ ok: true, job: 'run-007' });
    expect(running.emulator.failJob({ like: 'run-007' })).toMatchObject({ ok: true, job: 'run-008' });
    const first = running.emulator.failJob();
    const second = running.emulator.failJob();
    expect(first.ok && second.ok && first.like !== second.like).toBe(true);
  });

  it('refuses an unknown template, a taken name, a bad body and a GET with a message', async () => {
    const post = (body: string) => fetch(`${running.url}/_emulator/fail-job`, { method: 'POST', body });
    expect(await (await post('{"like":"train-ok-00"}')).json()).toEqual({ message: 'No failed job "train-ok-00" to repeat.' });
    expect((await post('{"like":"train-failed-c","name":"train-failed-c"}')).status).toBe(400);
    expect((await post('not json')).status).toBe(400);
    expect((await post('{"color":"red"}')).status).toBe(400);
    expect((await fetch(`${running.url}/_emulator/fail-job`)).status).toBe(405);
  });
});
