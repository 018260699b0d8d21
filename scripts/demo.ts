/**
 * `npm run demo`: the dashboard on the demo account, in one command.
 *
 * Builds the app when the build is missing or older than the sources, starts the local AWS endpoint
 * (emulator) with the demo account, then starts the production server pointed at it through the
 * standard AWS_ENDPOINT_URL setting with placeholder credentials. The app itself has no demo mode:
 * it is the same code that runs against real AWS. Ctrl-C stops both processes.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

const appPort = parsePort('PORT', 3000);
const emulatorPort = parsePort('EMULATOR_PORT', 4599);
const children: ChildProcess[] = [];
let stopping = false;

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  shutdown(1);
});

async function main(): Promise<void> {
  await assertPortFree(appPort, 'PORT');
  await assertPortFree(emulatorPort, 'EMULATOR_PORT');
  buildIfStale();

  const endpoint = `http://127.0.0.1:${emulatorPort}`;
  // A new job fails every few minutes (EMULATOR_FAIL_EVERY seconds, 0 to stop), so the list is alive.
  start('emulator', bin('tsx'), ['emulator/main.ts', '--port', String(emulatorPort), '--fail-every', process.env.EMULATOR_FAIL_EVERY ?? '180'], {});
  await waitForOk(`${endpoint}/health`, 'the local AWS endpoint');
  const { accountId } = (await (await fetch(`${endpoint}/health`)).json()) as { accountId: string };

  start('app', bin('next'), ['start', '-p', String(appPort)], {
    AWS_ENDPOINT_URL: endpoint,
    // Placeholders: the local endpoint does not check signatures, but the SDK insists on signing.
    AWS_ACCESS_KEY_ID: 'AKIDLOCALDEMO',
    AWS_SECRET_ACCESS_KEY: 'local-demo-secret',
    AWS_SESSION_TOKEN: '',
    AWS_PROFILE: '',
    AWS_REGION: 'us-east-1',
    JOBTRIAGE_REGIONS: process.env.JOBTRIAGE_REGIONS ?? 'us-east-1,eu-west-1',
    // Two accounts: acme's ML platform (the dashboard's own) and ml-research, read through its
    // JobtriageRead role with an ExternalId, so switching accounts is real AssumeRole.
    JOBTRIAGE_CONFIG: process.env.JOBTRIAGE_CONFIG ?? join(root, 'emulator', 'scenarios', 'accounts.demo.json'),
    // The local endpoint serves the demo account anew at each start (its times are relative to
    // now): the store starts empty with it, in a folder of its own, and is never a shared database.
    JOBTRIAGE_DATA_DIR: mkdtempSync(join(tmpdir(), 'jobtriage-demo-')),
    DATABASE_URL: '',
    // Live events: the endpoint puts SageMaker's state-change events on this queue; the app long-polls it.
    JOBTRIAGE_EVENTS_QUEUE_URL: `${endpoint}/${accountId}/jobtriage-events`,
    JOBTRIAGE_EVENTS_QUEUE_REGION: 'us-east-1',
    JOBTRIAGE_PUBLIC_URL: `http://localhost:${appPort}`,
    // No sign-in for the demo unless JOBTRIAGE_AUTH says otherwise; the production server refuses
    // `none` without JOBTRIAGE_ALLOW_NO_AUTH=1, and the header says loudly that nobody signed in.
    ...(process.env.JOBTRIAGE_AUTH ? {} : { JOBTRIAGE_AUTH: 'none', JOBTRIAGE_ALLOW_NO_AUTH: '1' }),
  });
  await waitForOk(`http://127.0.0.1:${appPort}/api/health`, 'the dashboard');

  console.log(`\n  Jobtriage demo is running: http://localhost:${appPort}`);
  console.log(`  (demo accounts 111122223333 ml-platform and 222233334444 ml-research, served by the local AWS endpoint at ${endpoint}; Ctrl-C stops both)`);
  console.log(`  Live events: a new job fails every ${process.env.EMULATOR_FAIL_EVERY ?? '180'} s; fail one now: curl -X POST ${endpoint}/_emulator/fail-job`);
  // The dashboard only reads; the demo account's admin key applies a copied fix (see the README).
  console.log(`  Apply a fix: AWS_ENDPOINT_URL=${endpoint} AWS_ACCESS_KEY_ID=AKIDDEMOADMIN AWS_SECRET_ACCESS_KEY=demo AWS_DEFAULT_REGION=us-east-1 aws ...`);
  console.log(`  (an ml-research job's fix: AWS_ACCESS_KEY_ID=AKIDDEMOADMIN222233334444)\n`);
}

function parsePort(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`demo: ${name}=${raw} is not a port number (1-65535).`);
    process.exit(1);
  }
  return port;
}

function assertPortFree(port: number, envName: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `port ${port} is already in use. Stop what is using it, or choose another port: ${envName}=<port> npm run demo`
            : `cannot listen on port ${port}: ${error.message}`,
        ),
      );
    });
    probe.listen(port, () => probe.close(() => resolvePromise()));
  });
}

/** A build is stale when any source file is newer than it; rebuilding costs a minute, serving stale code costs trust. */
function buildIfStale(): void {
  const buildId = join(root, '.next', 'BUILD_ID');
  if (existsSync(buildId) && newestSourceTime() <= statSync(buildId).mtimeMs) return;
  console.log('demo: building the dashboard (first run, or the sources changed)…');
  const result = spawnSync(bin('next'), ['build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('next build failed; see the output above.');
}

function newestSourceTime(): number {
  const inputs = ['app', 'components', 'lib', 'public', 'package.json', 'next.config.mjs', 'postcss.config.mjs'];
  return Math.max(0, ...inputs.map((input) => newestIn(join(root, input))));
}

function newestIn(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestIn(join(path, entry))));
}

function start(label: string, command: string, args: string[], env: Record<string, string>): void {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`demo: the ${label} stopped (${signal ?? `exit code ${code}`}); stopping the demo.`);
    shutdown(code ?? 1);
  });
}

async function waitForOk(url: string, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not become ready at ${url} within ${timeoutMs / 1000}s.`);
}

function shutdown(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 300).unref();
}

process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
