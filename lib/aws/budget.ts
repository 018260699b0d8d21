import 'server-only';

/**
 * The AWS budget: every call the dashboard makes waits for a slot of its (account, region,
 * operation) key, so one page view, the background prover and every other request of the process
 * share AWS's rate limits instead of each bursting into throttling. The slot arithmetic is GCRA
 * (virtual scheduling): each key remembers the earliest time its next call may start; a call takes
 * that time (or now, plus the allowed burst) and pushes it on by one emission interval. That needs
 * one number per key, so it can live in process memory or, for several replicas, in the shared
 * store (one atomic UPDATE ... RETURNING per call).
 */

/** A rate: `perSecond` calls per second, `burst` of them back to back after an idle spell. */
export interface Rate {
  perSecond: number;
  burst: number;
}

/** Where the slots are kept: this process, or a store shared by every replica. */
export interface SlotSource {
  /** Reserves the next slot for `key`; resolves to the epoch ms at which the caller may send (>= nowMs). */
  reserveSlot(key: string, perSecond: number, burst: number, nowMs: number): Promise<number>;
}

export interface Budget {
  /** Waits until a call under `key` may be sent at `rate`. */
  acquire(key: string, rate: Rate): Promise<void>;
}

/** GCRA over a Map: the default, and the model for the store's SQL version. */
export function createMemorySlots(): SlotSource {
  const theoretical = new Map<string, number>();
  return {
    async reserveSlot(key, perSecond, burst, nowMs) {
      const interval = 1000 / perSecond;
      const tat = Math.max(theoretical.get(key) ?? nowMs, nowMs);
      // The call may start once it is no more than `burst - 1` intervals ahead of its schedule.
      const allowedAt = Math.max(nowMs, tat - (burst - 1) * interval);
      theoretical.set(key, tat + interval);
      return allowedAt;
    },
  };
}

export interface BudgetOptions {
  slots?: SlotSource;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export function createBudget(options: BudgetOptions = {}): Budget {
  const slots = options.slots ?? createMemorySlots();
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  return {
    async acquire(key, rate) {
      const at = now();
      const startAt = await slots.reserveSlot(key, rate.perSecond, Math.max(1, rate.burst), at);
      const wait = startAt - now();
      if (wait > 0) await sleep(wait);
    },
  };
}
