import { NextResponse, type NextRequest } from 'next/server';
import { createNonce } from '@/lib/http/csp';
import { ACCOUNT_HEADER } from '@/lib/http/account-header';
import { checkJobLink, escapeHtml } from '@/lib/http/job-link';
import { checkRequest, rawPathOf, type Refusal } from '@/lib/http/request-guard';
import { isTls, securityHeaders } from '@/lib/http/security-headers';

/**
 * Runs before every request (Next 16's proxy, formerly middleware): refuses what the app does not
 * serve (other methods, undecodable paths) before anything renders, and gives every response its
 * security headers, with a fresh CSP nonce that Next puts on its own scripts. Identity is not
 * checked here: the server data layer checks it on every page and API request.
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = createNonce();
  const headers = securityHeaders({ nonce, dev: process.env.NODE_ENV === 'development', tls: isTls(request.nextUrl, request.headers) });

  const rawPath = rawPathOf(request.url);
  const refusal = checkRequest(request.method, rawPath);
  if (refusal) return refuse(request, refusal, headers);
  const invalidLink = checkJobLink(rawPath, request.nextUrl.searchParams.get('account'));
  if (invalidLink) return invalidJobLink(request, invalidLink, headers);

  // Next reads the nonce from the request's CSP header while rendering.
  const forwarded = new Headers(request.headers);
  forwarded.set('content-security-policy', headers['content-security-policy'] ?? '');
  forwarded.set('x-nonce', nonce);
  // Layouts are not given the query string; the job page's layout needs the account it names.
  // Set from the URL every time, so a header sent by the client is never what is read.
  forwarded.set(ACCOUNT_HEADER, request.nextUrl.searchParams.get('account') ?? '');
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

function refuse(request: NextRequest, refusal: Refusal, headers: Record<string, string>): NextResponse {
  const isApi = rawPathOf(request.url).startsWith('/api/');
  const code = refusal.status === 405 ? 'method-not-allowed' : 'invalid-parameter';
  const body = request.method === 'HEAD' ? null : isApi ? JSON.stringify({ error: { code, message: refusal.message } }) : refusalPage(refusal);
  const response = new NextResponse(body, { status: refusal.status });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  response.headers.set('content-type', isApi ? 'application/json' : 'text/html; charset=utf-8');
  response.headers.set('cache-control', 'no-store');
  if (refusal.allow) response.headers.set('allow', refusal.allow);
  return response;
}

// The app's own look is not available here: a plain page that says what is wrong and where to go.
function invalidJobLink(request: NextRequest, message: string, headers: Record<string, string>): NextResponse {
  const body = request.method === 'HEAD'
    ? null
    : `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><meta name="robots" content="noindex"><title>Invalid job link · Jobtriage</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><main><section role="alert" data-testid="invalid-link"><h1>This is not a valid job link</h1><p>${escapeHtml(message)}</p><p>Job links look like /jobs/us-east-1/my-training-job.</p></section><p><a href="/">← All failed jobs</a></p></main></body></html>`;
  const response = new NextResponse(body, { status: 400 });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  response.headers.set('content-type', 'text/html; charset=utf-8');
  response.headers.set('cache-control', 'no-store');
  return response;
}

// A page of its own: nothing of the request is echoed into it, so it needs no escaping.
function refusalPage(refusal: Refusal): string {
  const title = refusal.status === 405 ? 'Method not allowed' : 'Bad request';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><meta name="robots" content="noindex"><title>${title} · Jobtriage</title></head><body><main><h1>${title}</h1><p>${refusal.message}</p><p><a href="/">Back to failed jobs</a></p></main></body></html>`;
}
