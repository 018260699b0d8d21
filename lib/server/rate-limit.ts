import 'server-only';

/**
 * A token bucket per key: `capacity` requests at once, refilled at `capacity` per minute. Used per
 * signed-in user for triage requests, so one person re-running triages in a loop cannot spend the
 * whole process's AWS budget (which every other user shares). In memory, per process: with several
 * replicas each one allows its own share, which is enough for a fairness guard.
 */
export interface RateLimiter {
  /** Takes one token for `key`; when none is left, says how many seconds until one is. */
  take(key: string): { ok: true } | { ok: false; retryAfterSeconds: number };
}

export function createRateLimiter(options: { perMinute: number; now: () => number; maxKeys?: number }): RateLimiter {
  const capacity = options.perMinute;
  const refillPerMs = options.perMinute / 60_000;
  const maxKeys = options.maxKeys ?? 10_000;
  const buckets = new Map<string, { tokens: number; at: number }>();

  return {
    take(key) {
      const now = options.now();
      const bucket = buckets.get(key) ?? { tokens: capacity, at: now };
      bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * refillPerMs);
      bucket.at = now;
      // Re-inserted so the Map's order is least recently used first, for the trim below.
      buckets.delete(key);
      buckets.set(key, bucket);
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value as string);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000)) };
    },
  };
}
