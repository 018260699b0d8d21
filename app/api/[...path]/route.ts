import { unknownApiPath } from '@/lib/server/unknown-api-path';

/**
 * Any /api path no route serves: a JSON ApiError 404, not the HTML page a browser gets, so an API client (a script, an
 * older front end after a deploy) reads what went wrong. Named routes take precedence over this catch-all; the proxy
 * refuses every method but GET and HEAD here (405) before it runs.
 */
export const dynamic = 'force-dynamic';

export const GET = unknownApiPath;
