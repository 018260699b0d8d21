import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import demoJson from '@/emulator/scenarios/demo.json';
import { parseScenario } from '@/emulator/scenario/load';
import { createEmulator } from '@/emulator/server';
import { CAUSES } from '@/lib/analysis/diagnosis';
import type { EvidenceBundle } from '@/lib/analysis/evidence';
import type { JobDetailResponse, JobListResponse } from '@/lib/dto/jobs';
import { resetEnvCache } from '@/lib/server/env';
import { GET as getDetail } from './[region]/[jobName]/route';
import { GET as getEvidence } from './[region]/[jobName]/evidence/route';
import { GET as listRoute } from './route';

/**
 * The routes on the demo account, reached the way `npm run demo` reaches it: only the standard
 * AWS_ENDPOINT_URL variable points the SDK at the local endpoint (no override in the client
 * factory), so S3 path-style addressing and every other client setting are exercised for real.
 */
const demo = parseScenario(demoJson, 'demo.json');
const emulator = createEmulator({ scenario: demo });
const saved = { ...process.env };

beforeAll(async () => {
  const endpoint = await emulator.listen();
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: 'AKIDLOCALDEMO',
    AWS_SECRET_ACCESS_KEY: 'local-demo-secret',
    AWS_REGION: 'us-east-1',
    JOBTRIAGE_REGIONS: 'us-east-1,eu-west-1',
    // The app's store as the demo has it: a SQLite file in a folder of this run's own.
    JOBTRIAGE_DATA_DIR: mkdtempSync(join(tmpdir(), 'jobtriage-routes-')),
    DATABASE_URL: '',
  });
  resetEnvCache();
});
afterAll(async () => {
  process.env = saved;
  resetEnvCache();
  await emulator.close();
});

const ctx = (region: string, jobName: string) => ({ params: Promise.resolve({ region, jobName }) });

/** Polls the list route as the page does, until nothing is left to list or describe. */
async function settled(url: string): Promise<Response> {
  for (let i = 0; ; i++) {
    const response = await listRoute(new Request(url));
    const body = (await response.clone().json()) as JobListResponse;
    if (response.status !== 200 || (body.progress.listing !== 'in-progress' && body.progress.describing === 0) || i > 100) return response;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('routes on the demo account through AWS_ENDPOINT_URL', () => {
  it('GET /api/jobs?region=us-east-1 lists exactly the failed jobs, newest first', async () => {
    // The first request starts the background listing; the page polls until it has described every job.
    const response = await settled('http://localhost/api/jobs?region=us-east-1');
    expect(response.status).toBe(200);
    const body = (await response.json()) as JobListResponse;
    const failed = demo.trainingJobs.filter((j) => j.region === 'us-east-1' && j.status === 'Failed').map((j) => j.name);
    expect(body.jobs.map((j) => j.name).sort()).toEqual([...failed].sort());
    expect(body.region).toBe('us-east-1');
    expect(body.truncated).toBe(false);
    const times = body.jobs.map((j) => j.failedAt);
    expect([...times].sort().reverse()).toEqual(times);
    for (const job of body.jobs) expect(CAUSES).toContain(job.cause);
  });

  it('a since/until window narrows the list to jobs created inside it', async () => {
    const now = Date.now();
    const since = new Date(now - 6 * 3600_000).toISOString();
    const response = await settled(`http://localhost/api/jobs?region=us-east-1&since=${since}`);
    const body = (await response.json()) as JobListResponse;
    expect(body.since).toBe(since);
    expect(body.jobs.length).toBeGreaterThan(0);
    for (const job of body.jobs) expect(Date.parse(job.createdAt)).toBeGreaterThanOrEqual(Date.parse(since));
  });

  it('GET /api/jobs/{region}/{jobName}/evidence returns the bundle, S3 read path-style', async () => {
    const job = demo.trainingJobs.find((j) => j.name === 'fraud-graph-gnn-nightly-30') ?? demo.trainingJobs[0]!;
    const response = await getEvidence(new Request('http://localhost/'), ctx(job.region, job.name));
    expect(response.status).toBe(200);
    const bundle = (await response.json()) as EvidenceBundle;
    expect(bundle.job.name).toBe(job.name);
    const buckets = Object.values(bundle.buckets);
    expect(buckets.length).toBeGreaterThan(0);
    for (const bucket of buckets) expect(bucket.policy.ok).toBe(true);
  });

  it('GET /api/jobs/{region}/{jobName} returns the job, its diagnosis and the evidence', async () => {
    const job = demo.trainingJobs.find((j) => j.region === 'eu-west-1' && j.status === 'Failed')!;
    const response = await getDetail(new Request('http://localhost/'), ctx(job.region, job.name));
    expect(response.status).toBe(200);
    const body = (await response.json()) as JobDetailResponse;
    expect(body.job.name).toBe(job.name);
    expect(body.evidence.job.name).toBe(job.name);
    expect(CAUSES).toContain(body.diagnosis?.cause);
    expect(Array.isArray(body.diagnosis?.checks)).toBe(true);
  });

  it.each(['Completed', 'Stopped', 'InProgress'])('GET /api/jobs/{region}/{jobName} for a %s job: the job and its evidence, diagnosis null', async (status) => {
    const job = demo.trainingJobs.find((j) => j.status === status);
    expect(job, `the demo has a ${status} job`).toBeDefined();
    const response = await getDetail(new Request('http://localhost/'), ctx(job!.region, job!.name));
    expect(response.status).toBe(200);
    const body = (await response.json()) as JobDetailResponse;
    expect(body.job.status).toBe(status);
    expect(body.diagnosis).toBeNull();
    expect(body.evidence.job.name).toBe(job!.name);
  });

  it('an unknown job answers 404 ApiError', async () => {
    const response = await getDetail(new Request('http://localhost/'), ctx('us-east-1', 'never-existed-1'));
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('not-found');
  });
});
