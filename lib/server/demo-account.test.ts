import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import demoJson from '@/emulator/scenarios/demo.json';
import { parseScenario } from '@/emulator/scenario/load';
import type { ScenarioJob } from '@/emulator/scenario/schema';
import type { EvidenceBundle, MissingKind } from '@/lib/analysis/evidence';
import { bucketsOf, collectEvidence, keysOf } from './collect-evidence';
import { getJobDetail } from './job-detail';
import { startEmulator } from './testing/emulator';
import { missingPieces } from './testing/missing-pieces';

/**
 * The demo account end to end through the real SDK: every job's evidence bundle is complete, or
 * says precisely what is missing and why, and the list shows exactly the account's failed jobs.
 * What may be missing is derived from the scenario itself (who owns each bucket and key, what the
 * dashboard is refused, which jobs have no log streams), then cross-checked against each job's own
 * `expect.partialEvidence` declaration.
 */
// Validated once by the emulator's own schema: the JSON import's inferred type is not the schema's.
const demo = parseScenario(demoJson, 'demo.json');
const jobs = demo.trainingJobs;

let env: Awaited<ReturnType<typeof startEmulator>>;
beforeAll(async () => {
  env = await startEmulator({ scenario: demo });
});
afterAll(() => env?.stop());

type Expected = { path: string; kind: MissingKind; action: string };

function expectedMissing(job: ScenarioJob, bundle: EvidenceBundle): Expected[] {
  const expected: Expected[] = [];
  if (job.logStreams.length === 0) expected.push({ path: 'logs', kind: 'not-found', action: 'logs:DescribeLogStreams' });
  const deniedGetRole = demo.dashboard.denied.some((d) => d.action === 'iam:GetRole' && d.resource === job.roleArn);
  if (deniedGetRole) {
    expected.push({ path: 'role.value.trustPolicy', kind: 'access-denied', action: 'iam:GetRole' });
    expected.push({ path: 'role.value.boundary', kind: 'access-denied', action: 'iam:GetRole' });
  }
  for (const name of bucketsOf(bundle.job)) {
    const bucket = demo.buckets.find((b) => b.name === name);
    if (bucket?.ownerAccountId && bucket.ownerAccountId !== demo.accountId) {
      expected.push({ path: `buckets.${name}.policy`, kind: 'cross-account', action: 's3:GetBucketPolicy' });
      expected.push({ path: `buckets.${name}.encryption`, kind: 'cross-account', action: 's3:GetEncryptionConfiguration' });
    }
  }
  for (const ref of keysOf(bundle.job, Object.values(bundle.buckets))) {
    const owner = /^arn:aws:kms:[^:]+:(\d{12}):/.exec(ref)?.[1];
    if (owner && owner !== demo.accountId) expected.push({ path: `keys.${ref}.policy`, kind: 'cross-account', action: 'kms:GetKeyPolicy' });
  }
  return expected;
}

