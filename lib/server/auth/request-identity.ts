import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import type { UseCaseResult } from '@/lib/dto/jobs';
import type { Identity } from '../context';
import type { Services } from '../services';
import type { AuthOutcome, HeaderSource } from './verify-identity';

/**
 * Who asks this request, verified. With no sign-on configured the headers are not even read (so
 * tests and the demo need no request scope). In a page, the headers come from Next and the answer
 * is memoized for the render: the layout, the header and the page's use case verify once.
 */
export async function identifyRequest(svc: Services, source?: HeaderSource): Promise<AuthOutcome> {
  if (svc.authMode === 'none') return { ok: true, identity: { mode: 'none' } };
  if (source) return svc.identify(source);
  return identifyPage(svc);
}

const identifyPage = cache(async (svc: Services) => svc.identify(await headers()));

/** The refusal as the API error a route sends and a page renders. */
export function refusalResult<T>(outcome: Extract<AuthOutcome, { ok: false }>): UseCaseResult<T> {
  return { ok: false, status: outcome.status, error: { code: outcome.status === 401 ? 'unauthenticated' : 'forbidden', message: outcome.reason } };
}

export type { Identity };
