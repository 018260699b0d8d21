import { describe, expect, it } from 'vitest';
import { StoreInputError } from '../input';
import type { Store, StoreConfig } from '../types';
import { ACCOUNT, OTHER_ACCOUNT, OTHER_REGION } from './contract-scopes';

/**
 * What replicas coordinate through the store, part of the store contract (run by
 * describeStoreContract on each backend): job claims, the shared AWS call budget, and the one
 * notification per group and window.
 */
export function describeCoordinationContract(fresh: () => Promise<{ config: StoreConfig; store: Store }>, reopen: (config: StoreConfig) => Promise<Store>): void {
  describe('claims', () => {
    it('gives each job to one owner until its lease expires or it is released', async () => {
      const { store } = await fresh();
      expect(await store.claimJobs(ACCOUNT, ['a', 'b'], 'replica-1', 60_000, 1_000)).toEqual(['a', 'b']);
      expect(await store.claimJobs(ACCOUNT, ['c', 'b', 'c'], 'replica-2', 60_000, 2_000)).toEqual(['c']);
      // Only the holder's release frees a job.
      await store.releaseJob(ACCOUNT, 'c', 'replica-1');
      expect(await store.claimJobs(ACCOUNT, ['c'], 'replica-1', 60_000, 3_000)).toEqual([]);
      await store.releaseJob(ACCOUNT, 'c', 'replica-2');
      expect(await store.claimJobs(ACCOUNT, ['c'], 'replica-1', 60_000, 3_000)).toEqual(['c']);
      // The holder renews its own claim.
      expect(await store.claimJobs(ACCOUNT, ['b'], 'replica-1', 60_000, 30_000)).toEqual(['b']);
      expect(await store.claimJobs(ACCOUNT, ['b'], 'replica-2', 60_000, 61_000)).toEqual([]);
      // ... until the renewed lease runs out at 90,000.
      expect(await store.claimJobs(ACCOUNT, ['a', 'b'], 'replica-2', 60_000, 90_000)).toEqual(['a', 'b']);
      // Claims are per account and region.
      expect(await store.claimJobs(OTHER_REGION, ['a'], 'replica-1', 60_000, 91_000)).toEqual(['a']);
      expect(await store.claimJobs(ACCOUNT, [], 'replica-1', 60_000, 91_000)).toEqual([]);
    });

    it('two instances claiming the same jobs at once split them without overlap', async () => {
      const { config, store } = await fresh();
      const twin = await reopen(config);
      const names = Array.from({ length: 40 }, (_, i) => `job-${i}`);
      const rounds = await Promise.all(
        [store, twin, store, twin].map((s, i) => s.claimJobs(ACCOUNT, i % 2 ? [...names].reverse() : names, `owner-${i % 2}`, 60_000, 5_000)),
      );
      const first = new Set([...rounds[0]!, ...rounds[2]!]);
      const second = new Set([...rounds[1]!, ...rounds[3]!]);
      expect([...first].filter((n) => second.has(n))).toEqual([]);
      expect(new Set([...first, ...second]).size).toBe(40);
    });
  });

  describe('the shared call budget', () => {
    it('hands out a burst at once, then one slot per interval, and refills while idle', async () => {
      const { store } = await fresh();
      const key = '111122223333|us-east-1|sagemaker:ListTrainingJobs';
      const slots: number[] = [];
      for (let i = 0; i < 5; i++) slots.push(await store.reserveSlot(key, 10, 3, 1_000));
      expect(slots).toEqual([1_000, 1_000, 1_000, 1_100, 1_200]);
      // Other keys have their own budget.
      expect(await store.reserveSlot('111122223333|us-east-1|logs:GetLogEvents', 10, 1, 1_000)).toBe(1_000);
      // The burst is spent: the next slot follows the last one by one interval ...
      expect(await store.reserveSlot(key, 10, 3, 1_250)).toBe(1_300);
      // ... and a caller arriving after its slot sends at once.
      expect(await store.reserveSlot(key, 10, 3, 1_450)).toBe(1_450);
      // After a long pause the whole burst is available again.
      const later = [];
      for (let i = 0; i < 4; i++) later.push(await store.reserveSlot(key, 10, 3, 60_000));
      expect(later).toEqual([60_000, 60_000, 60_000, 60_100]);
    });

    it('two instances drawing on one key never exceed the rate together', async () => {
      const { config, store } = await fresh();
      const twin = await reopen(config);
      const rate = 20;
      const burst = 4;
      const n = 40;
      const slots = await Promise.all(
        Array.from({ length: n }, (_, i) => (i % 2 ? twin : store).reserveSlot('shared|us-east-1|iam:GetRole', rate, burst, Date.now())),
      );
      slots.sort((a, b) => a - b);
      const interval = 1000 / rate;
      expect(slots[n - 1]! - slots[0]!).toBeGreaterThanOrEqual(((n - burst) * 1000) / rate - 1e-6);
      // Every window holds at most `burst` slots plus one per interval it spans.
      for (let i = 0; i < n; i++) {
        for (let j = i + burst; j < n; j++) {
          expect(slots[j]! - slots[i]!).toBeGreaterThanOrEqual((j - i + 1 - burst) * interval - 1e-6);
        }
      }
    });
  });

  describe('notification claims', () => {
    const HOUR = 3_600_000;
    it('lets one message per group through per window, per account and region, and across a restart', async () => {
      const { config, store } = await fresh();
      const t0 = Date.parse('2026-11-01T12:00:00Z');
      expect(await store.claimNotification(ACCOUNT, 'g1', t0, HOUR)).toBe(true);
      expect(await store.claimNotification(ACCOUNT, 'g1', t0 + HOUR - 1, HOUR)).toBe(false);
      // Another group, region or account has its own window.
      expect(await store.claimNotification(ACCOUNT, 'g2', t0 + 1, HOUR)).toBe(true);
      expect(await store.claimNotification(OTHER_REGION, 'g1', t0 + 1, HOUR)).toBe(true);
      expect(await store.claimNotification(OTHER_ACCOUNT, 'g1', t0 + 1, HOUR)).toBe(true);
      const again = await reopen(config);
      expect(await again.claimNotification(ACCOUNT, 'g1', t0 + 10 * 60_000, HOUR)).toBe(false);
      expect(await again.claimNotification(ACCOUNT, 'g1', t0 + HOUR, HOUR)).toBe(true);
      // The window restarts at the last message, not the first.
      expect(await again.claimNotification(ACCOUNT, 'g1', t0 + HOUR + 30 * 60_000, HOUR)).toBe(false);
    });

    it('two instances claiming one group at once: exactly one wins', async () => {
      const { config, store } = await fresh();
      const other = await reopen(config);
      const t0 = Date.parse('2026-11-01T12:00:00Z');
      const results = await Promise.all([...Array(6).keys()].map((i) => (i % 2 ? store : other).claimNotification(ACCOUNT, 'g-race', t0, HOUR)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('gives back only the claim it took: the group may notify again; a later claim is kept', async () => {
      const { store } = await fresh();
      const t0 = Date.parse('2026-11-01T12:00:00Z');
      expect(await store.claimNotification(ACCOUNT, 'g1', t0, HOUR)).toBe(true);
      await store.releaseNotification(ACCOUNT, 'g1', t0);
      expect(await store.claimNotification(ACCOUNT, 'g1', t0 + 1, HOUR)).toBe(true);
      // A stale release (of the claim at t0, since replaced by the one at t0 + 1) changes nothing.
      await store.releaseNotification(ACCOUNT, 'g1', t0);
      expect(await store.claimNotification(ACCOUNT, 'g1', t0 + 2, HOUR)).toBe(false);
      // Another scope's claim is not touched.
      expect(await store.claimNotification(OTHER_REGION, 'g1', t0, HOUR)).toBe(true);
      await store.releaseNotification(ACCOUNT, 'g1', t0 + 1);
      expect(await store.claimNotification(OTHER_REGION, 'g1', t0 + 3, HOUR)).toBe(false);
      await expect(store.releaseNotification(ACCOUNT, '', t0)).rejects.toBeInstanceOf(StoreInputError);
    });

    it('refuses an empty group id or a negative time', async () => {
      const { store } = await fresh();
      await expect(store.claimNotification(ACCOUNT, '', 1, HOUR)).rejects.toBeInstanceOf(StoreInputError);
      await expect(store.claimNotification(ACCOUNT, 'g', -1, HOUR)).rejects.toBeInstanceOf(StoreInputError);
    });
  });
}
