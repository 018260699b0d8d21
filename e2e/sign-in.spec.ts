import { expect, test } from '@playwright/test';
import { startOwnApp, type OwnApp } from './own-app';
import { oidcToken, rsaKey, startKeyServer, TEST_AUDIENCE, TEST_ISSUER, type KeyServer } from '../lib/server/auth/testing/sso';

/**
 * The pages behind sign-on, in a browser: a second production app of this spec's own, in
 * JOBTRIAGE_AUTH=jwt mode, with keys served by a local JWKS server and tokens signed here. It
 * reads the same local AWS endpoint as the other specs (playwright.config.ts starts it).
 */
const appPort = Number(process.env.E2E_AUTH_APP_PORT ?? Number(process.env.E2E_APP_PORT ?? 3210) + 1);
const base = `http://127.0.0.1:${appPort}`;
const HEADER = 'x-auth-request-access-token';
const key = rsaKey();
let keys: KeyServer;
let app: OwnApp | undefined;

test.skip(!!process.env.E2E_BASE_URL, 'starts an app of its own; not against an external one');
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  keys = await startKeyServer({ jwks: [key] });
  app = await startOwnApp('signed-in', appPort, {
    JOBTRIAGE_REGIONS: 'us-east-1,eu-west-1',
    JOBTRIAGE_AUTH: 'jwt',
    JOBTRIAGE_ALLOW_NO_AUTH: '',
    JOBTRIAGE_JWT_HEADER: HEADER,
    JOBTRIAGE_JWT_ISSUER: TEST_ISSUER,
    JOBTRIAGE_JWT_AUDIENCE: TEST_AUDIENCE,
    JOBTRIAGE_JWKS_URL: `${keys.url}/jwks.json`,
    JOBTRIAGE_ALLOWED_EMAIL_DOMAINS: 'example.com',
  });
});

test.afterAll(async () => {
  app?.stop();
  await keys?.close();
});

test('a page without a token is the 401 page, and says how to get in', async ({ page }) => {
  const response = await page.goto(`${base}/`);
  expect(response?.status()).toBe(401);
  await expect(page.getByTestId('access-refused-401')).toContainText(`Not signed in: the request has no ${HEADER} header`);
  await expect(page.getByTestId('signed-in-user')).toHaveCount(0);
  await expect(page.getByTestId('no-sign-in')).toHaveCount(0);
});

test('forged identity headers without a signed token are not trusted', async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-user': 'admin', 'x-forwarded-email': 'admin@example.com' } });
  const response = await (await context.newPage()).goto(`${base}/jobs/us-east-1/nlp-intent-bert-run-118`);
  expect(response?.status()).toBe(401);
  await context.close();
});

test('with a valid token the list and a job page show the signed-in user', async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { [HEADER]: `Bearer ${oidcToken(key)}` } });
  const page = await context.newPage();
  const list = await page.goto(`${base}/`);
  expect(list?.status()).toBe(200);
  await expect(page.getByTestId('signed-in-user')).toHaveText('Signed in as Bo Chen (bo@example.com)');
  const job = await page.goto(`${base}/jobs/us-east-1/nlp-intent-bert-run-118`);
  expect(job?.status()).toBe(200);
  await expect(page.getByTestId('signed-in-user')).toContainText('Bo Chen');
  await expect(page.getByRole('heading', { name: 'nlp-intent-bert-run-118' })).toBeVisible();
  await context.close();
});

test('a verified user outside the allowed domains gets the 403 page that says why', async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { [HEADER]: oidcToken(key, { email: 'eve@partner.test', name: 'Eve' }) } });
  const response = await (await context.newPage()).goto(`${base}/`);
  expect(response?.status()).toBe(403);
  const page = context.pages()[0]!;
  await expect(page.getByTestId('access-refused-403')).toContainText('eve@partner.test is not at an allowed domain: this dashboard admits only example.com');
  await context.close();
});

test('the API answers 401 as an ApiError, and /api/health stays open', async ({ request }) => {
  const api = await request.get(`${base}/api/jobs?region=us-east-1`);
  expect(api.status()).toBe(401);
  expect((await api.json()).error.code).toBe('unauthenticated');
  expect((await request.get(`${base}/api/health`)).status()).toBe(200);
});
