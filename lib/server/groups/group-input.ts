import 'server-only';
import { z } from 'zod';
import { GROUP_ID_PATTERN } from '@/lib/analysis/groups/group-id';
import type { GroupPatch } from '@/lib/dto/groups';
import type { UseCaseResult } from '@/lib/dto/jobs';

/**
 * What a group write must be before anything is read or written: JSON, from this site, a known
 * status, a note of at most 10,000 characters. Refusals say what was expected.
 */
export const MAX_NOTE = 10_000;
const MAX_ASSIGNEE = 200;
const MAX_BODY = 64 * 1024;

const patchSchema = z
  .object({
    status: z.enum(['open', 'resolved', 'ignored'], { error: 'status must be one of open, resolved, ignored (regressed is set automatically)' }).optional(),
    assignee: z
      .string({ error: 'assignee must be a string, or null to unassign' })
      .trim()
      .min(1, 'assignee must not be empty (send null to unassign)')
      .max(MAX_ASSIGNEE, `assignee must be at most ${MAX_ASSIGNEE} characters`)
      .nullable()
      .optional(),
    note: z
      .string({ error: 'note must be a string' })
      .trim()
      .min(1, 'note must not be empty')
      .max(MAX_NOTE, `note must be at most ${MAX_NOTE.toLocaleString('en-US')} characters`)
      .optional(),
  })
  .strict()
  .refine((p) => p.status !== undefined || p.assignee !== undefined || p.note !== undefined, 'send at least one of status, assignee, note');

export function checkGroupId(id: string): UseCaseResult<string> {
  return GROUP_ID_PATTERN.test(id) ? { ok: true, value: id } : refuse(400, 'invalid-parameter', `"${id.slice(0, 40)}" is not a group id (14 hex digits, as in /groups/0123456789abcd).`);
}

/**
 * Same-origin only: a browser names the page that sent a write in `Origin` (and `Sec-Fetch-Site`);
 * another site's page must not change a group with the user's cookies. Scripts send neither.
 */
export function checkSameOrigin(request: Request): UseCaseResult<true> {
  const origin = request.headers.get('origin');
  const site = request.headers.get('sec-fetch-site');
  if (origin === null) return site === 'cross-site' ? refuse(403, 'forbidden', 'This write came from another site (Sec-Fetch-Site: cross-site): group changes are accepted from this dashboard only.') : { ok: true, value: true };
  if (ownOrigins(request).has(origin)) return { ok: true, value: true };
  return refuse(403, 'forbidden', `This write came from ${origin.slice(0, 100)}, not from this dashboard: group changes are accepted from the same origin only.`);
}

function ownOrigins(request: Request): Set<string> {
  const url = new URL(request.url);
  const origins = new Set([url.origin]);
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  const proto = request.headers.get('x-forwarded-proto') ?? url.protocol.replace(':', '');
  if (host) origins.add(`${proto.split(',')[0]?.trim()}://${host.split(',')[0]?.trim()}`);
  return origins;
}

/** The body of a PATCH: JSON only (415 otherwise), an object the schema accepts (400 otherwise). */
export async function readGroupPatch(request: Request): Promise<UseCaseResult<GroupPatch>> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return refuse(415, 'unsupported-media-type', `Send the change as JSON (Content-Type: application/json), not ${type || 'without a Content-Type'}.`);
  const text = await request.text();
  if (text.length > MAX_BODY) return refuse(400, 'invalid-parameter', `The body is ${text.length} characters; a group change is at most ${MAX_BODY}.`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return refuse(400, 'invalid-parameter', 'The body is not valid JSON: send e.g. {"status":"resolved"}.');
  }
  const parsed = patchSchema.safeParse(body);
  if (!parsed.success) {
    const message = parsed.error.issues.map((i) => (i.code === 'unrecognized_keys' ? `unknown field(s) ${i.keys.join(', ')}: send only status, assignee, note` : i.message)).join('; ');
    return refuse(400, 'invalid-parameter', message);
  }
  const { status, assignee, note } = parsed.data;
  return { ok: true, value: { ...(status ? { status } : {}), ...(assignee !== undefined ? { assignee } : {}), ...(note !== undefined ? { note } : {}) } };
}

function refuse<T>(status: number, code: 'invalid-parameter' | 'forbidden' | 'unsupported-media-type', message: string): UseCaseResult<T> {
  return { ok: false, status, error: { code, message } };
}
