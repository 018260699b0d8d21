import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioInput } from '@/emulator/scenario/schema';
import { diagnose } from '@/lib/analysis/diagnose';
import type { Diagnosis } from '@/lib/analysis/diagnosis';
import { CHINA, GOVCLOUD, moveToPartition, type PartitionMove } from '@/lib/analysis/test-support/partitions';
import { collectEvidence } from './collect-evidence';
import { startEmulator } from './testing/emulator';
import { smallAccount } from './testing/small-account';

/**
 * The small account, and the same account moved whole into GovCloud and into China (every ARN in the partition,
 * every regional host under its suffix, as AWS shows such an account), read end to end: the SDK calls the local
 * endpoint in the moved region, which answers in its partition (the role ARN GetRole returns, the key ARN DescribeKey
 * returns, the sessions the dashboard acts as), and the engine proves from that. Each job's diagnosis there must be
 * its diagnosis here, moved: a GovCloud or China account gets the verdicts, checks and fixes a commercial one does.
 */
const JOBS = (smallAccount.trainingJobs ?? []).map((j) => j.name);

async function diagnoseAll(scenario: ScenarioInput, region: string): Promise<Map<string, Diagnosis>> {
  const env = await startEmulator({ scenario });
  try {
    const ctx = await env.ctx(region);
    const out = new Map<string, Diagnosis>();
    for (const name of JOBS) {
      const r = await collectEvidence(ctx, name);
      if (!r.ok) throw new Error(`${name} in ${region}: ${JSON.stringify(r.error)}`);
      out.set(name, await diagnose(r.value));
    }
    return out;
  } finally {
    await env.stop();
  }
}

let commercial: Map<string, Diagnosis>;
beforeAll(async () => {
  commercial = await diagnoseAll(smallAccount, 'us-east-1');
});

describe.each([
  ['GovCloud', GOVCLOUD],
  ['China', CHINA],
] as [string, PartitionMove][])('the small account in %s, read through the local endpoint', (_name, move) => {
  let moved: Map<string, Diagnosis>;
  beforeAll(async () => {
    moved = await diagnoseAll(moveToPartition(smallAccount, move), move.region);
  });
  afterAll(() => moved?.clear());

  it.each(JOBS)('%s is diagnosed as it is in the commercial partition', (name) => {
    const here = moved.get(name);
    expect(here).toEqual(moveToPartition(commercial.get(name), move));
    expect(JSON.stringify(here)).not.toMatch(/arn:aws:/);
  });
});
