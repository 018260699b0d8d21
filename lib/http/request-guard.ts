/**
 * What the proxy refuses before anything renders, so a refused request costs no AWS call:
 * methods the app does not serve (pages answer GET and HEAD only; a POST to a page would
 * otherwise run the whole triage) and paths whose percent-encoding does not decode (Next answers
 * those with a 500). The one write the app takes is a group's triage state (PATCH /api/groups/{id}),
 * which never reaches AWS; its route checks the body and the origin.
 */
export type Refusal = { status: 400 | 405; message: string; allow?: string };

const READ_METHODS = ['GET', 'HEAD'] as const;
export const ALLOWED_METHODS = READ_METHODS.join(', ');

const GROUP_WRITE = /^\/api\/groups\/[^/]+\/?$/;
export const GROUP_METHODS = [...READ_METHODS, 'PATCH'].join(', ');

export function checkRequest(method: string, rawPath: string): Refusal | undefined {
  const upper = method.toUpperCase();
  const groupWrite = GROUP_WRITE.test(rawPath);
  if (!(READ_METHODS as readonly string[]).includes(upper) && !(groupWrite && upper === 'PATCH')) {
    const allow = groupWrite ? GROUP_METHODS : ALLOWED_METHODS;
    return { status: 405, allow, message: `This method is not allowed: this dashboard only reads, except a group's triage state (allowed here: ${allow}).` };
  }
  if (!decodes(rawPath)) {
    return { status: 400, message: 'The address has malformed percent-encoding (a % not followed by two hex digits, or bytes that are not UTF-8).' };
  }
  return undefined;
}

/** The path as the client sent it, before anyone decoded it. */
export function rawPathOf(url: string): string {
  const afterScheme = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
  return afterScheme.split(/[?#]/, 1)[0] ?? '/';
}

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
