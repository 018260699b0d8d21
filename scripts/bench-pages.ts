/**
 * The benchmark's page-weight figures (scripts/bench.ts): the production build served against the
 * local endpoint, the list page's HTML and each page's first-load JavaScript weighed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { captureOutput, freePort, waitForHealth } from './local-server';

/**
 * Starts the production app against the endpoint (a store of its own), waits until its list is
 * complete, then weighs the HTML of `/` (30-day range) and the JavaScript each page loads first
 * (gzipped, as a browser downloads it).
 */
export async function measurePages(endpoint: string, failed: number, rateSpec: string): Promise<{ listKb: number; listJsKb: number; jobJsKb: number }> {
  const port = await freePort();
  const app: ChildProcess = spawn(join('node_modules', '.bin', 'next'), ['start', '-H', '127.0.0.1', '-p', String(port)], {
    env: {
      ...process.env,
      AWS_ENDPOINT_URL: endpoint,
      AWS_ACCESS_KEY_ID: 'AKIDLOCALBENCH',
      AWS_SECRET_ACCESS_KEY: 'local-bench-secret',
      AWS_REGION: 'us-east-1',
      JOBTRIAGE_REGIONS: 'us-east-1',
      JOBTRIAGE_DATA_DIR: mkdtempSync(join(tmpdir(), 'jobtriage-bench-app-')),
      DATABASE_URL: '',
      JOBTRIAGE_AWS_RATES: rateSpec,
      // The benchmark weighs pages as served, with no sign-on in front (a production server needs the opt-in).
      JOBTRIAGE_AUTH: 'none',
      JOBTRIAGE_ALLOW_NO_AUTH: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = captureOutput(app);
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(`${base}/api/health`, app, output, 120_000);
    // Let the app list and describe the account, as a user's first visit would start it doing.
    for (let i = 0; ; i++) {
      const body = (await (await fetch(`${base}/api/jobs?region=us-east-1`)).json()) as { total?: number; progress?: { listing: string; describing: number } };
      if ((body.progress?.listing !== 'in-progress' && body.progress?.describing === 0 && (body.total ?? 0) >= failed) || i > 1200) break;
      await sleep(250);
    }
    const listHtml = await (await fetch(`${base}/?range=30d`)).text();
    const firstJob = /href="\/jobs\/us-east-1\/([^"]+)"/.exec(listHtml)?.[1] ?? 'none';
    const jobHtml = await (await fetch(`${base}/jobs/us-east-1/${firstJob}`)).text();
    return { listKb: Buffer.byteLength(listHtml) / 1024, listJsKb: await scriptsKb(base, listHtml), jobJsKb: await scriptsKb(base, jobHtml) };
  } finally {
    app.kill('SIGTERM');
  }
}

async function scriptsKb(base: string, html: string): Promise<number> {
  // `noModule` scripts are the legacy polyfills: a browser that runs modules never downloads them.
  const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\bnoModule\b/i.test(tag));
  const sources = [...new Set(tags.flatMap((tag) => /\bsrc="([^"]+)"/.exec(tag)?.[1] ?? []))];
  let bytes = 0;
  for (const src of sources) {
    const local = join('.next', src.replace(/^\/_next\//, ''));
    const body = existsSync(local) ? readFileSync(local) : Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    bytes += gzipSync(body).length;
  }
  return bytes / 1024;
}
