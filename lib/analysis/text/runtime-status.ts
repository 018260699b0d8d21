import type { FailureParts } from './failure-parts';
import type { GrammarVerdict } from './grammar-verdict';
import { lineAt } from './line-window';

// The SageMaker runtime answering InvokeEndpoint with a bare HTTP status, as a client other than an AWS SDK prints it:
// the status and the endpoint's URL, no error code ("HTTPStatusError: Client error '400 Bad Request' for url
// 'https://runtime.sagemaker.us-east-1.amazonaws.com/endpoints/<name>/invocations'", httpx under LiteLLM, round 116).
// InvokeEndpoint's errors give each status one meaning: 400 is ValidationError ("Inspect your request and try
// again": an endpoint, a component or a header the request named), while what the model's container answered comes
// back as ModelError's 424 and the service's own faults as 500, 503 and 530. Only 400 is read, so a status the
// container chose is never taken for the service's.
// The host's region may be written as a placeholder ("runtime.sagemaker.<region>.amazonaws.com") in a quote.
const RUNTIME_INVOCATION_URL = /\bhttps:\/\/runtime(?:-fips)?\.sagemaker\.[^\s'"/]{1,80}\/endpoints\/[^\s'"/]{1,200}\/invocations\b/;
// An exception the client raised while handling that answer ("During handling of the above exception, another
// exception occurred: … AttributeError: 'Response' object has no attribute 'get'", LiteLLM's handler, round 58) is
// what failed last: the client's own code, and the status is not read.
const HANDLED_THEN_RAISED = 'During handling of the above exception';

/** InvokeEndpoint's 400 by the status and the runtime's URL on one line: the request's values (`validation`). */
export function runtimeStatusVerdict(parts: FailureParts, text: string, lower: string): GrammarVerdict | undefined {
  if (parts.httpStatus !== 400 || (!lower.includes('runtime.sagemaker') && !lower.includes('runtime-fips.sagemaker'))) return undefined;
  const url = RUNTIME_INVOCATION_URL.exec(text);
  if (!url || !/\b400\b/.test(lineAt(text, url.index, 0)) || text.includes(HANDLED_THEN_RAISED, url.index)) return undefined;
  return { rule: 'runtime-status-400', cause: 'validation', strength: 55, excerpt: lineAt(text, url.index, 0).trim().slice(0, 200) };
}
