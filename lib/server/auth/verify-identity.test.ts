import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAuthConfig } from './auth-config';
import { albToken, ecKey, oidcToken, rsaKey, signToken, startKeyServer, TEST_ALB_ARN, TEST_AUDIENCE, TEST_ISSUER, type KeyServer } from './testing/sso';
import { createIdentityVerifier, type IdentityVerifier } from './verify-identity';

// Real keys, real signatures, a real HTTP key endpoint: the verifier under test is the one the app runs.
const albKey = ecKey();
const oidcKey = rsaKey();
const strangerEc = { ...ecKey(), kid: albKey.kid }; // same kid, other key: a forger who read the header
const strangerRsa = { ...rsaKey(), kid: oidcKey.kid };
let keys: KeyServer;
let alb: IdentityVerifier;
let jwt: IdentityVerifier;

// The classic confusion attack: HMAC "signed" with the RSA public key as the secret.
function hs256WithPublicKey(): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const data = `${encode({ alg: 'HS256', kid: oidcKey.kid })}.${encode({ sub: 'u-1', iss: TEST_ISSUER, aud: TEST_AUDIENCE, exp: past + 7200 })}`;
  const secret = oidcKey.publicKey.export({ type: 'spki', format: 'pem' });
  return `${data}.${createHmac('sha256', secret).update(data).digest('base64url')}`;
}

const past = Math.floor(Date.now() / 1000) - 3600;
const headersWith = (entries: Record<string, string>) => new Headers(entries);

beforeAll(async () => {
  keys = await startKeyServer({ alb: [albKey], jwks: [oidcKey] });
  alb = createIdentityVerifier(parseAuthConfig({ JOBTRIAGE_AUTH: 'alb', JOBTRIAGE_ALB_ARN: TEST_ALB_ARN, JOBTRIAGE_ALB_KEYS_URL: `${keys.url}/alb` }));
  jwt = createIdentityVerifier(
    parseAuthConfig({ JOBTRIAGE_AUTH: 'jwt', JOBTRIAGE_JWT_HEADER: 'X-Forwarded-Access-Token', JOBTRIAGE_JWT_ISSUER: TEST_ISSUER, JOBTRIAGE_JWT_AUDIENCE: TEST_AUDIENCE, JOBTRIAGE_JWKS_URL: `${keys.url}/jwks.json` }),
  );
});
afterAll(() => keys.close());

describe('alb mode: x-amzn-oidc-data, ES256, signer pinned, key by kid', () => {
  it('admits a token the ALB signed, padded base64 and all, and says who it is', async () => {
    const token = albToken(albKey);
    expect(token.split('.')[0]).toMatch(/=$/); // the case the library must accept
    const outcome = await alb(headersWith({ 'x-amzn-oidc-data': token }));
    expect(outcome).toEqual({ ok: true, identity: { mode: 'alb', subject: 'u-123', email: 'ana@example.com', name: 'Ana Lima' } });
  });

  it.each([
    ['no header at all', () => ({})],
    ['unsigned identity headers alone', () => ({ 'x-amzn-oidc-identity': 'admin', 'x-amzn-oidc-accesstoken': 'whatever', 'x-forwarded-user': 'admin@example.com' })],
    ['garbage', () => ({ 'x-amzn-oidc-data': 'not.a.token' })],
    ['a key that is not the ALB’s (same kid)', () => ({ 'x-amzn-oidc-data': albToken(strangerEc) })],
    ['another load balancer as signer', () => ({ 'x-amzn-oidc-data': albToken(albKey, {}, { signer: TEST_ALB_ARN.replace('jobtriage', 'other-lb') }) })],
    ['expired', () => ({ 'x-amzn-oidc-data': albToken(albKey, { exp: past }, { exp: past }) })],
    ['alg none', () => ({ 'x-amzn-oidc-data': signToken(albKey, { alg: 'none', signer: TEST_ALB_ARN }, { sub: 'u-1', exp: past + 7200 }) })],
    ['alg none with a signature attached', () => ({ 'x-amzn-oidc-data': `${signToken(albKey, { alg: 'none', signer: TEST_ALB_ARN }, { sub: 'u-1', exp: past + 7200 }, { padded: true })}${albToken(albKey).split('.')[2]}` })],
    ['a kid the key endpoint does not know', () => ({ 'x-amzn-oidc-data': albToken({ ...ecKey() }) })],
    ['an RS256 token from the OIDC proxy', () => ({ 'x-amzn-oidc-data': oidcToken(oidcKey) })],
  ])('refuses %s with 401', async (_label, headers) => {
    const outcome = await alb(headersWith(headers()));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.status).toBe(401);
  });

  it('fetches a key once for concurrent requests (single flight) and caches it', async () => {
    const key = ecKey();
    const server = await startKeyServer({ alb: [key] });
    const verify = createIdentityVerifier(parseAuthConfig({ JOBTRIAGE_AUTH: 'alb', JOBTRIAGE_ALB_ARN: TEST_ALB_ARN, JOBTRIAGE_ALB_KEYS_URL: `${server.url}/alb/` }));
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => verify(headersWith({ 'x-amzn-oidc-data': albToken(key) }))));
    await verify(headersWith({ 'x-amzn-oidc-data': albToken(key, { sub: 'u-999' }) }));
    await server.close();
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(server.fetches).toEqual([`/alb/${key.kid}`]);
  });
});

