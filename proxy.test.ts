import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_HEADER } from './lib/http/account-header';
import { proxy } from './proxy';

const call = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  proxy(new NextRequest(`http://localhost${path}`, { method: init.method ?? 'GET', headers: init.headers ?? {} }));

function expectSecurityHeaders(headers: Headers): void {
  const csp = headers.get('content-security-policy') ?? '';
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'(;|$)/);
  for (const directive of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "default-src 'self'"]) expect(csp).toContain(directive);
  // Outside `next dev`, scripts run only with the nonce: no inline, no eval.
  expect(csp.split('; ').find((d) => d.startsWith('script-src'))).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('same-origin');
}

describe('proxy: security headers on what it passes on', () => {
  it.each(['/', '/jobs/us-east-1/some-job', '/api/jobs?region=us-east-1', '/api/health', '/no-such-page'])('%s', (path) => {
    const response = call(path);
    expect(response.headers.get('x-middleware-next')).toBe('1');
    expectSecurityHeaders(response.headers);
    // Next reads the nonce from the request's CSP header to put it on its scripts.
    const forwarded = response.headers.get('x-middleware-request-content-security-policy');
    expect(forwarded).toBe(response.headers.get('content-security-policy'));
  });

  it('uses a fresh nonce per request', () => {
    const nonce = (r: Response) => /'nonce-([^']+)'/.exec(r.headers.get('content-security-policy') ?? '')?.[1];
    expect(nonce(call('/'))).not.toBe(nonce(call('/')));
  });

  it('adds HSTS and upgrade-insecure-requests only over TLS', () => {
    const plain = call('/');
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    expect(plain.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    const behindAlb = call('/', { headers: { 'x-forwarded-proto': 'https' } });
    expect(behindAlb.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/);
    expect(behindAlb.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  });
});

// TRACE cannot be built as a fetch Request; the standalone check sends it to the real server.
describe('proxy: only GET and HEAD (a POST to a page would run the whole triage)', () => {
  it.each([
    ['POST', '/'],
    ['PUT', '/jobs/us-east-1/some-job'],
    ['DELETE', '/jobs/us-east-1/some-job'],
    ['POST', '/api/jobs?region=us-east-1'],
    ['PATCH', '/api/jobs/us-east-1/some-job'],
    ['OPTIONS', '/'],
  ])('%s %s -> 405 with Allow', async (method, path) => {
    const response = call(path, { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expectSecurityHeaders(response.headers);
    const body = await response.text();
    if (path.startsWith('/api/')) expect(JSON.parse(body).error.code).toBe('method-not-allowed');
    else expect(body).toContain('Method not allowed');
  });

  it.each(['GET', 'HEAD'])('%s passes', (method) => {
    expect(call('/jobs/us-east-1/some-job', { method }).status).toBe(200);
  });

  it('lets PATCH through to a group only (its route checks body and origin), and says so in Allow elsewhere on it', () => {
    expect(call('/api/groups/0123456789abcd?region=us-east-1', { method: 'PATCH' }).status).toBe(200);
    for (const [method, path] of [['PATCH', '/api/groups'], ['PATCH', '/groups/0123456789abcd'], ['DELETE', '/api/groups/0123456789abcd']] as const) {
      const response = call(path, { method });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe(path.startsWith('/api/groups/') ? 'GET, HEAD, PATCH' : 'GET, HEAD');
    }
  });
});

describe('proxy: malformed percent-encoding -> 400 with the headers', () => {
  it.each(['/api/jobs/us-east-1/%zz', '/api/jobs/us-east-1/%C0%AE%C0%AE', '/jobs/us-east-1/%zz', '/jobs/%C0%AE%C0%AE/x', '/%E0%A4%A'])('%s', async (path) => {
    const response = call(path);
    expect(response.status).toBe(400);
    expectSecurityHeaders(response.headers);
    const body = await response.text();
    expect(body).toMatch(/malformed percent-encoding/);
    expect(body).not.toContain('%C0');
  });

  it('lets well-formed encoding through', () => {
    expect(call('/jobs/us-east-1/my%2Djob').status).toBe(200);
  });
});

describe('proxy: job links that cannot exist -> 400 before the page streams', () => {
  it('hands the job page layout the account of the URL, never one the client sent', () => {
    const response = call('/jobs/us-east-1/some-job?account=222233334444', { headers: { [ACCOUNT_HEADER]: '999988887777' } });
    expect(response.headers.get('x-middleware-request-x-jobtriage-account')).toBe('222233334444');
  });

  it.each([
    ['/jobs/us-east-1/job_name', /not a valid training job name/],
    ['/jobs/not-a-region/some-job', /not an AWS region name/],
    ['/jobs/us-east-1/%3Cscript%3Ealert(1)%3C%2Fscript%3E', /not a valid training job name/],
    ['/jobs/us-east-1/some-job?account=ml-research', /account=&#34;ml-research&#34; is not a 12-digit AWS account id/],
    ['/jobs/us-east-1/some-job?account=%3Cscript%3E', /is not a 12-digit AWS account id/],
  ])('%s', async (path, message) => {
    const response = call(path);
    expect(response.status).toBe(400);
    expectSecurityHeaders(response.headers);
    const body = await response.text();
    expect(body).toMatch(message);
    expect(body).toContain('data-testid="invalid-link"');
    // The name is untrusted: shown as text, never as markup.
    expect(body).not.toContain('<script>');
  });

  it.each(['/jobs/us-east-1/nlp-intent-bert-run-118', '/jobs/ap-south-1/some-job', '/jobs/us-east-1', '/jobs/us-east-1/some-job?account=222233334444', '/jobs/us-east-1/some-job?account='])('%s passes to the app', (path) => {
    expect(call(path).status).toBe(200);
  });
});
