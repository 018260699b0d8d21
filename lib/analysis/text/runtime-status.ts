import type { FailureParts } from './failure-parts';
import type { GrammarVerdict } from './grammar-verdict';
import { lineAt } from './line-window';

// The SageMaker runtime answering InvokeEndpoint with a bare HTTP status, as a client other than an AWS SDK prints it:
// the status and the endpoint's URL, no error code ("HTTPStatusError: Client error '400 Bad Request' for url
// 'https://runtime.sagemaker.us-east-1.amazonaws.com/endpoints/<name>/invocations'", httpx under LiteLLM, round 116).
// InvokeEndpoint's errors (and InvokeEndpointAsync's) give each status one meaning: 400 is ValidationError ("Inspect
// your request and try again": an endpoint, a component or a header the request named), 500 InternalFailure and 503
// ServiceUnavailable the service's own faults, while what the model's container answered comes back as ModelError's
// 424. Only those three are read, so a status the container chose is never taken for the service's.
// The host's region may be written as a placeholder ("runtime.sagemaker.<region>.amazonaws.com") in a quote.
// urllib3 writes the host and the path apart when its retries on the answers ran out ("HTTPSConnectionPool(host='runtime.sagemaker.
// eu-west-1.amazonaws.com', port=443): Max retries exceeded with url: /endpoints/<name>/invocations (Caused by ResponseError('too
// many 500 error responses'))", a Lambda's client, the eighty-eighth review).
const RUNTIME_INVOCATION_URL =
  /\bhttps:\/\/runtime(?:-fips)?\.sagemaker\.[^\s'"/]{1,80}\/endpoints\/[^\s'"/]{1,200}\/(?:async-)?invocations\b|\bhost='runtime(?:-fips)?\.sagemaker\.[^\s'"/]{1,80}', port=\d{1,5}\): Max retries exceeded with url: \/endpoints\/[^\s'"/]{1,200}\/(?:async-)?invocations\b/;
// An exception the client raised while handling that answer ("During handling of the above exception, another
// exception occurred: … AttributeError: 'Response' object has no attribute 'get'", LiteLLM's handler, round 58) is
// what failed last: the client's own code, and the status is not read. Unless what it raised carries the same answer
// on (LangChain's "ValueError: Error raised by inference endpoint: 400 Client Error: … for url: …/invocations",
// LiteLLM's BadRequestError, the fiftieth review): the status is still what failed.
const HANDLED_THEN_RAISED = 'During handling of the above exception';
const CAUSE_OF_STATUS: Readonly<Record<number, GrammarVerdict['cause']>> = { 400: 'validation', 500: 'internal', 503: 'internal' };

/** InvokeEndpoint's 400, 500 or 503 by the status and the runtime's URL on one line: the request's values, or the service's fault. */
export function runtimeStatusVerdict(parts: FailureParts, text: string, lower: string): GrammarVerdict | undefined {
  const cause = parts.httpStatus === undefined ? undefined : CAUSE_OF_STATUS[parts.httpStatus];
  if (!cause || (!lower.includes('runtime.sagemaker') && !lower.includes('runtime-fips.sagemaker'))) return undefined;
  const url = RUNTIME_INVOCATION_URL.exec(text);
  const line = url ? lineAt(text, url.index, 0) : '';
  if (!url || !line.includes(String(parts.httpStatus))) return undefined;
  const handled = text.lastIndexOf(HANDLED_THEN_RAISED);
  if (handled > url.index && !text.slice(handled).includes(url[0])) return undefined;
  return { rule: `runtime-status-${parts.httpStatus}`, cause, strength: 55, excerpt: line.trim().slice(0, 200) };
}
