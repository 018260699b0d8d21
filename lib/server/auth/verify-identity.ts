import 'server-only';
import { AlbJwtVerifier, JwtVerifier } from 'aws-jwt-verify';
import { AlbJwksCache } from 'aws-jwt-verify/alb-cache';
import type { Fetcher } from 'aws-jwt-verify/https';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';
import type { Identity } from '../context';
import { refusalFor, type VerifiedIdentity } from './allow-list';
import type { AuthConfig } from './auth-config';

/** Who asks, or why not: 401 (no or unverifiable sign-in) or 403 (verified, not allowed). */
export type AuthOutcome =
  | { ok: true; identity: Identity }
  | { ok: false; status: 401 | 403; reason: string; identity?: VerifiedIdentity };

/** Checks one request's headers. Built once per process: the key caches live in it. */
export type IdentityVerifier = (headers: HeaderSource) => Promise<AuthOutcome>;

/** A request's headers: the Fetch API's, or Next's read-only ones in a page. */
export type HeaderSource = Pick<Headers, 'get'>;

/** The header an ALB with OIDC authentication signs; its x-amzn-oidc-identity twin is not signed. */
export const ALB_DATA_HEADER = 'x-amzn-oidc-data';

export function createIdentityVerifier(config: AuthConfig): IdentityVerifier {
  if (config.mode === 'none') return () => Promise.resolve({ ok: true, identity: { mode: 'none' } });
  const verify = config.mode === 'alb' ? albVerify(config) : jwtVerify(config);
  const header = config.mode === 'alb' ? ALB_DATA_HEADER : config.header;
  return async (headers) => {
    const token = tokenIn(headers.get(header));
    if (!token) return { ok: false, status: 401, reason: `Not signed in: the request has no ${header} header. Sign in through the company's single sign-on and open the dashboard from its address (identity headers without a signed token are not trusted).` };
    let payload: JwtPayload;
    try {
      payload = await verify(token);
    } catch (error) {
      return { ok: false, status: 401, reason: `Your sign-in could not be verified (${describe(error)}). Sign in again through the company's single sign-on.` };
    }
    const identity = identityOf(config.mode, payload, config.allow.groupsClaim);
    if (!identity) return { ok: false, status: 401, reason: 'Your sign-in token names no user (no "sub" claim). Sign in again through the company\'s single sign-on.' };
    const refusal = refusalFor(identity, config.allow);
    if (refusal) return { ok: false, status: 403, reason: refusal, identity };
    return { ok: true, identity };
  };
}

// ALB: ES256, key fetched by kid (one PEM per kid) from the regional endpoint, single-flight and cached by the library.
function albVerify(config: Extract<AuthConfig, { mode: 'alb' }>) {
  const verifier = AlbJwtVerifier.create(
    { albArn: config.albArn, issuer: null, clientId: null, ...(config.keysUrl ? { jwksUri: config.keysUrl.replace(/\/+$/, '') } : {}) },
    { jwksCache: new AlbJwksCache({ fetcher: plainFetcher }) },
  );
  return (token: string) => verifier.verify(token) as Promise<JwtPayload>;
}

function jwtVerify(config: Extract<AuthConfig, { mode: 'jwt' }>) {
  const verifier = JwtVerifier.create(
    { issuer: config.issuer, audience: config.audience, jwksUri: config.jwksUrl },
    { jwksCache: new SimpleJwksCache({ fetcher: plainFetcher }) },
  );
  return (token: string) => verifier.verify(token);
}

/**
 * The library's own fetcher speaks only https; a private key endpoint or a test serves plain http.
 * A slow key endpoint must not hang every page: 5 s, then the sign-in is unverifiable (401).
 */
const plainFetcher: Fetcher = {
  async fetch(uri) {
    const response = await fetch(uri, { signal: AbortSignal.timeout(5_000), redirect: 'error' });
    if (!response.ok) throw new Error(`the key endpoint answered ${response.status} for ${uri}`);
    return response.arrayBuffer();
  },
};

function tokenIn(value: string | null): string | undefined {
  const token = value?.trim().replace(/^Bearer\s+/i, '').trim();
  return token ? token : undefined;
}

function identityOf(mode: 'alb' | 'jwt', payload: JwtPayload, groupsClaim: string): VerifiedIdentity | undefined {
  const text = (key: string) => (typeof payload[key] === 'string' && payload[key] !== '' ? (payload[key] as string) : undefined);
  const subject = text('sub');
  if (!subject) return undefined;
  const email = text('email');
  const name = text('name') ?? text('preferred_username');
  const groups = groupsOf(payload[groupsClaim]);
  return { mode, subject, ...(email ? { email } : {}), ...(name ? { name } : {}), ...(groups ? { groups } : {}) };
}

// IdPs send groups as a JSON array, or (ALB passing an IdP's claim on) as one comma-separated string.
function groupsOf(claim: unknown): string[] | undefined {
  if (Array.isArray(claim)) return claim.filter((g): g is string => typeof g === 'string');
  if (typeof claim === 'string') return claim.split(/[,\s]+/).filter((g) => g !== '');
  return undefined;
}

function describe(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.length > 200 ? `${message.slice(0, 200)}…` : message;
}
