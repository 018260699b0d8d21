// No 'server-only' here: instrumentation.ts loads this at start-up, outside React's server graph.
import { z } from 'zod';

/**
 * How the dashboard learns who is asking (`JOBTRIAGE_AUTH`), parsed with zod like lib/server/env.ts
 * and kept apart from it so the sign-on settings travel together. A misconfigured mode is an
 * error at start-up, never a silent fall back to `none`.
 */
export type AuthConfig =
  | { mode: 'none'; allowNoAuth: boolean; allow: AllowList }
  | { mode: 'alb'; albArn: string[]; keysUrl?: string; allow: AllowList }
  | { mode: 'jwt'; header: string; issuer: string; audience: string[]; jwksUrl: string; allow: AllowList };

/** Who may use the dashboard once verified; empty lists mean "every verified user". */
export interface AllowList {
  emailDomains: string[];
  groups: string[];
  groupsClaim: string;
}

const list = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter((s) => s !== ''));

const AuthEnvSchema = z.object({
  JOBTRIAGE_AUTH: z.enum(['none', 'alb', 'jwt']).default('none'),
  JOBTRIAGE_ALLOW_NO_AUTH: z.enum(['0', '1', 'true', 'false']).optional(),
  JOBTRIAGE_ALB_ARN: list,
  JOBTRIAGE_ALB_KEYS_URL: z.url().optional(),
  JOBTRIAGE_JWT_HEADER: z.string().trim().toLowerCase().optional(),
  JOBTRIAGE_JWT_ISSUER: z.string().trim().optional(),
  JOBTRIAGE_JWT_AUDIENCE: list,
  JOBTRIAGE_JWKS_URL: z.url().optional(),
  JOBTRIAGE_ALLOWED_EMAIL_DOMAINS: list,
  JOBTRIAGE_ALLOWED_GROUPS: list,
  JOBTRIAGE_GROUPS_CLAIM: z.string().trim().default('groups'),
});

const ALB_ARN = /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:loadbalancer\/app\/.+$/;

/** Parses the sign-on settings; throws an Error whose message says what to set. */
export function parseAuthConfig(source: Record<string, string | undefined>): AuthConfig {
  const raw = AuthEnvSchema.parse(Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === '' ? undefined : v])));
  const allow: AllowList = {
    emailDomains: raw.JOBTRIAGE_ALLOWED_EMAIL_DOMAINS.map((d) => d.toLowerCase().replace(/^@/, '')),
    groups: raw.JOBTRIAGE_ALLOWED_GROUPS,
    groupsClaim: raw.JOBTRIAGE_GROUPS_CLAIM,
  };
  if (raw.JOBTRIAGE_AUTH === 'alb') {
    if (raw.JOBTRIAGE_ALB_ARN.length === 0) throw new Error('JOBTRIAGE_AUTH=alb needs JOBTRIAGE_ALB_ARN: the ARN of the load balancer that signs x-amzn-oidc-data');
    const bad = raw.JOBTRIAGE_ALB_ARN.find((arn) => !ALB_ARN.test(arn));
    if (bad) throw new Error(`JOBTRIAGE_ALB_ARN: "${bad}" is not an application load balancer ARN (arn:aws:elasticloadbalancing:<region>:<account>:loadbalancer/app/<name>/<id>)`);
    return { mode: 'alb', albArn: raw.JOBTRIAGE_ALB_ARN, ...(raw.JOBTRIAGE_ALB_KEYS_URL ? { keysUrl: raw.JOBTRIAGE_ALB_KEYS_URL } : {}), allow };
  }
  if (raw.JOBTRIAGE_AUTH === 'jwt') {
    const missing = [
      raw.JOBTRIAGE_JWT_HEADER ? undefined : 'JOBTRIAGE_JWT_HEADER',
      raw.JOBTRIAGE_JWT_ISSUER ? undefined : 'JOBTRIAGE_JWT_ISSUER',
      raw.JOBTRIAGE_JWT_AUDIENCE.length > 0 ? undefined : 'JOBTRIAGE_JWT_AUDIENCE',
      raw.JOBTRIAGE_JWKS_URL ? undefined : 'JOBTRIAGE_JWKS_URL',
    ].filter((m) => m !== undefined);
    if (missing.length > 0 || !raw.JOBTRIAGE_JWT_HEADER || !raw.JOBTRIAGE_JWT_ISSUER || !raw.JOBTRIAGE_JWKS_URL) {
      throw new Error(`JOBTRIAGE_AUTH=jwt needs ${missing.join(', ')}`);
    }
    return { mode: 'jwt', header: raw.JOBTRIAGE_JWT_HEADER, issuer: raw.JOBTRIAGE_JWT_ISSUER, audience: raw.JOBTRIAGE_JWT_AUDIENCE, jwksUrl: raw.JOBTRIAGE_JWKS_URL, allow };
  }
  const allowNoAuth = raw.JOBTRIAGE_ALLOW_NO_AUTH === '1' || raw.JOBTRIAGE_ALLOW_NO_AUTH === 'true';
  return { mode: 'none', allowNoAuth, allow };
}

/** What to tell an operator whose production server would start with no sign-on. */
export const NO_AUTH_REFUSAL = [
  'jobtriage: refusing to start without sign-on (JOBTRIAGE_AUTH=none) in production: this dashboard shows IAM policies and training logs.',
  'Configure SSO: JOBTRIAGE_AUTH=alb with JOBTRIAGE_ALB_ARN (behind an ALB with OIDC authentication),',
  'or JOBTRIAGE_AUTH=jwt with JOBTRIAGE_JWT_HEADER, JOBTRIAGE_JWT_ISSUER, JOBTRIAGE_JWT_AUDIENCE and JOBTRIAGE_JWKS_URL (oauth2-proxy, Pomerium, Cloudflare Access, IAP).',
  'To run without sign-on on purpose (a private network you trust), set JOBTRIAGE_ALLOW_NO_AUTH=1. See README "Behind SSO".',
].join('\n');

/** Whether a server with this configuration may start; the message when it may not. */
export function startupRefusal(config: AuthConfig, nodeEnv: string | undefined): string | undefined {
  if (config.mode === 'none' && nodeEnv === 'production' && !config.allowNoAuth) return NO_AUTH_REFUSAL;
  return undefined;
}
