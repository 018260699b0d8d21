/**
 * `npx tsx scripts/store-bench.ts [--jobs N]`: how fast the durable store answers what the list and
 * the background prover ask of it, on SQLite (a temp directory) and on PostgreSQL (DATABASE_URL, else
 * the local server, in a temp schema it drops). Prints `name: value` lines; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// lib/store starts with `import 'server-only'`, which loads only under the react-server condition.
if (process.env.JOBTRIAGE_STORE_BENCH_CHILD !== '1') {
  const result = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, JOBTRIAGE_STORE_BENCH_CHILD: '1' },
  });
  process.exit(result.status ?? 1);
} else {
  main().catch((error: unknown) => {
    console.error('store bench failed:', error);
    process.exit(1);
  });
}

async function main(): Promise<void> {
  const { openStore } = await import('../lib/store/open-store');
  const { postgresFixture, unreachableReason } = await import('../lib/store/testing/postgres-fixture');
  const jobsFlag = process.argv.indexOf('--jobs');
  const jobs = jobsFlag > 0 ? Number(process.argv[jobsFlag + 1]) : 5000;

  const dir = await mkdtemp(join(tmpdir(), 'jobtriage-store-bench-'));
  const pg = postgresFixture();
  const backends: { label: string; config: () => Promise<{ dataDir: string; databaseUrl?: string }> }[] = [
    { label: 'sqlite', config: async () => ({ dataDir: dir }) },
  ];
  const why = await unreachableReason();
  if (why) console.log(`postgres: skipped (${why})`);
  else backends.push({ label: 'postgres', config: () => pg.freshConfig() });

  try {
    for (const backend of backends) {
      const store = await openStore(await backend.config());
      const figures = await measure(store, jobs);
      for (const [name, value] of Object.entries(figures)) console.log(`${backend.label}_${name}: ${value}`);
      await store.close();
    }
  } finally {
    await pg.cleanup();
    await rm(dir, { recursive: true, force: true });
  }
}

type BenchStore = Awaited<ReturnType<typeof import('../lib/store/open-store').openStore>>;

async function measure(store: BenchStore, jobs: number): Promise<Record<string, string>> {
  const scope = { accountId: '111122223333', region: 'us-east-1' };
  const start = Date.UTC(2026, 9, 1);
  const refs = Array.from({ length: jobs }, (_, i) => ({
    name: `bench-job-${i}`,
    createdAt: new Date(start + i * 60_000).toISOString(),
    status: i % 10 < 3 ? 'Failed' : 'Completed',
  }));
  const failed = refs.filter((r) => r.status === 'Failed');
  const figures: Record<string, string> = {};

  figures.upsert_refs_ms = (await timed(() => store.upsertJobRefs(scope, refs))).toFixed(0);
  figures.describe_each_ms = (
    (await timed(async () => {
      for (const ref of failed) {
        const description = { name: ref.name, status: 'Failed', createdAt: ref.createdAt, endedAt: ref.createdAt, failureReason: 'x'.repeat(1500), transitions: [] };
        await store.putDescription(scope, ref.name, description, new Date().toISOString());
      }
    })) / failed.length
  ).toFixed(2);
  figures.diagnose_each_ms = (
    (await timed(async () => {
      for (const [i, ref] of failed.entries()) {
        const cause = ['s3-read', 'kms', 'vpc', 'capacity'][i % 4] ?? 's3-read';
        await store.putDiagnosis(scope, ref.name, { cause, confidence: 'confirmed', summary: cause, groupKey: cause, fingerprint: 'f', diagnosedAt: new Date().toISOString(), full: { checks: Array(20).fill({ ok: true }) } });
      }
    })) / failed.length
  ).toFixed(2);
  const page = () => store.listJobs(scope, { status: 'Failed', since: new Date(start).toISOString(), limit: 50, offset: 0 });
  await page();
  figures.list_page_ms = (await timed(page)).toFixed(1);
  figures.list_last_page_ms = (await timed(() => store.listJobs(scope, { status: 'Failed', cause: 'kms', limit: 50, offset: 100 }))).toFixed(1);
  const slots = 2000;
  figures.reserve_slot_per_s = (slots / ((await timed(async () => {
    for (let i = 0; i < slots; i++) await store.reserveSlot('bench|us-east-1|iam:GetRole', 1e6, 10, Date.now());
  })) / 1000)).toFixed(0);
  figures.claim_all_failed_ms = (await timed(() => store.claimJobs(scope, failed.map((r) => r.name), 'bench', 60_000, Date.now()))).toFixed(0);
  return figures;
}

async function timed(task: () => Promise<unknown>): Promise<number> {
  const begin = performance.now();
  await task();
  return performance.now() - begin;
}
