/**
 * Decides which calls get a 500: every Nth call, or a seeded random share so a failing run can be
 * replayed with the same seed.
 */
export class ErrorInjector {
  private calls = 0;
  private readonly random: () => number;

  constructor(
    private readonly rate: number,
    private readonly every: number | undefined,
    seed: number,
  ) {
    this.random = mulberry32(seed);
  }

  shouldFail(): boolean {
    this.calls += 1;
    if (this.every !== undefined && this.every > 0) return this.calls % this.every === 0;
    return this.rate > 0 && this.random() < this.rate;
  }
}

/** A small, well-known seeded PRNG; quality is ample for fault injection. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
