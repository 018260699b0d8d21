/**
 * ec2Query: like awsQuery on the way in; on the way out there is no Result wrapper, members are
 * camelCase, lists are `<item>`, and errors are `<Response><Errors><Error>...</Errors><RequestID>`.
 */
import type { Protocol } from '../types';
import { xmlReply } from './aws-query';
import { readQueryCall } from './query-params';
import { escapeXml, toXml } from './xml';

const NAMESPACE = 'http://ec2.amazonaws.com/doc/2016-11-15/';

export function ec2QueryProtocol(): Protocol {
  return {
    readRequest: (req) => readQueryCall(req, 'The request must contain the parameter Action'),
    writeResult(operation, output, { requestId }) {
      const body =
        `<${operation}Response xmlns="${NAMESPACE}"><requestId>${requestId}</requestId>` +
        `${toXml(output, 'item')}</${operation}Response>`;
      return xmlReply(200, requestId, body);
    },
    writeError(error, { requestId }) {
      const body =
        `<Response><Errors><Error><Code>${escapeXml(error.code)}</Code>` +
        `<Message>${escapeXml(error.message)}</Message></Error></Errors>` +
        `<RequestID>${requestId}</RequestID></Response>`;
      return xmlReply(error.status, requestId, body);
    },
  };
}
