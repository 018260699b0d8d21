import type { HttpHandler } from '@smithy/core/protocols';
import { createClientPool } from '../client-pool';
import { parseRates } from '../rates';
import { createMemoryDocuments, scopedClients, type AwsClients, type DocumentCache } from '../scoped-clients';

/**
 * Gateway unit tests' clients: one fresh pool whose network is `handler`, so the SDK serialises,
 * signs, retries and parses for real. No budget waits (the budget has its own tests).
 */
export function fakeAws(
  handler: HttpHandler,
  options: { maxAttempts?: number; region?: string; accountId?: string; documents?: DocumentCache } = {},
): AwsClients {
  const pool = createClientPool({
    forcePathStyle: true,
    maxAttempts: options.maxAttempts ?? 1,
    connectionTimeoutMs: 1_000,
    requestTimeoutMs: 5_000,
    maxInFlight: 8,
    rates: parseRates(undefined),
    budget: { acquire: async () => {} },
    requestHandler: handler,
  });
  return scopedClients(pool, { accountId: options.accountId ?? '111122223333', region: options.region ?? 'us-east-1' }, options.documents ?? createMemoryDocuments());
}
