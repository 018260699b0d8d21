import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import demoJson from '@/emulator/scenarios/demo.json';
import { parseScenario } from '@/emulator/scenario/load';
import { diagnose, type Diagnosis } from '@/lib/analysis';
import { collectEvidence } from './collect-evidence';
import { DEMO_JOBS, jobKey, triageEveryDemoJob, type TriagedJob } from './testing/demo-accounts';
import { startEmulator } from './testing/emulator';

/**
 * The demo account with the dashboard refused iam:GetRole (as `--deny iam:GetRole` runs it): what
 * can no longer be read must lower the verdict to the text's own, never confirm a different story.
 */
const demo = parseScenario(demoJson, 'demo.json');

let env: Awaited<ReturnType<typeof startEmulator>>;
beforeAll(async () => {
  env = await startEmulator({ scenario: demo, faults: { deny: ['iam:GetRole'] } });
});
afterAll(() => env?.stop());

describe('demo account, dashboard denied iam:GetRole', () => {
  it('ds-churn-experiment-22 (text: no permissions boundary allows s3:GetObject) stays boundary, likely, and says what to read', async () => {
    const result = await collectEvidence(await env.ctx('us-east-1'), 'ds-churn-experiment-22');
    if (!result.ok) throw new Error(JSON.stringify(result));
    const d = await diagnose(result.value);
    expect(d.cause).toBe('boundary');
    expect(d.confidence).toBe('likely');
    expect(d.deniedRequest).toMatchObject({ action: 's3:GetObject', policyType: 'boundary' });
    expect(d.summary).toMatch(/permissions boundary of role ds-experiments-role could not be read/);
    expect(d.missingEvidence).toContainEqual(expect.objectContaining({ dashboardNeeds: 'iam:GetRole' }));
  });
});

describe('every failed job of both demo accounts, with and without iam:GetRole', () => {
  const full = new Map<string, Diagnosis>();
  const partial = new Map<string, Diagnosis>();
  const keep = (into: Map<string, Diagnosis>, jobs: TriagedJob[]) => {
    for (const j of jobs) if (j.detail.diagnosis) into.set(jobKey(j.accountId, j.region, j.name), j.detail.diagnosis);
  };
  beforeAll(async () => {
    keep(full, await triageEveryDemoJob());
    keep(partial, await triageEveryDemoJob({ deny: ['iam:GetRole'] }));
  }, 180_000);

  it.each(DEMO_JOBS.filter((j) => j.status === 'Failed').map((j) => j.key))('%s: partial evidence confirms nothing full evidence does not, and says what it lacks', (key) => {
    const before = full.get(key);
    const after = partial.get(key);
    if (!before || !after) throw new Error(`${key} has no diagnosis`);
    if (after.confidence === 'confirmed') expect({ cause: before.cause, confidence: before.confidence }).toEqual({ cause: after.cause, confidence: 'confirmed' });
    // The unread role is always listed, so the page says what to grant instead of looking complete.
    expect(after.missingEvidence.some((m) => m.dashboardNeeds === 'iam:GetRole')).toBe(true);
  });

  it('lowers at least one confirmed verdict to the text\u2019s own (the refusal is felt)', () => {
    const lowered = [...full].filter(([key, d]) => d.confidence === 'confirmed' && partial.get(key)?.confidence === 'likely');
    expect(lowered.map(([key]) => key)).toContain(jobKey('111122223333', 'us-east-1', 'ds-churn-experiment-22'));
  });
});