describe('jwt mode: a JWKS-verified header from an OIDC proxy', () => {
  it.each([
    ['the raw token', (t: string) => t],
    ['Bearer <token>', (t: string) => `Bearer ${t}`],
  ])('admits %s', async (_label, wrap) => {
    const outcome = await jwt(headersWith({ 'x-forwarded-access-token': wrap(oidcToken(oidcKey)) }));
    expect(outcome).toEqual({ ok: true, identity: { mode: 'jwt', subject: 'u-456', email: 'bo@example.com', name: 'Bo Chen', groups: ['ml-platform'] } });
  });

  it.each([
    ['no token', () => ({})],
    ['a token in another header', () => ({ authorization: `Bearer ${oidcToken(oidcKey)}` })],
    ['garbage', () => ({ 'x-forwarded-access-token': 'Bearer %%%garbage' })],
    ['a key not in the JWKS (same kid)', () => ({ 'x-forwarded-access-token': oidcToken(strangerRsa) })],
    ['another issuer', () => ({ 'x-forwarded-access-token': oidcToken(oidcKey, { iss: 'https://evil.example.test/' }) })],
    ['another audience', () => ({ 'x-forwarded-access-token': oidcToken(oidcKey, { aud: 'some-other-app' }) })],
    ['expired', () => ({ 'x-forwarded-access-token': oidcToken(oidcKey, { exp: past }) })],
    ['alg none', () => ({ 'x-forwarded-access-token': signToken(oidcKey, { alg: 'none' }, { sub: 'u-1', iss: TEST_ISSUER, aud: TEST_AUDIENCE, exp: past + 7200 }) })],
    ['alg none with a signature attached', () => ({ 'x-forwarded-access-token': `${signToken(oidcKey, { alg: 'none' }, { sub: 'u-1', iss: TEST_ISSUER, aud: TEST_AUDIENCE, exp: past + 7200 })}${oidcToken(oidcKey).split('.')[2]}` })],
    ['HS256 keyed with the public key', () => ({ 'x-forwarded-access-token': hs256WithPublicKey() })],
    ['no subject', () => ({ 'x-forwarded-access-token': oidcToken(oidcKey, { sub: undefined }) })],
  ])('refuses %s with 401', async (_label, headers) => {
    const outcome = await jwt(headersWith(headers()));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.status).toBe(401);
      expect(outcome.reason).toMatch(/sign/i);
    }
  });
});

describe('allow-list: a verified user outside it is refused with 403 and told why', () => {
  const base = { JOBTRIAGE_AUTH: 'jwt', JOBTRIAGE_JWT_HEADER: 'authorization', JOBTRIAGE_JWT_ISSUER: TEST_ISSUER, JOBTRIAGE_JWT_AUDIENCE: TEST_AUDIENCE };
  const withList = (extra: Record<string, string>) => createIdentityVerifier(parseAuthConfig({ ...base, JOBTRIAGE_JWKS_URL: `${keys.url}/jwks.json`, ...extra }));
  const ask = (verify: IdentityVerifier, claims: Record<string, unknown> = {}) => verify(headersWith({ authorization: `Bearer ${oidcToken(oidcKey, claims)}` }));

  it.each([
    ['domain outside the list', { JOBTRIAGE_ALLOWED_EMAIL_DOMAINS: 'acme.com, @acme.io' }, {}, /bo@example.com is not at an allowed domain: .*acme.com, acme.io/],
    ['no email while domains are listed', { JOBTRIAGE_ALLOWED_EMAIL_DOMAINS: 'acme.com' }, { email: undefined }, /no email address/],
    ['no allowed group', { JOBTRIAGE_ALLOWED_GROUPS: 'sre,admins' }, {}, /members of sre, admins; your groups \(ml-platform\) include none/],
    ['no groups claim', { JOBTRIAGE_ALLOWED_GROUPS: 'sre', JOBTRIAGE_GROUPS_CLAIM: 'cognito:groups' }, {}, /no groups in its "cognito:groups" claim/],
    ['right domain, wrong group', { JOBTRIAGE_ALLOWED_EMAIL_DOMAINS: 'example.com', JOBTRIAGE_ALLOWED_GROUPS: 'sre' }, {}, /members of sre/],
  ])('%s', async (_label, extra, claims: Record<string, unknown>, reason) => {
    const outcome = await ask(withList(extra), claims);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.status).toBe(403);
      expect(outcome.reason).toMatch(reason);
      expect(outcome.identity?.email).toBe(claims.email === undefined && 'email' in claims ? undefined : 'bo@example.com');
    }
  });

  it.each([
    ['an allowed domain (any case)', { JOBTRIAGE_ALLOWED_EMAIL_DOMAINS: 'EXAMPLE.com' }, {}],
    ['an allowed group from a custom claim, comma-separated', { JOBTRIAGE_ALLOWED_GROUPS: 'sre', JOBTRIAGE_GROUPS_CLAIM: 'roles' }, { roles: 'viewers,sre' }],
  ])('admits %s', async (_label, extra, claims) => {
    expect((await ask(withList(extra), claims)).ok).toBe(true);
  });
});
