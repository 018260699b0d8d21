import 'server-only';
import type { UseCaseResult } from '@/lib/dto/jobs';
import type { Identity, RequestContext } from './context';
import { env } from './env';
import { createRateLimiter, type RateLimiter } from './rate-limit';
import { noteIdentity } from './request-log';
import { services, type Services } from './services';

/**
 * The per-user limit on triage requests (a job page, its API, its evidence, "Re-run triage"):
 * `JOBTRIAGE_TRIAGE_PER_MINUTE` each, answered with 429, a Retry-After and "slow down" beyond it.
 * One limiter per set of services, so tests that build their own start from a full bucket.
 */
const limiters = new WeakMap<Services, RateLimiter>();

function limiterOf(svc: Services): RateLimiter {
  let limiter = limiters.get(svc);
  if (!limiter) {
    limiter = createRateLimiter({ perMinute: env().triagePerMinute, now: svc.settings.now });
    limiters.set(svc, limiter);
  }
  return limiter;
}

/** Who the limit counts: the verified user; without sign-on (local use) everyone is one user. */
export function userKey(identity: Identity): string {
  return identity.mode === 'none' ? 'anonymous' : `${identity.mode}:${identity.subject}`;
}

/** Runs a triage use case if the user has a request left; otherwise a 429 that says when to retry. */
export async function withinTriageLimit<T>(ctx: RequestContext, run: () => Promise<UseCaseResult<T>>, svc: Services = services()): Promise<UseCaseResult<T>> {
  noteIdentity(ctx.identity);
  const taken = limiterOf(svc).take(userKey(ctx.identity));
  if (taken.ok) return run();
  return {
    ok: false,
    status: 429,
    retryAfterSeconds: taken.retryAfterSeconds,
    error: {
      code: 'rate-limited',
      message: `Slow down: you asked for more than ${env().triagePerMinute} triages in a minute. Try again in ${taken.retryAfterSeconds} s.`,
    },
  };
}
