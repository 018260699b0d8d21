import 'server-only';
import type { UseCaseResult } from '@/lib/dto/jobs';
import { toResponse } from './api-error';

/**
 * Runs a route's use case and always answers with JSON: a bug becomes a 500 ApiError the client
 * can show, not Next's HTML error page. The stack stays in the server log.
 */
export async function respond<T>(run: () => Promise<UseCaseResult<T>>): Promise<Response> {
  try {
    return toResponse(await run());
  } catch (error) {
    console.error('[api] unexpected error:', error);
    return toResponse({ ok: false, status: 500, error: { code: 'internal', message: 'The dashboard hit an unexpected error; the server log has the details.' } });
  }
}
