/**
 * awsJson1_1 (SageMaker, CloudWatch Logs, KMS): POST /, `X-Amz-Target: <Prefix>.<Operation>`, JSON
 * both ways, times as epoch seconds, errors as `{"__type", "message"}` with the code also in the
 * `x-amzn-ErrorType` header.
 */
import { AwsError } from '../errors';
import type { HttpReply, Params, Protocol } from '../types';

const CONTENT_TYPE = 'application/x-amz-json-1.1';

export function awsJsonProtocol(targetPrefix: string): Protocol {
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
      const body = JSON.stringify({ __type: error.code, message: error.message });
      const r = reply(error.status, requestId, body);
      r.headers['x-amzn-errortype'] = `${error.code}:`;
      return r;
    },
  };
}

function reply(status: number, requestId: string, body: string): HttpReply {
  return { status, headers: { 'content-type': CONTENT_TYPE, 'x-amzn-requestid': requestId }, body };
}

/** awsJson timestamps are epoch seconds (fractional), not ISO strings. */
function jsonTimes(this: unknown, key: string, value: unknown): unknown {
  const raw = (this as Record<string, unknown>)[key];
  return raw instanceof Date ? raw.getTime() / 1000 : value;
}
