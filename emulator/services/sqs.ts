/**
 * SQS as the SDK v3 client and botocore speak it today: awsJson1_0 (`AmazonSQS.<Op>`), query
 * compatible errors. Enough of the API for an event consumer and for sending test messages:
 * GetQueueUrl, ReceiveMessage (long polling, visibility timeout, receipt handles), DeleteMessage,
 * DeleteMessageBatch, SendMessage, GetQueueAttributes.
 */
import { AwsError } from '../errors';
import { awsJsonProtocol } from '../protocols/aws-json';
import type { Queue, QueueMessage } from '../sqs/queues';
import type { CallContext, Params, ServiceDef } from '../types';
import { deniedMessage, jsonFaultErrors } from './fault-errors';
import { arnHead } from '../partition';

/** SQS's own limits (SQS developer guide, "Quotas"). */
const MAX_MESSAGES = 10;
const MAX_WAIT_SECONDS = 20;
const MAX_VISIBILITY_SECONDS = 12 * 60 * 60;
const MAX_BODY_BYTES = 256 * 1024;

/** The awsQuery codes the SQS model pairs with its JSON error shapes (`awsQueryError` traits). */
const QUERY_CODES: Record<string, string> = {
  QueueDoesNotExist: 'AWS.SimpleQueueService.NonExistentQueue',
  EmptyBatchRequest: 'AWS.SimpleQueueService.EmptyBatchRequest',
  TooManyEntriesInBatchRequest: 'AWS.SimpleQueueService.TooManyEntriesInBatchRequest',
  BatchEntryIdsNotDistinct: 'AWS.SimpleQueueService.BatchEntryIdsNotDistinct',
  AccessDeniedException: 'AccessDenied',
};

function queueUrl(ctx: CallContext, queue: Queue): string {
  return `http://${ctx.host}/${queue.accountId}/${queue.name}`;
}

export function queueArn(queue: Queue): string {
  return `${arnHead(queue.region)}:sqs:${queue.region}:${queue.accountId}:${queue.name}`;
}

function noSuchQueue(): AwsError {
  return new AwsError('QueueDoesNotExist', 'The specified queue does not exist.', 400);
}

function invalidParameter(name: string, value: unknown, reason: string): AwsError {
  return new AwsError('InvalidParameterValue', `Value ${String(value)} for parameter ${name} is invalid. Reason: ${reason}`, 400);
}

/** The queue a QueueUrl names, in the caller's region: `<scheme>://<host>/<account>/<name>`. */
function queueOf(ctx: CallContext, input: Params): Queue {
  const raw = input.QueueUrl;
  if (typeof raw !== 'string' || raw === '') throw new AwsError('MissingParameter', 'The request must contain the parameter QueueUrl.', 400);
  let path: string[];
  try {
    path = new URL(raw).pathname.split('/').filter(Boolean);
  } catch {
    throw new AwsError('InvalidAddress', `The address ${raw} is not valid for this endpoint.`, 404);
  }
  const [accountId, name] = path;
  const queue = path.length === 2 && accountId && name ? ctx.queues.find(ctx.region, accountId, name) : undefined;
  if (!queue) throw noSuchQueue();
  return queue;
}

function integer(input: Params, name: string, fallback: number, min: number, max: number, reason: string): number {
  const value = input[name];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) throw invalidParameter(name, value, reason);
  return value;
}

function getQueueUrl(ctx: CallContext, input: Params) {
  const owner = typeof input.QueueOwnerAWSAccountId === 'string' ? input.QueueOwnerAWSAccountId : ctx.accountId;
  const queue = typeof input.QueueName === 'string' ? ctx.queues.find(ctx.region, owner, input.QueueName) : undefined;
  if (!queue) throw noSuchQueue();
  return { QueueUrl: queueUrl(ctx, queue) };
}

function wantedAttributes(input: Params): Set<string> {
  const names = [input.AttributeNames, input.MessageSystemAttributeNames].flatMap((v) => (Array.isArray(v) ? v : []));
  return new Set(names.map(String));
}

function messageAttributes(message: QueueMessage, wanted: Set<string>): Record<string, string> | undefined {
  const all: Record<string, string> = {
    ApproximateReceiveCount: String(message.receiveCount),
    SentTimestamp: String(message.sentAtMs),
    ApproximateFirstReceiveTimestamp: String(message.firstReceivedAtMs ?? message.sentAtMs),
  };
  const picked = Object.entries(all).filter(([name]) => wanted.has('All') || wanted.has(name));
  return picked.length > 0 ? Object.fromEntries(picked) : undefined;
}

async function receiveMessage(ctx: CallContext, input: Params) {
  const queue = queueOf(ctx, input);
  const max = integer(input, 'MaxNumberOfMessages', 1, 1, MAX_MESSAGES, `Must be between 1 and ${MAX_MESSAGES}, if provided.`);
  const wait = integer(input, 'WaitTimeSeconds', 0, 0, MAX_WAIT_SECONDS, `Must be >= 0 and <= ${MAX_WAIT_SECONDS}, if provided.`);
  const visibility = integer(input, 'VisibilityTimeout', queue.visibilityTimeoutSeconds, 0, MAX_VISIBILITY_SECONDS, 'Must be >= 0 and <= 43200, if provided.');
  const messages = await ctx.queues.receiveWaiting(queue, max, visibility, wait);
  const wanted = wantedAttributes(input);
  // An empty receive is `{}`: SQS leaves Messages out rather than sending an empty list.
  if (messages.length === 0) return {};
  return {
    Messages: messages.map((m) => {
      const attributes = messageAttributes(m, wanted);
      return { MessageId: m.messageId, ReceiptHandle: m.receiptHandle, MD5OfBody: m.md5OfBody, Body: m.body, ...(attributes ? { Attributes: attributes } : {}) };
    }),
  };
}

