/**
 * Opaque page tokens. AWS tokens are opaque and reject tampering; ours are base64 of an offset bound
 * to the operation, so a token from another call or a made-up one is refused.
 */
export function encodeToken(scope: string, offset: number): string {
  return Buffer.from(JSON.stringify({ s: scope, o: offset })).toString('base64');
}

/** The offset, or undefined when the token is not one this scope issued. */
export function decodeToken(scope: string, token: string): number | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { s?: unknown; o?: unknown };
    if (parsed.s !== scope || typeof parsed.o !== 'number' || !Number.isInteger(parsed.o) || parsed.o < 0) return undefined;
    return parsed.o;
  } catch {
    return undefined;
  }
}