describe('collectEvidence for every demo job', () => {
  it.each(jobs.map((j) => [j.name, j] as const))('%s: complete, or says precisely what is missing and why', async (_name, job) => {
    const result = await collectEvidence(await env.ctx(job.region), job.name);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const bundle = result.value;
    expect(bundle.job).toMatchObject({ name: job.name, status: job.status, roleArn: job.roleArn, region: job.region });
    expect(bundle.accountId).toBe(demo.accountId);

    // Every bucket the job touches and every key it uses was looked at.
    const touched = [...job.inputChannels.map((c) => c.s3Uri), job.output.s3OutputPath, job.checkpoint?.s3Uri]
      .filter((u): u is string => !!u)
      .map((u) => u.slice(5).split('/')[0]);
    // ...and so was a bucket that the failure text quotes as denied (training code reading S3 itself).
    const quoted = job.expect?.request?.resource.match(/^arn:aws:s3:::([^/]+)/)?.[1];
    if (quoted && job.failureReason?.includes(job.expect?.request?.resource ?? '')) touched.push(quoted);
    expect(Object.keys(bundle.buckets).sort()).toEqual([...new Set(touched)].sort());
    for (const ref of [job.output.kmsKeyId, job.resources.volumeKmsKeyId].filter(Boolean)) expect(Object.keys(bundle.keys)).toContain(ref);
    expect(bundle.network === undefined).toBe(job.vpc === undefined);

    const actual = missingPieces(bundle);
    expect(actual.map((m) => ({ path: m.path, kind: m.missing.kind, action: m.missing.action })).sort(byPath)).toEqual(
      expectedMissing(job, bundle).sort(byPath),
    );
    for (const { missing } of actual) expect(missing.message.length).toBeGreaterThan(10);

    // What the scenario says the dashboard cannot read is indeed reported missing.
    for (const declared of job.expect?.partialEvidence ?? []) {
      const action = declared.split(' ')[0];
      expect(actual.map((m) => m.missing.action)).toContain(action);
    }
  });

  it('the denied role names what AWS refused in its own words', async () => {
    const job = jobs.find((j) => demo.dashboard.denied.some((d) => d.action === 'iam:GetRole' && d.resource === j.roleArn));
    expect(job).toBeDefined();
    const result = await collectEvidence(await env.ctx(job!.region), job!.name);
    const trust = result.ok && result.value.role.ok ? result.value.role.value.trustPolicy : undefined;
    expect(trust?.ok === false && trust.missing.message).toMatch(/is not authorized to perform: iam:GetRole/);
  });

  it('secrets planted in the environment and logs never leave the server; hostile text stays data', async () => {
    const planted = jobs.filter((j) => JSON.stringify(j).includes('AKIAIOSFODNN7EXAMPLE'));
    expect(planted.length).toBeGreaterThan(0);
    for (const job of planted) {
      const result = await collectEvidence(await env.ctx(job.region), job.name);
      const text = JSON.stringify(result);
      expect(text).not.toContain('AKIAIOSFODNN7EXAMPLE');
      expect(text).not.toContain('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
    }
    const hostile = jobs.find((j) => JSON.stringify(j.logStreams).includes('onerror'));
    if (hostile) {
      const result = await collectEvidence(await env.ctx(hostile.region), hostile.name);
      expect(JSON.stringify(result)).toContain('<img src=x onerror=alert(1)>');
    }
  });
});

describe('listJobs on the demo account', () => {
  it.each(['us-east-1', 'eu-west-1'])('%s lists exactly the scenario\'s failed jobs, newest first', async (region) => {
    const result = await env.settledList(region);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const failed = jobs.filter((j) => j.region === region && j.status === 'Failed').map((j) => j.name);
    expect(result.value.jobs.map((j) => j.name).sort()).toEqual([...failed].sort());
    expect(result.value.undescribed).toEqual([]);
    expect(result.value.truncated).toBe(false);
    const times = result.value.jobs.map((j) => j.failedAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it.each(['us-east-1', 'eu-west-1'])('%s: once the background proof has run, the list, its chips and every job page show the same cause', async (region) => {
    const result = await env.settledList(region);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.progress).toEqual({ listing: 'complete', describing: 0, proving: 0 });
    const ctx = await env.ctx(region);
    const counts = new Map<string, number>();
    for (const row of result.value.jobs) {
      expect(row.proven, row.name).toBe(true);
      counts.set(row.cause, (counts.get(row.cause) ?? 0) + 1);
      const page = await getJobDetail(ctx, row.name);
      if (!page.ok) throw new Error(page.error.message);
      expect({ cause: page.value.diagnosis?.cause, confidence: page.value.diagnosis?.confidence }, row.name).toEqual({ cause: row.cause, confidence: row.confidence });
    }
    expect(Object.fromEntries(result.value.causeCounts.map((c) => [c.cause, c.count]))).toEqual(Object.fromEntries(counts));
  });
});

function byPath(a: { path: string }, b: { path: string }): number {
  return a.path.localeCompare(b.path);
}
