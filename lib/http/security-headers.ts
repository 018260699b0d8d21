import { buildCsp } from './csp';

/**
 * The headers every response carries, pages, API, static files, errors and 404s alike. Set by the
 * proxy (proxy.ts) on the responses it passes on and on the ones it answers itself.
 */
export function securityHeaders(opts: { nonce: string; dev: boolean; tls: boolean }): Record<string, string> {
  return {
    'content-security-policy': buildCsp(opts),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'x-frame-options': 'DENY',
    // Only over TLS: browsers ignore it on http, and it must not pin a plain-http local install.
    ...(opts.tls ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/**
 * Whether the browser reached us over TLS. Behind an ALB or oauth2-proxy TLS ends there, and the
 * proxy says so in X-Forwarded-Proto; the worst a forged header can do is add HSTS on http, which
 * browsers ignore.
 */
export function isTls(url: URL, headers: Headers): boolean {
  if (url.protocol === 'https:') return true;
  const forwarded = headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return forwarded === 'https';
}
