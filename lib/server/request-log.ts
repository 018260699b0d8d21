import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Identity } from './context';

/**
 * The app's own request log: one JSON line per API request on stdout — who (the verified user's
 * subject and email, never a token or a credential), what (method and path; the query stays out,
 * it can hold names people typed), the status, the duration and the AWS calls it made (retries
 * included, the background sync's not).
 */
interface Scope {
  who?: string;
  awsCalls: number;
}

const scope = new AsyncLocalStorage<Scope>();

export interface RequestLine {
  time: string;
  msg: 'request';
  method: string;
  path: string;
  status: number;
  durationMs: number;
  awsCalls: number;
  who: string;
}

export async function withRequestLog(what: { method: string; path: string }, run: () => Promise<Response>, write: (line: string) => void = defaultWrite): Promise<Response> {
  const current: Scope = { awsCalls: 0 };
  const started = performance.now();
  let status = 500;
  try {
    const response = await scope.run(current, run);
    status = response.status;
    return response;
  } finally {
    const line: RequestLine = {
      time: new Date().toISOString(),
      msg: 'request',
      method: what.method,
      path: what.path.slice(0, 300),
      status,
      durationMs: Math.round(performance.now() - started),
      awsCalls: current.awsCalls,
      who: current.who ?? 'unknown',
    };
    write(JSON.stringify(line));
  }
}

/** Records who asks, once the request's identity is known (the context is built). */
export function noteIdentity(identity: Identity): void {
  const current = scope.getStore();
  if (current) current.who = identity.mode === 'none' ? 'none (no sign-on)' : [identity.subject, identity.email].filter(Boolean).join(' ');
}

/** The client pool's onCall hook: counts an AWS call against the request that made it, if any. */
export function countAwsCall(): void {
  const current = scope.getStore();
  if (current) current.awsCalls += 1;
}

function defaultWrite(line: string): void {
  process.stdout.write(`${line}\n`);
}
