import { describe, expect, it } from 'vitest';
import { createBudget, createMemorySlots } from './budget';
import { parseRates, rateFor } from './rates';

describe('memory slots (GCRA)', () => {
  it('spaces calls one interval apart once the burst is spent', async () => {
    const slots = createMemorySlots();
    const at = [];
    for (let i = 0; i < 5; i++) at.push(await slots.reserveSlot('k', 2, 1, 0));
    expect(at).toEqual([0, 500, 1000, 1500, 2000]);
  });

  it('lets `burst` calls through at once after an idle spell, then paces', async () => {
    const slots = createMemorySlots();
    const at = [];
    for (let i = 0; i < 4; i++) at.push(await slots.reserveSlot('k', 2, 2, 10_000));
    expect(at).toEqual([10_000, 10_000, 10_500, 11_000]);
    // Idle long enough and the burst is back.
    expect(await slots.reserveSlot('k', 2, 2, 20_000)).toBe(20_000);
  });

  it('keeps keys apart: one operation waiting does not slow another', async () => {
    const slots = createMemorySlots();
    await slots.reserveSlot('a', 1, 1, 0);
    expect(await slots.reserveSlot('a', 1, 1, 0)).toBe(1000);
    expect(await slots.reserveSlot('b', 1, 1, 0)).toBe(0);
  });
});

describe('createBudget', () => {
  it('sleeps until the reserved slot', async () => {
    let now = 0;
    const slept: number[] = [];
    const budget = createBudget({ now: () => now, sleep: async (ms) => void slept.push(ms) });
    for (let i = 0; i < 3; i++) await budget.acquire('acct|us-east-1|sagemaker:ListTrainingJobs', { perSecond: 2, burst: 1 });
    expect(slept).toEqual([500, 1000]);
    now = 5_000;
    await budget.acquire('acct|us-east-1|sagemaker:ListTrainingJobs', { perSecond: 2, burst: 1 });
    expect(slept).toEqual([500, 1000]);
  });
});

describe('rates', () => {
  it('an operation takes its own rate, else its service default, else the cautious fallback', () => {
    const table = parseRates('sagemaker:DescribeTrainingJob=7');
    expect(rateFor(table, 'sagemaker', 'ListTrainingJobs')).toEqual({ perSecond: 2, burst: 1 });
    expect(rateFor(table, 'sagemaker', 'DescribeTrainingJob').perSecond).toBe(7);
    expect(rateFor(table, 'iam', 'GetRole').perSecond).toBe(10);
    expect(rateFor(table, 'logs', 'FilterLogEvents').perSecond).toBe(5);
    expect(rateFor(table, 'newsvc', 'Op').perSecond).toBe(5);
  });
});
