import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';

describe('createRateLimiter', () => {
  it('allows perMinute at once, then refuses with the seconds until the next token', () => {
    let now = 0;
    const limiter = createRateLimiter({ perMinute: 3, now: () => now });
    expect([1, 2, 3].map(() => limiter.take('ana').ok)).toEqual([true, true, true]);
    expect(limiter.take('ana')).toEqual({ ok: false, retryAfterSeconds: 20 });
    now += 19_000;
    expect(limiter.take('ana').ok).toBe(false);
    now += 1_000;
    expect(limiter.take('ana').ok).toBe(true);
  });

  it('counts each user on their own', () => {
    const limiter = createRateLimiter({ perMinute: 1, now: () => 0 });
    expect(limiter.take('ana').ok).toBe(true);
    expect(limiter.take('ana').ok).toBe(false);
    expect(limiter.take('ben').ok).toBe(true);
  });

  it('refills to capacity, not beyond', () => {
    let now = 0;
    const limiter = createRateLimiter({ perMinute: 2, now: () => now });
    now += 3_600_000;
    expect([1, 2, 3].map(() => limiter.take('ana').ok)).toEqual([true, true, false]);
  });

  it('forgets the least recently seen users past maxKeys (memory stays bounded)', () => {
    const limiter = createRateLimiter({ perMinute: 1, now: () => 0, maxKeys: 2 });
    limiter.take('ana');
    limiter.take('ben');
    limiter.take('cy'); // evicts ana
    expect(limiter.take('ana').ok).toBe(true);
    expect(limiter.take('cy').ok).toBe(false);
  });
});
