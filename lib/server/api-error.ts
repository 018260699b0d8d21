import 'server-only';
import type { Missing } from '@/lib/analysis/evidence';
import type { ApiError, ApiErrorCode, UseCaseResult } from '@/lib/dto/jobs';

/**
 * How a Missing becomes an API error: the status a client can act on, and on access-denied the
 * permission the dashboard's own role lacks.
 */
const STATUS: Record<Missing['kind'], { status: number; code: ApiErrorCode }> = {
  'not-found': { status: 404, code: 'not-found' },
  'access-denied': { status: 403, code: 'access-denied' },
  'cross-account': { status: 403, code: 'access-denied' },
  throttled: { status: 429, code: 'throttled' },
  timeout: { status: 504, code: 'timeout' },
  error: { status: 502, code: 'unavailable' },
};

export function failFromMissing<T>(missing: Missing, what: string): UseCaseResult<T> {
  const { status, code } = STATUS[missing.kind];
  const error: ApiError['error'] = { code, message: `${what}: ${missing.message}` };
  if (missing.kind === 'access-denied') {
    error.dashboardNeeds = missing.action;
    error.message = `${what}: the dashboard's role lacks ${missing.action}${missing.resource ? ` on ${missing.resource}` : ''}. AWS said: ${missing.message}`;
  }
  return { ok: false, status, error };
}

export function fail<T>(status: number, code: ApiErrorCode, message: string): UseCaseResult<T> {
  return { ok: false, status, error: { code, message } };
}

/** The Response a route sends for a use case's result. */
export function toResponse<T>(result: UseCaseResult<T>): Response {
  if (result.ok) return Response.json(result.value, { headers: { 'cache-control': 'no-store' } });
  const body: ApiError = { error: result.error };
  const headers: Record<string, string> = { 'cache-control': 'no-store' };
  if (result.status === 429) headers['retry-after'] = String(result.retryAfterSeconds ?? 5);
  return Response.json(body, { status: result.status, headers });
}
