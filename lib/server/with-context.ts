import 'server-only';
import type { UseCaseResult } from '@/lib/dto/jobs';
import type { RequestContext } from './context';
import { services, type Services } from './services';

/**
 * Builds the request context once, then runs a use case in it: the one way route handlers and
 * pages reach a use case. The identity is the sign-on placeholder until authentication lands; when
 * it does, this is where the verified identity enters every request.
 */
export async function withContext<T>(
  region: string,
  run: (ctx: RequestContext) => Promise<UseCaseResult<T>>,
  svc: Services = services(),
): Promise<UseCaseResult<T>> {
  const ctx = await svc.context(region, { mode: 'none' });
  if (!ctx.ok) return ctx;
  return run(ctx.value);
}
