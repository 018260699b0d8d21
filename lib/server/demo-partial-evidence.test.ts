import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import demoJson from '@/emulator/scenarios/demo.json';
import { parseScenario } from '@/emulator/scenario/load';
import { diagnose } from '@/lib/analysis';
import { collectEvidence } from './collect-evidence';
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
