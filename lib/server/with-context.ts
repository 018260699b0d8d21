import 'server-only';
import type { UseCaseResult } from '@/lib/dto/jobs';
import { identifyRequest, refusalResult } from './auth/request-identity';
import type { HeaderSource } from './auth/verify-identity';
import type { Identity, RequestContext } from './context';
import { services, type ScopeRequest, type Services } from './services';

/**
 * Builds the request context once, then runs a use case in it: the one way route handlers and
 * pages reach a use case, so the one place identity is checked (in the data layer, not only at the
 * edge). Routes pass their request's headers; pages leave them out and Next's are read. A request
 * without a verified, allowed user gets its 401/403 before any AWS call. `scope` names the account
 * (absent: the default one) and the region.
 */
export async function withContext<T>(
  scope: ScopeRequest,
  run: (ctx: RequestContext) => Promise<UseCaseResult<T>>,
  svc: Services = services(),
  headers?: HeaderSource,
): Promise<UseCaseResult<T>> {
  const who = await identifyRequest(svc, headers);
  if (!who.ok) return refusalResult(who);
  const ctx = await svc.context(scope, who.identity);
  if (!ctx.ok) return ctx;
  return run(ctx.value);
}

/**
 * For a use case over several accounts and regions (the merged list): identity is checked the same
 * way, once, then the use case builds each context itself with `svc.context(scope, identity)`.
 */
export async function withIdentity<T>(
  run: (identity: Identity, svc: Services) => Promise<UseCaseResult<T>>,
  svc: Services = services(),
  headers?: HeaderSource,
): Promise<UseCaseResult<T>> {
  const who = await identifyRequest(svc, headers);
  if (!who.ok) return refusalResult(who);
  return run(who.identity, svc);
}
