import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as health } from '@/app/api/health/route';
import type { ApiError } from '@/lib/dto/jobs';
import { jobDetailRoute, jobEvidenceRoute, listJobsRoute } from '../api-routes';
import { resetEnvCache } from '../env';
import { startEmulator, testServices } from '../testing/emulator';
import { smallAccount } from '../testing/small-account';
import { withContext } from '../with-context';
import { parseAuthConfig } from './auth-config';
import { albToken, ecKey, oidcToken, rsaKey, startKeyServer, TEST_ALB_ARN, TEST_AUDIENCE, TEST_ISSUER, type KeyServer } from './testing/sso';

// The JSON API behind a JWKS-verified header, on the local AWS endpoint: the same door pages use.
const key = rsaKey();
const albKey = ecKey();
const HEADER = 'x-auth-request-access-token';
let keys: KeyServer;
let env: Awaited<ReturnType<typeof startEmulator>>;
let awsCalls = 0;

beforeAll(async () => {
  process.env.JOBTRIAGE_REGIONS = 'us-east-1';
  resetEnvCache();
  keys = await startKeyServer({ jwks: [key], alb: [albKey] });
  const auth = parseAuthConfig({
    JOBTRIAGE_AUTH: 'jwt',
    JOBTRIAGE_JWT_HEADER: HEADER,
    JOBTRIAGE_JWT_ISSUER: TEST_ISSUER,
    JOBTRIAGE_JWT_AUDIENCE: TEST_AUDIENCE,
    JOBTRIAGE_JWKS_URL: `${keys.url}/jwks.json`,
    JOBTRIAGE_ALLOWED_EMAIL_DOMAINS: 'example.com',
  });
  env = await startEmulator({ scenario: smallAccount, auth, onCall: () => void awsCalls++ });
});
afterAll(async () => {
  await env.stop();
  await keys.close();
  delete process.env.JOBTRIAGE_REGIONS;
  resetEnvCache();
});

const get = (path: string, headers: Record<string, string>) => new Request(`http://localhost${path}`, { headers });
const job = { region: 'us-east-1', jobName: 'vpc-job' };
const routes = {
  list: (h: Record<string, string>) => listJobsRoute(get('/api/jobs?region=us-east-1', h), env.services),
  detail: (h: Record<string, string>) => jobDetailRoute(Promise.resolve(job), env.services, get('/api/jobs/us-east-1/vpc-job', h)),
  evidence: (h: Record<string, string>) => jobEvidenceRoute(Promise.resolve(job), env.services, get('/api/jobs/us-east-1/vpc-job/evidence', h)),
};
const past = Math.floor(Date.now() / 1000) - 600;

describe.each(Object.entries(routes))('GET %s behind sign-on', (_name, route) => {
  it.each([
    ['no token', () => ({}), 401, 'unauthenticated', /no x-auth-request-access-token header/],
    ['unsigned identity headers alone', () => ({ 'x-forwarded-user': 'admin', 'x-forwarded-email': 'admin@example.com' }), 401, 'unauthenticated', /Not signed in/],
    ['garbage', () => ({ [HEADER]: 'Bearer garbage' }), 401, 'unauthenticated', /could not be verified/],
    ['an expired token', () => ({ [HEADER]: oidcToken(key, { exp: past }) }), 401, 'unauthenticated', /expired/],
    ['another audience', () => ({ [HEADER]: oidcToken(key, { aud: 'grafana' }) }), 401, 'unauthenticated', /Audience not allowed/],
    ['a user outside the allowed domains', () => ({ [HEADER]: oidcToken(key, { email: 'eve@partner.test' }) }), 403, 'forbidden', /eve@partner.test is not at an allowed domain/],
  ])('%s: %i with an ApiError and no AWS call', async (_label, headers, status, code, message) => {
    const before = awsCalls;
    const response = await route(headers());
    expect(response.status).toBe(status);
    const body = (await response.json()) as ApiError;
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(message);
    expect(awsCalls).toBe(before);
  });

  it('a verified, allowed user gets the answer', async () => {
    const response = await route({ [HEADER]: `Bearer ${oidcToken(key)}` });
    expect(response.status).toBe(200);
    expect(awsCalls).toBeGreaterThan(0);
  });
});

describe('the request context', () => {
  it('carries the verified user to the use case', async () => {
    const result = await withContext({ region: 'us-east-1' }, async (ctx) => ({ ok: true, value: ctx.identity }), env.services, new Headers({ [HEADER]: oidcToken(key) }));
    expect(result).toEqual({ ok: true, value: { mode: 'jwt', subject: 'u-456', email: 'bo@example.com', name: 'Bo Chen', groups: ['ml-platform'] } });
  });

  it('is never built for a refused request', async () => {
    let ran = false;
    const result = await withContext({ region: 'us-east-1' }, async () => ((ran = true), { ok: true, value: 1 }), env.services, new Headers());
    expect(result.ok).toBe(false);
    expect(ran).toBe(false);
  });
});

describe('GET /api/jobs behind an ALB (x-amzn-oidc-data)', () => {
  const albList = async (headers: Record<string, string>) => {
    const auth = parseAuthConfig({ JOBTRIAGE_AUTH: 'alb', JOBTRIAGE_ALB_ARN: TEST_ALB_ARN, JOBTRIAGE_ALB_KEYS_URL: `${keys.url}/alb` });
    const svc = testServices(env.endpoint, { auth });
    try {
      return await listJobsRoute(get('/api/jobs?region=us-east-1', headers), svc);
    } finally {
      await svc.close();
    }
  };

  it.each([
    ['the ALB’s unsigned headers alone', { 'x-amzn-oidc-identity': 'u-123', 'x-amzn-oidc-accesstoken': 'opaque' }, 401],
    ['another load balancer as signer', { 'x-amzn-oidc-data': albToken(albKey, {}, { signer: TEST_ALB_ARN.replace('jobtriage', 'other') }) }, 401],
    ['a token the ALB signed', { 'x-amzn-oidc-data': albToken(albKey) }, 200],
  ])('%s: %i', async (_label, headers, status) => {
    expect((await albList(headers)).status).toBe(status);
  });
});

it('/api/health stays open for the load balancer', async () => {
  const response = health();
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
});
