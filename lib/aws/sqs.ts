import 'server-only';
import { DeleteMessageCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import type { Piece } from '@/lib/analysis/evidence';
import { partitionOf } from '@/lib/analysis/partition';
import type { AwsScope, ClientPool } from './client-pool';
import { attempt } from './errors';
import { createMemoryDocuments, scopedClients } from './scoped-clients';

/** One message as the poller needs it: the body to parse and the handle that deletes it. */
export interface QueuedMessage {
  id: string;
  body: string;
  receiptHandle: string;
  /** How often SQS has handed this message out (1 the first time): redeliveries say a consumer failed. */
  receiveCount: number;
}

export interface ReceiveOptions {
  /** Long-poll wait, 0-20 s (SQS's limit). */
  waitSeconds: number;
  /** 1-10 (SQS's limit). */
  maxMessages: number;
  /** How long a received message stays hidden from other pollers before SQS delivers it again. */
  visibilitySeconds: number;
  /** Ends the wait early (the poller is stopping). */
  signal?: AbortSignal;
}

/** The events queue the dashboard consumes, bound to its URL and the scope (account, region, credentials) that reads it. */
export interface EventQueue {
  readonly queueUrl: string;
  /** Waits up to `waitSeconds` for messages; an empty list when none came. */
  receive(options: ReceiveOptions): Promise<Piece<QueuedMessage[]>>;
  /** Deletes a message once it is handled, so SQS does not deliver it again. */
  remove(receiptHandle: string): Promise<Piece<void>>;
}

/** SQS-specific calls for one queue, through the process's client pool (its budget, timeouts and counting). */
export function createEventQueue(pool: ClientPool, scope: AwsScope, queueUrl: string): EventQueue {
  const aws = scopedClients(pool, scope, createMemoryDocuments());
  const site = (action: string) => ({ action, resource: queueArnOf(queueUrl, scope) });
  return {
    queueUrl,
    receive: (options) =>
      attempt(site('sqs:ReceiveMessage'), async () => {
        const out = await aws.sqs().send(
          new ReceiveMessageCommand({
            QueueUrl: queueUrl,
            WaitTimeSeconds: options.waitSeconds,
            MaxNumberOfMessages: options.maxMessages,
            VisibilityTimeout: options.visibilitySeconds,
            MessageSystemAttributeNames: ['ApproximateReceiveCount'],
          }),
          options.signal ? { abortSignal: options.signal } : {},
        );
        return (out.Messages ?? []).flatMap((m) =>
          m.MessageId && m.ReceiptHandle && m.Body !== undefined
            ? [{ id: m.MessageId, body: m.Body, receiptHandle: m.ReceiptHandle, receiveCount: Number(m.Attributes?.ApproximateReceiveCount ?? 1) }]
            : [],
        );
      }),
    remove: (receiptHandle) =>
      attempt(site('sqs:DeleteMessage'), async () => {
        await aws.sqs().send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: receiptHandle }));
      }),
  };
}

/** `https://sqs.<region>.amazonaws.com/<account>/<name>` → `arn:<partition>:sqs:<region>:<account>:<name>`, for error messages. */
function queueArnOf(queueUrl: string, scope: AwsScope): string {
  try {
    const [account, name] = new URL(queueUrl).pathname.split('/').filter(Boolean);
    if (account && name) return `arn:${partitionOf(scope.region).name}:sqs:${scope.region}:${account}:${name}`;
  } catch {
    // fall through: the URL itself is the best name there is
  }
  return queueUrl;
}
