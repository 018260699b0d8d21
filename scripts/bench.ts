/**
 * `npm run bench`: how the dashboard's server side behaves at scale, against the local AWS endpoint
 * with the demo account plus 5,000 synthetic failed jobs and added latency per call.
 *
 * Prints figures (listJobs wall time and peak RSS, collectEvidence p50/p95, requests per second to
 * the endpoint); asserts nothing, because timings depend on the machine. Knobs: BENCH_JOBS (5000),
 * BENCH_LATENCY_MS (10), BENCH_SAMPLE (40), plus the app's own JOBTRIAGE_* settings.
 *
 * The emulator runs in this process, so RSS covers both sides; the figure is an upper bound.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// lib/aws and lib/server start with `import 'server-only'`, which only loads under the
// react-server condition (as Next runs them). Re-run this script under that condition.
if (process.env.JOBTRIAGE_BENCH_CHILD !== '1') {
  const result = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', fileURLToPath(import.meta.url)], {
    stdio: 'inherit',
    env: { ...process.env, JOBTRIAGE_BENCH_CHILD: '1' },
  });
  process.exit(result.status ?? 1);
} else {
  main().catch((error: unknown) => {
    console.error('bench failed:', error);
    process.exit(1);
  });
}

async function main(): Promise<void> {
  const jobsWanted = intEnv('BENCH_JOBS', 5000);
  const latencyMs = intEnv('BENCH_LATENCY_MS', 10);
  const sampleSize = intEnv('BENCH_SAMPLE', 40);

  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: 'AKIDLOCALBENCH',
    AWS_SECRET_ACCESS_KEY: 'local-bench-secret',
    AWS_REGION: 'us-east-1',
    JOBTRIAGE_REGIONS: 'us-east-1,eu-west-1',
  });

  const { readScenarioFile } = await import('@/emulator/scenario/load');
  const { addSyntheticJobs } = await import('@/emulator/scenario/generate');
  const { createEmulator } = await import('@/emulator/server');
  const { testServices } = await import('@/lib/server/testing/emulator');
  const { listJobs } = await import('@/lib/server/list-jobs');
  const { collectEvidence } = await import('@/lib/server/collect-evidence');

  const scenario = addSyntheticJobs(readScenarioFile('emulator/scenarios/demo.json'), jobsWanted, 42);
  const emulator = createEmulator({ scenario, faults: { latencyMs } });
  const endpoint = await emulator.listen();

  // Count every HTTP request the SDK sends (retries included) on the way to the endpoint.
  let requests = 0;
  const svc = testServices(endpoint, { onCall: () => (requests += 1) });
  const built = await svc.context('us-east-1');
  if (!built.ok) throw new Error(built.error.message);
  const ctx = built.value;
  const settings = ctx.settings;

  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
  sampler.unref();

  console.log(`bench: ${emulator.scenario.trainingJobs.length} jobs in the account, ${latencyMs} ms added per AWS call, concurrency ${settings.concurrency}, list page cap ${settings.listMaxPages}\n`);

  const measure = async <T>(run: () => Promise<T>) => {
    const before = requests;
    const start = performance.now();
    const value = await run();
    return { value, ms: performance.now() - start, requests: requests - before };
  };

  const cold = await measure(() => listJobs(ctx));
  if (!cold.value.ok) throw new Error(`listJobs failed: ${JSON.stringify(cold.value.error)}`);
  const list = cold.value.value;
  report('listJobs (cold: list + describe each)', cold.ms, cold.requests);
  console.log(`  ${list.jobs.length} failed jobs, ${list.undescribed.length} undescribed, truncated=${list.truncated}${list.truncatedReason ? ` (${list.truncatedReason})` : ''}`);
  console.log(`  peak RSS so far: ${mb(peakRss)} (process maxRSS ${mb(process.resourceUsage().maxRSS * 1024)})`);

  const warm = await measure(() => listJobs(ctx));
  report('listJobs (warm: descriptions cached)', warm.ms, warm.requests);

  const step = Math.max(1, Math.floor(list.jobs.length / sampleSize));
  const sample = list.jobs.filter((_, i) => i % step === 0).slice(0, sampleSize);
  const durations: number[] = [];
  const evidence = await measure(async () => {
    for (const job of sample) {
      const start = performance.now();
      const result = await collectEvidence(ctx, job.name);
      durations.push(performance.now() - start);
      if (!result.ok) console.log(`  collectEvidence(${job.name}) -> ${result.status} ${result.error.message}`);
    }
  });
  durations.sort((a, b) => a - b);
  console.log(`\ncollectEvidence over ${sample.length} jobs (one at a time):`);
  console.log(`  p50 ${percentile(durations, 0.5).toFixed(0)} ms, p95 ${percentile(durations, 0.95).toFixed(0)} ms, max ${(durations.at(-1) ?? 0).toFixed(0)} ms`);
  console.log(`  ${evidence.requests} requests, ${(evidence.requests / sample.length).toFixed(1)} per job, ${rps(evidence.requests, evidence.ms)} req/s`);

  const totalMs = cold.ms + warm.ms + evidence.ms;
  const total = cold.requests + warm.requests + evidence.requests;
  console.log(`\ntotal: ${total} requests in ${(totalMs / 1000).toFixed(1)} s = ${rps(total, totalMs)} req/s to the endpoint; peak RSS ${mb(peakRss)}`);

  clearInterval(sampler);
  svc.close();
  await emulator.close();
}

function report(label: string, ms: number, requests: number): void {
  console.log(`${label}: ${(ms / 1000).toFixed(2)} s, ${requests} requests, ${rps(requests, ms)} req/s`);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
}

function rps(requests: number, ms: number): string {
  return ms > 0 ? ((requests * 1000) / ms).toFixed(0) : '0';
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

function intEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name}=${raw} is not a non-negative integer`);
  return value;
}
