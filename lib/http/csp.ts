/**
 * The Content-Security-Policy of every response. Scripts run only with this request's nonce
 * (Next reads it from the CSP request header and puts it on its own scripts) and whatever those
 * load (`strict-dynamic`); no `unsafe-inline` or `unsafe-eval` for scripts outside `next dev`.
 * Log lines and policy documents are untrusted text: this is the second line of defence behind
 * rendering them as text.
 */
export interface CspOptions {
  nonce: string;
  /** `next dev` needs eval for React's error overlay and stack reconstruction. */
  dev: boolean;
  /** Served over TLS (directly or behind a TLS-terminating load balancer). */
  tls: boolean;
}

export function buildCsp({ nonce, dev, tls }: CspOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // Styles: React renders `style` attributes (the skeleton's widths), which a nonce cannot cover,
    // and a nonce would disable 'unsafe-inline'. Styles cannot run code; scripts stay strict.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only over TLS: on plain http (local use, the demo) it would send every request to https.
    ...(tls ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

/** A fresh, unguessable nonce per request (128 random bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