function invalidReceipt(handle: unknown): AwsError {
  return new AwsError('ReceiptHandleIsInvalid', `The input receipt handle "${String(handle)}" is not a valid receipt handle.`, 404);
}

function deleteMessage(ctx: CallContext, input: Params) {
  const queue = queueOf(ctx, input);
  const handle = input.ReceiptHandle;
  if (typeof handle !== 'string' || ctx.queues.delete(queue, handle) === 'invalid') throw invalidReceipt(handle);
  return {};
}

function deleteMessageBatch(ctx: CallContext, input: Params) {
  const queue = queueOf(ctx, input);
  const entries = Array.isArray(input.Entries) ? (input.Entries as Params[]) : [];
  if (entries.length === 0) throw new AwsError('EmptyBatchRequest', 'There should be at least one DeleteMessageBatchRequestEntry in the request.', 400);
  if (entries.length > MAX_MESSAGES) {
    throw new AwsError('TooManyEntriesInBatchRequest', `Maximum number of entries per request are ${MAX_MESSAGES}. You have sent ${entries.length}.`, 400);
  }
  const ids = entries.map((e) => String(e.Id));
  if (new Set(ids).size !== ids.length) throw new AwsError('BatchEntryIdsNotDistinct', 'Id ' + ids.find((id, i) => ids.indexOf(id) !== i) + ' repeated.', 400);
  const successful: { Id: string }[] = [];
  const failed: { Id: string; SenderFault: boolean; Code: string; Message: string }[] = [];
  for (const entry of entries) {
    const handle = entry.ReceiptHandle;
    if (typeof handle === 'string' && ctx.queues.delete(queue, handle) !== 'invalid') successful.push({ Id: String(entry.Id) });
    else failed.push({ Id: String(entry.Id), SenderFault: true, Code: 'ReceiptHandleIsInvalid', Message: invalidReceipt(handle).message });
  }
  return { Successful: successful, Failed: failed };
}

function sendMessage(ctx: CallContext, input: Params) {
  const queue = queueOf(ctx, input);
  const body = input.MessageBody;
  if (typeof body !== 'string' || body === '') throw new AwsError('MissingParameter', 'The request must contain the parameter MessageBody.', 400);
  if (Buffer.byteLength(body) > MAX_BODY_BYTES) {
    throw invalidParameter('MessageBody', '(the body)', `Message must be shorter than ${MAX_BODY_BYTES} bytes.`);
  }
  const message = ctx.queues.send(queue, body);
  return { MessageId: message.messageId, MD5OfMessageBody: message.md5OfBody };
}

function getQueueAttributes(ctx: CallContext, input: Params) {
  const queue = queueOf(ctx, input);
  const now = Date.now();
  const all: Record<string, string> = {
    QueueArn: queueArn(queue),
    ApproximateNumberOfMessages: String(queue.messages.filter((m) => m.visibleAtMs <= now).length),
    ApproximateNumberOfMessagesNotVisible: String(queue.messages.filter((m) => m.visibleAtMs > now).length),
    VisibilityTimeout: String(queue.visibilityTimeoutSeconds),
    CreatedTimestamp: String(Math.floor(queue.createdAtMs / 1000)),
  };
  const wanted = new Set(Array.isArray(input.AttributeNames) ? input.AttributeNames.map(String) : []);
  const picked = Object.entries(all).filter(([name]) => wanted.has('All') || wanted.has(name));
  return picked.length > 0 ? { Attributes: Object.fromEntries(picked) } : {};
}

/** The resource SQS authorises a queue call on: the queue's ARN (or `*` when the URL names none). */
function resourceOf(ctx: CallContext, input: Params): string {
  try {
    return queueArn(queueOf(ctx, input));
  } catch {
    return '*';
  }
}

export const sqsService: ServiceDef = {
  signingName: 'sqs',
  protocol: awsJsonProtocol('AmazonSQS', { version: '1.0', typeNamespace: 'com.amazonaws.sqs#', queryCodes: QUERY_CODES }),
  errors: {
    ...jsonFaultErrors(),
    // SQS answers a denied call with 403 (query code AccessDenied), unlike the other JSON services' 400.
    accessDenied: (p, a, r) => new AwsError('AccessDeniedException', deniedMessage(p, a, r), 403),
  },
  operations: {
    GetQueueUrl: { action: 'sqs:GetQueueUrl', resource: (ctx, input) => `${arnHead(ctx.region)}:sqs:${ctx.region}:${ctx.accountId}:${String(input.QueueName)}`, handle: getQueueUrl },
    ReceiveMessage: { action: 'sqs:ReceiveMessage', resource: resourceOf, handle: receiveMessage },
    DeleteMessage: { action: 'sqs:DeleteMessage', resource: resourceOf, handle: deleteMessage },
    DeleteMessageBatch: { action: 'sqs:DeleteMessage', resource: resourceOf, handle: deleteMessageBatch },
    SendMessage: { action: 'sqs:SendMessage', resource: resourceOf, handle: sendMessage },
    GetQueueAttributes: { action: 'sqs:GetQueueAttributes', resource: resourceOf, handle: getQueueAttributes },
  },
};
