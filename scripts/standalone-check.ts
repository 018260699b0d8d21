/**
 * Starts the standalone server exactly as the Dockerfile runs it (`node server.js` in
 * .next/standalone, with .next/static and public/ copied beside it as Next documents) and checks it
 * answers: /api/health with the security headers, robots.txt, a static chunk, and the proxy's
 * refusals. Run after `npm run build` (npm test does); it needs no AWS endpoint.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { captureOutput, freePort, waitForHealth } from './local-server';

const root = process.cwd();
const standalone = join(root, '.next', 'standalone');

async function main(): Promise<void> {
  if (!existsSync(join(standalone, 'server.js'))) fail('.next/standalone/server.js is missing: run `npm run build` first (next.config.mjs sets output: standalone).');
  cpSync(join(root, 'public'), join(standalone, 'public'), { recursive: true });
  cpSync(join(root, '.next', 'static'), join(standalone, '.next', 'static'), { recursive: true });
  cpSync(join(root, 'deploy', 'method-guard.cjs'), join(standalone, 'method-guard.cjs'));

  const port = await freePort();
  const server = spawn(process.execPath, ['--require', './method-guard.cjs', 'server.js'], {
    cwd: standalone,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      AWS_REGION: 'us-east-1',
      JOBTRIAGE_DATA_DIR: mkdtempSync(join(tmpdir(), 'jobtriage-standalone-')),
      // Local check without sign-on: a production server refuses `none` unless told it is on purpose.
      JOBTRIAGE_AUTH: 'none',
      JOBTRIAGE_ALLOW_NO_AUTH: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = captureOutput(server);
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(`${base}/api/health`, server, output, 30_000).catch((e: unknown) => fail(`standalone: ${e instanceof Error ? e.message : String(e)}`));
    await checks(base);
    console.log(`standalone: ok (server.js on port ${port})`);
  } finally {
    server.kill('SIGTERM');
  }
}

async function checks(base: string): Promise<void> {
  const health = await fetch(`${base}/api/health`);
  expect(health.status === 200, `/api/health answered ${health.status}`);
  expect(((await health.json()) as { status?: string }).status === 'ok', '/api/health body is not {status:"ok"}');
  const csp = health.headers.get('content-security-policy') ?? '';
  expect(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/.test(csp), `no nonce CSP on /api/health: ${csp}`);
  expect(!/unsafe-eval/.test(csp), 'the production CSP allows unsafe-eval');
  expect(health.headers.get('x-content-type-options') === 'nosniff', 'no X-Content-Type-Options');

  const robots = await fetch(`${base}/robots.txt`);
  expect(robots.status === 200 && /Disallow: \//.test(await robots.text()), 'public/robots.txt is not served');

  const chunk = firstChunk();
  const js = await fetch(`${base}/_next/static/chunks/${chunk}`);
  expect(js.status === 200, `static chunk ${chunk} answered ${js.status}: .next/static not served`);

  const post = await fetch(`${base}/`, { method: 'POST' });
  expect(post.status === 405 && post.headers.get('allow') === 'GET, HEAD', `POST / answered ${post.status} allow=${post.headers.get('allow')}`);
  const trace = await rawRequest(base, 'TRACE', '/jobs/us-east-1/some-job');
  expect(trace.status === 405 && trace.allow === 'GET, HEAD' && trace.csp, `TRACE answered ${trace.status} allow=${trace.allow}`);
  const bad = await fetch(`${base}/api/jobs/us-east-1/%zz`);
  expect(bad.status === 400 && bad.headers.has('content-security-policy'), `/api/jobs/us-east-1/%zz answered ${bad.status}`);
}

// fetch cannot send TRACE: a plain HTTP request can.
function rawRequest(base: string, method: string, path: string): Promise<{ status: number; allow?: string; csp: boolean }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, csp: Boolean(res.headers['content-security-policy']) });
    });
    req.on('error', reject);
    req.end();
  });
}

function firstChunk(): string {
  const chunks = readdirSync(join(root, '.next', 'static', 'chunks')).filter((f) => f.endsWith('.js'));
  if (!chunks[0]) fail('no .next/static/chunks/*.js');
  return chunks[0];
}

function expect(condition: boolean, message: string): void {
  if (!condition) fail(message);
}

function fail(message: string): never {
  throw new Error(`standalone: ${message}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
