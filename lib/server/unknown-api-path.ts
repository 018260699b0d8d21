import 'server-only';
import { fail, toResponse } from './api-error';
import { withRequestLog } from './request-log';

/** The answer for an /api path no route serves: 404 with an ApiError that names the path (clipped) and where the routes are listed. */
export function unknownApiPath(request: Request): Promise<Response> {
  const path = new URL(request.url).pathname;
  return withRequestLog({ method: request.method, path }, async () => toResponse(fail(404, 'not-found', `No API route at ${path.slice(0, 120)}: the routes are listed in docs/api.md.`)));
}
