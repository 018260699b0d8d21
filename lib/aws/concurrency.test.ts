import { describe, expect, it } from 'vitest';
import { createLimiter, mapLimit } from './concurrency';

/** A task that stays in flight until released, so the test controls interleaving without timers. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('createLimiter', () => {
  it('never runs more than the limit at once, and runs everything', async () => {
    const run = createLimiter(2);
    let active = 0;
    let peak = 0;
    const gates = Array.from({ length: 6 }, gate);
    const done = gates.map((g, i) =>
      run(async () => {
        active += 1;
        peak = Math.max(peak, active);
        await g.opened;
        active -= 1;
        return i;
      }),
    );
    for (const g of gates) {
      await Promise.resolve();
      g.open();
      // A newcomer arriving while a slot is being handed over must still wait.
      void run(async () => {
        active += 1;
        peak = Math.max(peak, active);
        active -= 1;
      });
    }
    await expect(Promise.all(done)).resolves.toEqual([0, 1, 2, 3, 4, 5]);
    expect(peak).toBeLessThanOrEqual(2);
  });

  it('frees the slot when a task throws', async () => {
    const run = createLimiter(1);
    await expect(run(async () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await expect(run(async () => 'next')).resolves.toBe('next');
  });

  it('refuses a limit below one', () => {
    expect(() => createLimiter(0)).toThrow(/positive integer/);
  });
});

describe('mapLimit', () => {
  it('keeps input order', async () => {
    const result = await mapLimit([3, 1, 2], 2, async (n) => {
      await new Promise((r) => setImmediate(r));
      return n * 10;
    });
    expect(result).toEqual([30, 10, 20]);
  });
});
