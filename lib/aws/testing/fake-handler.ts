import { Readable } from 'node:stream';
import type { HttpHandler } from '@smithy/core/protocols';
import { HttpResponse } from '@smithy/core/protocols';

/**
 * A stand-in for the network in gateway unit tests: the SDK serialises, signs, retries and parses
 * for real; only the bytes on the wire come from `reply`. Every request is recorded.
 */
export interface SeenRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string;
  /** `SageMaker.ListTrainingJobs` (JSON protocols), `GetRole` (query protocols), or `GET /path` (S3). */
  operation: string;
}

export interface FakeReply {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}

export function fakeHandler(reply: (req: SeenRequest, callIndex: number) => FakeReply): HttpHandler & { seen: SeenRequest[] } {
  const seen: SeenRequest[] = [];
  return {
    seen,
    async handle(request) {
      const body = await bodyText(request.body);
      const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
      const query = Object.fromEntries(Object.entries(request.query ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v ?? '')]));
      const target = headers['x-amz-target'];
      const action = new URLSearchParams(body).get('Action');
      const operation = target ?? action ?? `${request.method} ${request.path}`;
      const req: SeenRequest = { method: request.method, path: request.path, query, headers, body, operation };
      seen.push(req);
      const r = reply(req, seen.length - 1);
      return {
        response: new HttpResponse({
          statusCode: r.status,
          headers: { 'content-type': 'application/x-amz-json-1.1', ...(r.headers ?? {}) },
          body: Readable.from([Buffer.from(r.body ?? '')]),
        }),
      };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
  };
}

async function bodyText(body: unknown): Promise<string> {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return Buffer.from(body).toString('utf8');
  if (body instanceof Readable) {
    const chunks: Buffer[] = [];
    for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array));
    return Buffer.concat(chunks).toString('utf8');
  }
  return String(body);
}

/** A JSON-protocol error as SageMaker, CloudWatch Logs and KMS send it. */
export function jsonError(status: number, type: string, message: string): FakeReply {
  return { status, body: JSON.stringify({ __type: type, message }) };
}

export function jsonOk(value: unknown): FakeReply {
  return { status: 200, body: JSON.stringify(value) };
}
