import 'server-only';
import { createBudget } from '@/lib/aws/budget';
import { createClientPool, type AwsConfig, type ClientPool } from '@/lib/aws/client-pool';
import { createGateways } from '@/lib/aws/gateways';
import { createMemoryDocuments, scopedClients, type DocumentCache } from '@/lib/aws/scoped-clients';
import { getCallerAccount } from '@/lib/aws/sts';
import type { UseCaseResult } from '@/lib/dto/jobs';
import { failFromMissing } from './api-error';
import type { ContextSettings, Identity, RequestContext } from './context';
import { env } from './env';

/**
 * The process's shared services: one client pool (with the AWS budget in its middleware), one
 * documents cache, and the default account. Built from the environment on first use in the app;
 * tests, the benchmark and scripts build their own with `createServices`.
 */
export interface Services {
  pool: ClientPool;
  documents: DocumentCache;
  settings: ContextSettings;
  /** The account the default credentials belong to, resolved once. */
  defaultAccount(region: string): Promise<UseCaseResult<string>>;
  /** A context for one request in `region` of the default account. */
  context(region: string, identity?: Identity): Promise<UseCaseResult<RequestContext>>;
  close(): void;
}

export interface ServicesOptions {
  aws: AwsConfig;
  settings: ContextSettings;
  /** Skips the STS lookup when the account is known (configuration, tests). */
  accountId?: string;
  documents?: DocumentCache;
}

export function createServices(options: ServicesOptions): Services {
  const pool = createClientPool(options.aws);
  const documents = options.documents ?? createMemoryDocuments();
  let account: Promise<UseCaseResult<string>> | undefined = options.accountId
    ? Promise.resolve({ ok: true, value: options.accountId })
    : undefined;

  const defaultAccount = (region: string): Promise<UseCaseResult<string>> => {
    account ??= getCallerAccount(scopedClients(pool, { accountId: 'self', region }, documents)).then((piece) =>
      piece.ok ? { ok: true as const, value: piece.value.accountId } : failFromMissing(piece.missing, 'could not tell which AWS account the dashboard reads'),
    );
    // Only a success is kept: fixed credentials or a recovered endpoint must be picked up on the next request.
    const pending = account;
    void pending.then((r) => {
      if (!r.ok && account === pending) account = undefined;
    });
    return pending;
  };

  return {
    pool,
    documents,
    settings: options.settings,
    defaultAccount,
    async context(region, identity = { mode: 'none' }) {
      const accountId = await defaultAccount(region);
      if (!accountId.ok) return accountId;
      const scope = { accountId: accountId.value, region };
      const gateways = createGateways(scope, { pool, documents });
      return { ok: true, value: { identity, gateways, accountId: accountId.value, region, settings: options.settings } };
    },
    close: () => pool.destroy(),
  };
}

let appServices: Services | undefined;

/** The app's services, from the environment (AWS_ENDPOINT_URL, JOBTRIAGE_*), built on first use. */
export function services(): Services {
  if (appServices) return appServices;
  const e = env();
  appServices = createServices({
    aws: {
      ...(e.endpoint ? { endpoint: e.endpoint } : {}),
      forcePathStyle: e.customS3Endpoint,
      maxAttempts: e.maxAttempts,
      connectionTimeoutMs: e.connectionTimeoutMs,
      requestTimeoutMs: e.requestTimeoutMs,
      maxInFlight: e.concurrency,
      rates: e.rates,
      budget: createBudget(),
    },
    settings: { listMaxPages: e.listMaxPages, concurrency: e.concurrency, evidenceTtlMs: e.evidenceTtlMs, now: Date.now },
    ...(e.accountId ? { accountId: e.accountId } : {}),
  });
  return appServices;
}
