/**
 * `npm run bench`: the service core measured against the local AWS endpoint, with a generated
 * account (default 2,000 jobs of which 600 failed, spread through the listing so that
 * StatusEquals-after-paging matters), per-call latency, and AWS's per-operation rate limits enforced
 * by the endpoint. Prints one `name: value` line per figure; asserts nothing (timings depend on the
 * machine). `--short` runs a small account quickly: `npm test` uses it to check the benchmark works.
 *
 * Flags: --jobs N (2000), --failed N (30% of jobs), --roles N (20) and --buckets N (50) the failed jobs
 * share, --latency-ms N (40), --short, --no-pages (skip
 * the page-weight figures, which need a production build).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// lib/aws and lib/server start with `import 'server-only'`, which only loads under the
// react-server condition (as Next runs them). Re-run this script under that condition.
if (process.env.JOBTRIAGE_BENCH_CHILD !== '1') {
  const result = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, JOBTRIAGE_BENCH_CHILD: '1' },
  });
  process.exit(result.status ?? 1);
} else {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error('bench failed:', error);
      process.exit(1);
    },
  );
}

/** AWS's limits as the endpoint enforces them (AWS-NOTES "Limits"), and the app is configured with. */
const RATES: Record<string, number> = {
  'sagemaker:ListTrainingJobs': 2,
  'sagemaker:DescribeTrainingJob': 20,
  'logs:FilterLogEvents': 5,
  'logs:GetLogEvents': 10,
  'logs:DescribeLogStreams': 25,
  'iam:GetRole': 10,
  'iam:ListAttachedRolePolicies': 10,
  'iam:ListRolePolicies': 10,
  'iam:GetRolePolicy': 10,
  'iam:GetPolicy': 10,
  'iam:GetPolicyVersion': 10,
};

interface Args {
  jobs: number;
  failed: number;
  latencyMs: number;
  short: boolean;
  pages: boolean;
  shape: { roles: number; buckets: number };
}

