/**
 * awsQuery (IAM, STS): a form-encoded POST with `Action` and `Version`; the answer is
 * `<OpResponse xmlns><OpResult>...</OpResult><ResponseMetadata><RequestId>` with lists as `<member>`;
 * errors are `<ErrorResponse><Error><Type><Code><Message></Error><RequestId></ErrorResponse>`.
 */
import { AwsError } from '../errors';
import type { HttpReply, Protocol } from '../types';
import { readQueryCall } from './query-params';
import { escapeXml, toXml } from './xml';

export function awsQueryProtocol(version: string, namespace: string): Protocol {
  return {
    readRequest(req) {
      const { operation, input } = readQueryCall(req, 'Missing Action');
      if (input.Version !== version) {
        throw new AwsError('InvalidAction', `Could not find operation ${operation} for version ${String(input.Version)}`);
      }
      return { operation, input };
    },
    writeResult(operation, output, { requestId }) {
      const body =
        `<${operation}Response xmlns="${namespace}">` +
        `<${operation}Result>${toXml(output, 'member')}</${operation}Result>` +
        `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata>` +
        `</${operation}Response>`;
      return xmlReply(200, requestId, body);
    },
    writeError(error, { requestId }) {
      const body =
        `<ErrorResponse xmlns="${namespace}"><Error><Type>${error.fault}</Type>` +
        `<Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message></Error>` +
        `<RequestId>${requestId}</RequestId></ErrorResponse>`;
      return xmlReply(error.status, requestId, body);
    },
  };
}

export function xmlReply(status: number, requestId: string, body: string): HttpReply {
  return {
    status,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
    body: `<?xml version="1.0" encoding="UTF-8"?>\n${body}`,
  };
}
