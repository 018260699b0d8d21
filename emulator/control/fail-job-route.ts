/**
 * `POST /_emulator/fail-job`: the HTTP face of failJob for tests, scripts and curl. Not an AWS API,
 * so it takes no signature; it answers plain JSON.
 */
import type { HttpReply } from '../types';
import { readFailJobRequest, type FailJobRequest, type FailJobResult } from './fail-job';

export const CONTROL_FAIL_JOB = '/_emulator/fail-job';

export function failJobControl(method: string, body: string, fail: (request: FailJobRequest) => FailJobResult): HttpReply {
  if (method !== 'POST') return json(405, { message: `${CONTROL_FAIL_JOB} takes POST with a JSON body.` });
  const request = readFailJobRequest(body);
  if ('error' in request) return json(400, { message: request.error });
  const result = fail(request);
  return result.ok ? json(200, result) : json(400, { message: result.message });
}

function json(status: number, body: unknown): HttpReply {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}