function parseArgs(argv: string[]): Args {
  const get = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const short = argv.includes('--short');
  const jobs = Number(get('--jobs') ?? (short ? 120 : 2000));
  const failed = Number(get('--failed') ?? Math.round(jobs * 0.3));
  const latencyMs = Number(get('--latency-ms') ?? (short ? 5 : 40));
  const roles = Number(get('--roles') ?? 20);
  const buckets = Number(get('--buckets') ?? 50);
  for (const [name, value] of Object.entries({ jobs, failed, latencyMs, roles, buckets })) {
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a non-negative integer`);
  }
  if (failed > jobs) throw new Error('--failed cannot exceed --jobs');
  return { jobs, failed, latencyMs, short, pages: !argv.includes('--no-pages'), shape: { roles, buckets } };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const { readScenarioFile } = await import('@/emulator/scenario/load');
  const { addSyntheticJobs, addFillerJobs } = await import('@/emulator/scenario/generate');
  const { createEmulator } = await import('@/emulator/server');
  const { countingHandler } = await import('@/lib/aws/testing/counting-handler');
  const { rateFor, parseRates } = await import('@/lib/aws/rates');
  const { testServices, tempStore } = await import('@/lib/server/testing/emulator');
  const { listJobs } = await import('@/lib/server/list-jobs');
  const { getJobDetail } = await import('@/lib/server/job-detail');
  const { classifyText } = await import('@/lib/analysis/classify-text');

  const base = readScenarioFile('emulator/scenarios/test-account.json');
  const withFailed = addSyntheticJobs({ ...base, trainingJobs: [] }, args.failed, 42, args.shape);
  const scenario = addFillerJobs(withFailed, args.jobs - args.failed, 43);
  const failedCount = scenario.trainingJobs.filter((j) => j.status === 'Failed' && j.region === 'us-east-1').length;
  const emulator = createEmulator({ scenario, faults: { latencyMs: args.latencyMs, rateLimits: RATES } });
  const endpoint = await emulator.listen();
  const rateSpec = Object.entries(RATES).map(([k, v]) => `${k}=${v}`).join(',');
  const table = parseRates(rateSpec);

  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  sampler.unref();
  const print = (name: string, value: number | string) => console.log(`${name}: ${value}`);
  const s = (ms: number) => (ms / 1000).toFixed(2);

  console.log(
    `# ${scenario.trainingJobs.length} jobs (${failedCount} failed, sharing ${args.shape.roles} roles and ${args.shape.buckets} buckets) in us-east-1, ` +
      `${args.latencyMs} ms per call, endpoint rate limits ${rateSpec}`,
  );

  // One "process": services, a store, a counting network.
  const store = tempStore();
  const perOp = new Map<string, number>();
  const handlers: { requests: number; throttled: number }[] = [];
  const boot = () => {
    const handler = countingHandler();
    handlers.push(handler.counts);
    const svc = testServices(endpoint, {
      requestHandler: handler,
      rates: rateSpec,
      accountId: scenario.accountId,
      store,
      sync: { refreshIntervalMs: 30_000, firstRowsWaitMs: 3_000 },
      onCall: (c) => perOp.set(`${c.service}:${c.operation}`, (perOp.get(`${c.service}:${c.operation}`) ?? 0) + 1),
    });
    return { svc, handler };
  };
  const ctxOf = async (svc: ReturnType<typeof boot>['svc']) => {
    const ctx = await svc.context({ region: 'us-east-1' });
    if (!ctx.ok) throw new Error(ctx.error.message);
    return ctx.value;
  };
  /** The time the rate limits alone force on the calls made so far (each operation at its rate, after its burst). */
  const floorMs = (counts: Map<string, number>) =>
    Math.max(0, ...[...counts.entries()].map(([op, n]) => {
      const [service, operation] = op.split(':') as [string, string];
      const rate = rateFor(table, service, operation);
      return (Math.max(0, n - rate.burst) / rate.perSecond) * 1000;
    })) + args.latencyMs;

  // --- cold list: first rows, then every failed job described -------------------------------------
  let { svc, handler } = boot();
  let ctx = await ctxOf(svc);
  const t0 = performance.now();
  const first = await listJobs(ctx);
  if (!first.ok) throw new Error(first.error.message);
  let firstRowsMs = first.value.jobs.length > 0 ? performance.now() - t0 : Number.NaN;
  for (;;) {
    const r = await listJobs(ctx);
    if (!r.ok) throw new Error(r.error.message);
    if (Number.isNaN(firstRowsMs) && r.value.jobs.length > 0) firstRowsMs = performance.now() - t0;
    if (r.value.progress.listing !== 'in-progress' && r.value.progress.describing === 0) break;
    await sleep(100);
  }
  const listColdMs = performance.now() - t0;
  const listCounts = new Map([...perOp].filter(([op]) => op.startsWith('sagemaker:')));
  print('list_first_rows_s', s(firstRowsMs));
  print('list_cold_s', s(listColdMs));
  print('list_cold_floor_s', s(floorMs(listCounts)));

  // --- background proof of every failed job --------------------------------------------------------
  const callsBeforeProof = handler.counts.requests;
  const opsBeforeProof = new Map(perOp);
  for (;;) {
    const r = await listJobs(ctx);
    if (!r.ok) throw new Error(r.error.message);
    if (r.value.progress.proving === 0 && r.value.progress.describing === 0) break;
    await sleep(200);
  }
  await ctx.syncs.idle(ctx);
  const proveAllMs = performance.now() - t0;
  const proofOps = new Map([...perOp].map(([op, n]) => [op, n - (opsBeforeProof.get(op) ?? 0)] as [string, number]).filter(([, n]) => n > 0));
  print('prove_all_s', s(proveAllMs));
  print('prove_all_floor_s', s(floorMs(listCounts) + floorMs(proofOps) - args.latencyMs));
  print('aws_calls_per_proof', ((handler.counts.requests - callsBeforeProof) / Math.max(1, failedCount)).toFixed(2));

  // --- warm list (a refresh due: one call for jobs modified since) ---------------------------------
  await svc.close();
  ({ svc, handler } = boot());
  ctx = await ctxOf(svc);
  await listJobs(ctx); // a restart: served from the store, one refresh call behind it
  await ctx.syncs.idle(ctx);
  const beforeWarm = handler.counts.requests;
  const w0 = performance.now();
  await ctx.syncs.kick(ctx, { force: true });
  const warm = await listJobs(ctx);
  const warmMs = performance.now() - w0;
  await ctx.syncs.idle(ctx);
  if (!warm.ok) throw new Error(warm.error.message);
  print('list_warm_s', s(warmMs));
  print('list_warm_aws_calls', handler.counts.requests - beforeWarm);

  // --- after a restart ---------------------------------------------------------------------------
  await svc.close();
  ({ svc, handler } = boot());
  ctx = await ctxOf(svc);
  const r0 = performance.now();
  const restarted = await listJobs(ctx);
  const restartMs = performance.now() - r0;
  await ctx.syncs.idle(ctx);
  if (!restarted.ok || restarted.value.total !== failedCount) throw new Error(`after a restart the list has ${restarted.ok ? restarted.value.total : 'an error'}, expected ${failedCount}`);
  print('list_after_restart_s', s(restartMs));
  print('list_after_restart_aws_calls', handler.counts.requests);

  // --- triage: cold (every piece read again) and warm (the stored diagnosis) -----------------------
  const names = (restarted.value.jobs.length > 0 ? restarted.value.jobs : []).map((j) => j.name).slice(0, args.short ? 8 : 40);
  const cold: number[] = [];
  const warmTimes: number[] = [];
  for (const name of names) {
    const c0 = performance.now();
    const detail = await getJobDetail(ctx, name, { refresh: true });
    cold.push(performance.now() - c0);
    if (!detail.ok) throw new Error(detail.error.message);
    const h0 = performance.now();
    await getJobDetail(ctx, name);
    warmTimes.push(performance.now() - h0);
  }
  print('triage_cold_ms_p95', p95(cold).toFixed(0));
  print('triage_warm_ms_p95', p95(warmTimes).toFixed(0));

  const shown = await listJobs(ctx);
  const errorsShown = shown.ok ? shown.value.undescribed.filter((u) => u.missing.kind === 'throttled').length + shown.value.jobs.filter((j) => /throttl/i.test(j.proofError ?? '')).length : 1;
  print('throttle_errors_shown', errorsShown);
  const all = handlers.reduce((t, c) => ({ requests: t.requests + c.requests, throttled: t.throttled + c.throttled }), { requests: 0, throttled: 0 });
  print('throttled_responses_pct', ((100 * all.throttled) / Math.max(1, all.requests)).toFixed(2));
  await svc.close();

  // --- the text layer's throughput -----------------------------------------------------------------
  const texts = scenario.trainingJobs.map((j) => j.failureReason ?? '').filter(Boolean);
  // The window starts once the classifier is compiled: a 200 ms window that also held the JIT's
  // warm-up measured the warm-up (about half the short figure), not the reading a long CLI run sees.
  const classifyAll = () => {
    for (const text of texts) classifyText({ failureReason: text, statusMessages: [] });
  };
  for (const w0 = performance.now(); performance.now() - w0 < 300; ) classifyAll();
  let classified = 0;
  const k0 = performance.now();
  while (performance.now() - k0 < (args.short ? 200 : 1000)) {
    classifyAll();
    classified += texts.length;
  }
  print('classify_per_s', Math.round(classified / ((performance.now() - k0) / 1000)));

  // --- page weight, through the production build ---------------------------------------------------
  if (args.pages && existsSync('.next/BUILD_ID')) {
    const { measurePages } = await import('./bench-pages');
    const pages = await measurePages(endpoint, failedCount, rateSpec);
    print('list_page_kb', pages.listKb.toFixed(0));
    print('first_load_js_kb_list', pages.listJsKb.toFixed(0));
    print('first_load_js_kb_job', pages.jobJsKb.toFixed(0));
  } else {
    console.log(`# page figures skipped: ${args.pages ? 'no production build (run npm run build)' : '--no-pages'}`);
  }

  print('peak_rss_mb', Math.round(Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1024 / 1024));
  clearInterval(sampler);
  await emulator.close();
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)] ?? 0;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
