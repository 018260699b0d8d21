import { afterAll, describe, expect, it } from 'vitest';
import { addSyntheticJobs } from '@/emulator/scenario/generate';
import { createEmulator } from '@/emulator/server';
import { countingHandler } from '@/lib/aws/testing/counting-handler';
import { openStore } from '@/lib/store/open-store';
import { postgresFixture, postgresRequired, unreachableReason } from '@/lib/store/testing/postgres-fixture';
import type { Store } from '@/lib/store/types';
import { storeSlots } from './services';
import { testScenario } from '@/emulator/testing/harness';
import { testServices } from './testing/emulator';

/**
 * Two replicas of the app on one PostgreSQL, against a local endpoint that throttles as AWS does.
 * Each replica alone stays under the limit; two would spend twice the budget if each paced itself.
 * Through the store's call slots they spend one: the endpoint's throttling answers stay at zero.
 */
const unreachable = await unreachableReason();
const required = postgresRequired();
const fixture = postgresFixture();
afterAll(() => fixture.cleanup());

describe.skipIf(unreachable !== undefined && !required)('two replicas share one AWS budget through PostgreSQL', () => {
  it('describes and proves every failed job with no throttling answer from the endpoint', { timeout: 120_000 }, async () => {
    if (unreachable) throw new Error(`PostgreSQL is required here and unreachable: ${unreachable}`);
    const scenario = addSyntheticJobs(testScenario(), 60, 7);
    // The endpoint allows DescribeTrainingJob and ListTrainingJobs at AWS-like rates; the app is told the same rates.
    const emulator = createEmulator({ scenario, faults: { rateLimits: { 'sagemaker:DescribeTrainingJob': 8, 'sagemaker:ListTrainingJobs': 2, 'logs:FilterLogEvents': 5, 'logs:GetLogEvents': 10 } } });
    const endpoint = await emulator.listen();
    const rates = 'sagemaker:DescribeTrainingJob=8,sagemaker:ListTrainingJobs=2,logs:FilterLogEvents=5,logs:GetLogEvents=10';
    const config = await fixture.freshConfig();
    const stores: Store[] = [await openStore(config), await openStore(config)];
    const handlers = [countingHandler(), countingHandler()];
    // One attempt per call: a throttling answer would be seen, not retried away.
    const replicas = stores.map((store, i) =>
      testServices(endpoint, { store, requestHandler: handlers[i], maxAttempts: 1, rates, slots: storeSlots(async () => store), accountId: scenario.accountId }),
    );
    try {
      const contexts = await Promise.all(replicas.map(async (r) => {
        const ctx = await r.context('us-east-1');
        if (!ctx.ok) throw new Error(ctx.error.message);
        return ctx.value;
      }));
      await Promise.all(contexts.map((ctx) => ctx.syncs.kick(ctx, { force: true })));
      await Promise.all(contexts.map((ctx) => ctx.syncs.idle(ctx)));

      const throttled = handlers.reduce((n, h) => n + h.counts.throttled, 0);
      const requests = handlers.reduce((n, h) => n + h.counts.requests, 0);
      expect(requests).toBeGreaterThan(60);
      expect(throttled).toBe(0);
      // Both replicas did part of the work, and every failed job ended up proven in the shared store.
      expect(handlers.every((h) => h.counts.requests > 0)).toBe(true);
      const rows = await stores[0]!.listJobs({ accountId: scenario.accountId, region: 'us-east-1' }, { status: 'Failed', limit: 1000, offset: 0 });
      const failed = scenario.trainingJobs.filter((j) => j.region === 'us-east-1' && j.status === 'Failed').length;
      expect(rows.total).toBe(failed);
      expect(rows.rows.filter((r) => r.diagnosis && r.diagnosis.fingerprint !== 'text')).toHaveLength(failed);
    } finally {
      await Promise.all(replicas.map((r) => r.close()));
      await Promise.all(stores.map((s) => s.close()));
      await emulator.close();
    }
  });
});
