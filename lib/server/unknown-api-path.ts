import 'server-only';
import type { ApiError } from '@/lib/dto/jobs';
import { withRequestLog } from './request-log';

/** The answer for an /api path no route serves: 404 with an ApiError that names the path (clipped) and where the routes are listed. */
export function unknownApiPath(request: Request): Promise<Response> {
  const path = new URL(request.url).pathname;
  return withRequestLog({ method: request.method, path }, async () => {
    const body: ApiError = { error: { code: 'not-found', message: `No API route at ${path.slice(0, 120)}: the routes are listed in docs/api.md.` } };
    return Response.json(body, { status: 404, headers: { 'cache-control': 'no-store' } });
  });
}
