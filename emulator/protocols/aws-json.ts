/**
 * awsJson1_1 (SageMaker, CloudWatch Logs, KMS) and awsJson1_0 (SQS): POST /, `X-Amz-Target:
 * <Prefix>.<Operation>`, JSON both ways, times as epoch seconds, errors as `{"__type", "message"}`
 * with the code also in the `x-amzn-ErrorType` header.
 *
 * SQS moved from the Query protocol to JSON and stayed "awsQueryCompatible": its errors also carry
 * the old Query code and fault in `x-amzn-query-error: <Code>;<Sender|Receiver>` (the SDKs map
 * `AWS.SimpleQueueService.NonExistentQueue` back to `QueueDoesNotExist` with it), and its `__type`
 * is namespaced (`com.amazonaws.sqs#QueueDoesNotExist`).
 */
import { AwsError } from '../errors';
import type { HttpReply, Params, Protocol } from '../types';

export interface AwsJsonOptions {
  version?: '1.0' | '1.1';
  /** `__type` prefix, e.g. `com.amazonaws.sqs#`. */
  typeNamespace?: string;
  /** Error code → its awsQuery code, for services whose model says awsQueryCompatible. */
  queryCodes?: Record<string, string>;
}

export function awsJsonProtocol(targetPrefix: string, options: AwsJsonOptions = {}): Protocol {
  const contentType = `application/x-amz-json-${options.version ?? '1.1'}`;
  const reply = (status: number, requestId: string, body: string): HttpReply => ({
    status,
    headers: { 'content-type': contentType, 'x-amzn-requestid': requestId },
    body,
  });
  return {
    readRequest(req) {
      const target = req.headers['x-amz-target'] ?? '';
      const [prefix, operation] = target.split('.');
      if (prefix !== targetPrefix || !operation) {
        throw new AwsError('UnknownOperationException', '', 400);
      }
      let input: unknown = {};
      if (req.body.trim() !== '') {
        try {
          input = JSON.parse(req.body);
        } catch {
          throw new AwsError('SerializationException', 'Start of structure or map found where not expected.');
        }
      }
      // A body that is JSON but not an object (`[1]`, `"x"`, `7`) is as malformed as bad JSON.
      if (input !== null && (typeof input !== 'object' || Array.isArray(input))) {
        throw new AwsError('SerializationException', 'Start of structure or map found where not expected.');
      }
      return { operation, input: (input ?? {}) as Params };
    },
    writeResult(_operation, output, { requestId }) {
      return reply(200, requestId, JSON.stringify(output ?? {}, jsonTimes));
    },
    writeError(error, { requestId }) {
      const body = JSON.stringify({ __type: `${options.typeNamespace ?? ''}${error.code}`, message: error.message });
      const r = reply(error.status, requestId, body);
      r.headers['x-amzn-errortype'] = `${error.code}:`;
      if (options.queryCodes) {
        const queryCode = Object.hasOwn(options.queryCodes, error.code) ? options.queryCodes[error.code] : error.code;
        r.headers['x-amzn-query-error'] = `${queryCode};${error.fault}`;
      }
      return r;
    },
  };
}

/** awsJson timestamps are epoch seconds (fractional), not ISO strings. */
function jsonTimes(this: unknown, key: string, value: unknown): unknown {
  const raw = (this as Record<string, unknown>)[key];
  return raw instanceof Date ? raw.getTime() / 1000 : value;
}
