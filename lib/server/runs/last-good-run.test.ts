import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import demoJson from '@/emulator/scenarios/demo.json';
import { parseScenario } from '@/emulator/scenario/load';
import type { LastGoodRunResponse } from '@/lib/dto/runs';
import { resetEnvCache } from '../env';
import { startEmulator } from '../testing/emulator';
import { lastGoodRunRoute } from './last-good-run-route';

/** The demo's pair: nlp-intent-bert-run-117 completed before 118 and 119 failed, reading another prefix. */
let env: Awaited<ReturnType<typeof startEmulator>>;
beforeAll(async () => {
  process.env.JOBTRIAGE_REGIONS = 'us-east-1,eu-west-1';
  resetEnvCache();
  env = await startEmulator({ scenario: parseScenario(demoJson, 'demo.json') });
}, 60_000);
afterAll(() => env?.stop());

async function lastGood(region: string, jobName: string): Promise<{ status: number; body: LastGoodRunResponse }> {
  const response = await lastGoodRunRoute(Promise.resolve({ region, jobName }), env.services, new Request(`http://localhost/api/jobs/${region}/${jobName}/last-good-run`));
  return { status: response.status, body: await response.json() };
}

describe('GET /api/jobs/{region}/{jobName}/last-good-run', () => {
  it.each(['nlp-intent-bert-run-118', 'nlp-intent-bert-run-119'])('%s: run 117 completed before it, with other input data', async (name) => {
    const { status, body } = await lastGood('us-east-1', name);
    expect(status).toBe(200);
    expect(body.lastGood).toMatchObject({ name: 'nlp-intent-bert-run-117', matchedBy: 'name-stem' });
    const fields = body.differences?.map((d) => d.field) ?? [];
    expect(fields).toContain('Input channels');
    const input = body.differences?.find((d) => d.field === 'Input channels');
    expect(input?.failed).toMatch(/s3:\/\/acme-ml-datasets\/nlp\/intent-v7\/train\//);
    expect(input?.good).not.toBe(input?.failed);
  });

  it('says so when no run of the family completed before the job', async () => {
    const { status, body } = await lastGood('us-east-1', 'cv-hpo-trial-038');
    expect(status).toBe(200);
    expect(body.lastGood).toBeUndefined();
    expect(body.message).toMatch(/^No completed run of the same family/);
  });

  it('refuses a bad job name with 400 before any AWS call', async () => {
    const { status } = await lastGood('us-east-1', 'bad_name!');
    expect(status).toBe(400);
  });
});
