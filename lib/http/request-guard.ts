/**
 * What the proxy refuses before anything renders, so a refused request costs no AWS call:
 * methods the app does not serve (pages answer GET and HEAD only; a POST to a page would
 * otherwise run the whole triage) and paths whose percent-encoding does not decode (Next answers
 * those with a 500).
 */
export type Refusal = { status: 400 | 405; message: string; allow?: string };

const READ_METHODS = ['GET', 'HEAD'] as const;
export const ALLOWED_METHODS = READ_METHODS.join(', ');

export function checkRequest(method: string, rawPath: string): Refusal | undefined {
  if (!(READ_METHODS as readonly string[]).includes(method.toUpperCase())) {
    return { status: 405, allow: ALLOWED_METHODS, message: `This method is not allowed: this dashboard only reads (allowed: ${ALLOWED_METHODS}).` };
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
