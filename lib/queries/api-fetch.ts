import type { ApiError, ApiErrorCode } from '@/lib/dto/jobs';

/**
 * The browser's one way to call the API: JSON in, typed value out, and every non-2xx answer turned
 * into an ApiRequestError carrying the API's own code, message and (on access-denied) the
 * permission the dashboard lacks, so the page can say what to grant.
 */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly dashboardNeeds?: string;

  constructor(status: number, body: ApiError['error']) {
    super(body.message);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = body.code;
    if (body.dashboardNeeds) this.dashboardNeeds = body.dashboardNeeds;
  }

  /** The plain shape, for rendering the same panel from a server result or a client error. */
  toBody(): ApiError['error'] {
    return { code: this.code, message: this.message, ...(this.dashboardNeeds ? { dashboardNeeds: this.dashboardNeeds } : {}) };
  }
}

export async function apiFetch<T>(path: string, init?: RequestInit & { fetchImpl?: typeof fetch }): Promise<T> {
  const { fetchImpl = fetch, ...rest } = init ?? {};
  let response: Response;
  try {
    response = await fetchImpl(path, { ...rest, headers: { accept: 'application/json', ...rest.headers } });
  } catch (cause) {
    throw new ApiRequestError(0, { code: 'unavailable', message: `Could not reach the dashboard's API: ${cause instanceof Error ? cause.message : String(cause)}` });
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok && body !== undefined) return body as T;
  if (isApiError(body)) throw new ApiRequestError(response.status, body.error);
  throw new ApiRequestError(response.status, {
    code: response.status === 404 ? 'not-found' : 'internal',
    message: `The API answered ${response.status} ${response.statusText || ''}without a readable body.`.replace('  ', ' '),
  });
}

export function isApiError(body: unknown): body is ApiError {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string' && typeof (error as { code?: unknown }).code === 'string';
}
