import type { APIResponse } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Security headers and refusals, as the running app answers them: every response carries the
 * nonce-based CSP (pages, API, errors, 404s, the proxy's own refusals), and the pages hydrate
 * under it without a single CSP violation.
 */
function expectSecurityHeaders(response: APIResponse): void {
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
  for (const directive of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
  expect(csp).not.toMatch(/unsafe-eval/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
}

test.describe('security headers', () => {
  for (const [path, status] of [
    ['/', 200],
    ['/api/health', 200],
    ['/api/jobs?region=us-east-1', 200],
    ['/api/jobs?region=ap-south-1', 400],
    ['/api/jobs/us-east-1/no-such-training-job-here', 404],
    ['/api/no-such-route', 404],
    ['/no-such-page', 404],
    ['/jobs/ap-south-1/some-job', 404],
    ['/robots.txt', 200],
  ] as const) {
    test(`${path} -> ${status}, with the headers`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(status);
      expectSecurityHeaders(response);
    });
  }

  test('a job page hydrates under the CSP with nothing blocked', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto('/jobs/us-east-1/nlp-intent-bert-run-118');
    await expect(page.getByRole('button', { name: /re-run triage/i })).toBeVisible();
    // Next's inline flight scripts ran (they carry the nonce), and nothing was blocked.
    expect(await page.evaluate(() => Array.isArray((window as unknown as { __next_f?: unknown }).__next_f))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(violations).toEqual([]);
  });

  test('every script the server sends carries the nonce of that response', async ({ request }) => {
    const response = await request.get('/jobs/us-east-1/nlp-intent-bert-run-118');
    const nonce = /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1];
    const tags = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    // Scripts loaded later by these ones need no nonce: 'strict-dynamic' trusts them.
    expect(tags.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
  });
});

test.describe('refusals', () => {
  for (const method of ['POST', 'PUT', 'DELETE']) {
    for (const path of ['/', '/jobs/us-east-1/nlp-intent-bert-run-118', '/api/jobs?region=us-east-1']) {
      test(`${method} ${path} -> 405 with Allow`, async ({ request }) => {
        const response = await request.fetch(path, { method });
        expect(response.status()).toBe(405);
        expect(response.headers()['allow']).toBe('GET, HEAD');
        expectSecurityHeaders(response);
      });
    }
  }

  for (const path of ['/api/jobs/us-east-1/%zz', '/api/jobs/us-east-1/%C0%AE%C0%AE', '/jobs/us-east-1/%zz', '/jobs/us-east-1/%C0%AE%C0%AE']) {
    test(`${path} -> 400 with the headers`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(400);
      expectSecurityHeaders(response);
    });
  }

  test('a region this dashboard does not serve: the list says so and names the configured ones', async ({ page }) => {
    await page.goto('/?region=us-east-2');
    await expect(page.getByTestId('api-error')).toContainText('Region us-east-2 is not configured for this dashboard. Configured regions: us-east-1, eu-west-1.');
  });

  test('an /api path no route serves is a JSON 404, not the HTML page', async ({ request }) => {
    const response = await request.get('/api/job/us-east-1/nlp-intent-bert-run-118');
    expect(response.status()).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'not-found', message: 'No API route at /api/job/us-east-1/nlp-intent-bert-run-118: the routes are listed in docs/api.md.' } });
  });

  test('refresh=yes is a 400, not read as "no refresh"', async ({ request }) => {
    const response = await request.get('/api/jobs/us-east-1/nlp-intent-bert-run-118?refresh=yes');
    expect(response.status()).toBe(400);
    expect((await response.json()).error.message).toBe('refresh="yes" is not 1 (collect the evidence again) or 0.');
  });

  test('an impossible date is a 400, not another window', async ({ request }) => {
    const response = await request.get('/api/jobs?region=us-east-1&since=2026-02-30');
    expect(response.status()).toBe(400);
    expect((await response.json()).error.message).toMatch(/since="2026-02-30"/);
  });
});
