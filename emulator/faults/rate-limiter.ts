/**
 * A token bucket per operation: `rate` tokens per second, bursting to `rate`. AWS throttles per
 * account and region; one emulator is one account, so per operation is enough.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly limits: Record<string, number>,
    private readonly clock: () => number,
  ) {}

  /** Takes a token for `key`; false when the bucket is empty (the call is throttled). */
  take(key: string): boolean {
    const rate = this.limits[key];
    if (rate === undefined) return true;
    const now = this.clock();
    const bucket = this.buckets.get(key) ?? { tokens: rate, at: now };
    bucket.tokens = Math.min(rate, bucket.tokens + ((now - bucket.at) / 1000) * rate);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
