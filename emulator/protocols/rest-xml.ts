/**
 * restXml (S3): the operation is chosen by method, path and query (the service routes), bodies are
 * XML or, for GetBucketPolicy, the raw JSON document; errors are `<Error><Code><Message><RequestId>
 * <HostId>` with the request id also in `x-amz-request-id`.
 */
import type { AwsError } from '../errors';
import type { HttpReply, IncomingRequest, Params } from '../types';
import { escapeXml } from './xml';

export const S3_NAMESPACE = 'http://s3.amazonaws.com/doc/2006-03-01/';

export function restXmlProtocol(route: (req: IncomingRequest) => { operation: string; input: Params }) {
  return {
    readRequest: route,
    writeResult(_operation: string, output: unknown, { requestId }: { requestId: string }): HttpReply {
      // S3 handlers return the exact body and content type: a payload is not always XML (and a
      // write's answer is often 204 with none).
      const { body, contentType, status = 200 } = output as { body: string; contentType: string; status?: number };
      return { status, headers: { ...s3Headers(requestId), 'content-type': contentType }, body };
    },
    writeError(error: AwsError, { requestId }: { requestId: string }): HttpReply {
      const body =
        `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${escapeXml(error.code)}</Code>` +
        `<Message>${escapeXml(error.message)}</Message><RequestId>${requestId}</RequestId>` +
        `<HostId>${hostId(requestId)}</HostId></Error>`;
      return { status: error.status, headers: { ...s3Headers(requestId), ...error.headers, 'content-type': 'application/xml' }, body };
    },
  };
}

function s3Headers(requestId: string): Record<string, string> {
  return { 'x-amz-request-id': requestId, 'x-amz-id-2': hostId(requestId) };
}

function hostId(requestId: string): string {
  return Buffer.from(`host-${requestId}`).toString('base64');
}
