import { Readable } from 'node:stream';
import type { HttpHandler } from '@smithy/core/protocols';
import { HttpResponse } from '@smithy/core/protocols';
import { NodeHttpHandler } from '@smithy/node-http-handler';

/** Every protocol's way of saying "slow down": JSON's error type, query and EC2 codes, S3's 503. */
const THROTTLING = /Throttl|RequestLimitExceeded|SlowDown|TooManyRequests|RequestThrottled/;

export interface CallCounts {
  requests: number;
  throttled: number;
}

/**
 * The real network handler, counting what comes back: every HTTP response, and those that are
 * throttling answers. Error bodies are read to tell (query protocols put the code only there) and
 * handed on intact. For the benchmark and the shared-budget test.
 */
export function countingHandler(options: { connectionTimeout?: number; requestTimeout?: number } = {}): HttpHandler & { counts: CallCounts } {
  const inner = new NodeHttpHandler({ connectionTimeout: options.connectionTimeout ?? 3_000, requestTimeout: options.requestTimeout ?? 10_000, throwOnRequestTimeout: true });
  const counts: CallCounts = { requests: 0, throttled: 0 };
  return {
    counts,
    async handle(request, handlerOptions) {
      const out = await inner.handle(request, handlerOptions);
      counts.requests += 1;
      const { response } = out;
      if (response.statusCode < 400) return out;
      const chunks: Buffer[] = [];
      for await (const chunk of response.body as Readable) chunks.push(Buffer.from(chunk as Uint8Array));
      const body = Buffer.concat(chunks);
      const type = String(response.headers['x-amzn-errortype'] ?? '');
      if (THROTTLING.test(type) || THROTTLING.test(body.toString('utf8', 0, 2_000))) counts.throttled += 1;
      return { response: new HttpResponse({ statusCode: response.statusCode, reason: response.reason, headers: response.headers, body: Readable.from([body]) }) };
    },
    updateHttpClientConfig: (key, value) => inner.updateHttpClientConfig(key, value),
    httpHandlerConfigs: () => inner.httpHandlerConfigs(),
  };
}
