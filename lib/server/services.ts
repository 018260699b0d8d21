import 'server-only';
import { createBudget, createMemorySlots, type SlotSource } from '@/lib/aws/budget';
import { createClientPool, type AwsConfig, type AwsScope, type ClientPool } from '@/lib/aws/client-pool';
import { createGateways } from '@/lib/aws/gateways';
import { createMemoryDocuments, scopedClients, type DocumentCache } from '@/lib/aws/scoped-clients';
import { getCallerAccount } from '@/lib/aws/sts';
import type { UseCaseResult } from '@/lib/dto/jobs';
import { openStore } from '@/lib/store/open-store';
import { createReadThrough, type ReadThrough } from '@/lib/store/read-through';
import type { Store, StoreConfig } from '@/lib/store/types';
import { createAccountScopes } from './account-scopes';
import { describeAccounts, type AccountConfig, type AccountsConfig } from './accounts-config';
import { accountsConfig } from './accounts-env';
import { fail, failFromMissing } from './api-error';
import type { AuthConfig } from './auth/auth-config';
import { authConfig } from './auth/auth-env';
import { createIdentityVerifier, type IdentityVerifier } from './auth/verify-identity';
import { cachedGateways, storeDocuments } from './cached-gateways';
import type { EventLoop } from './events/event-loop';
import { startLiveEvents, type LiveEventsConfig } from './events/start-events';
import { createSyncs, type SyncSettings, type Syncs } from './job-sync';
import type { GroupNotice } from './notify/notice';
import { createNotifier, type Notifier, type NotifierConfig } from './notify/notifier';
import type { ContextSettings, Identity, RequestContext } from './context';
import { env } from './env';
import { countAwsCall } from './request-log';

/**
 * The process's shared services: one client pool (with the AWS budget in its middleware), one
 * documents cache, and the default account. Built from the environment on first use in the app;
 * tests, the benchmark and scripts build their own with `createServices`.
 */
export interface Services {
  pool: ClientPool;
  settings: ContextSettings;
  /** The durable store, opened (and migrated) on first use. */
  store(): Promise<Store>;
  /** The background listing, describing and proving of each account and region. */
  syncs: Syncs;
  /** The account the default credentials belong to, resolved once. */
  defaultAccount(region: string): Promise<UseCaseResult<string>>;
  /** Who asks, from a request's headers (JOBTRIAGE_AUTH); withContext calls it for every request. */
  identify: IdentityVerifier;
  /** The sign-on mode, for the page header and the server log. */
  authMode: AuthConfig['mode'];
  /**
   * The accounts this deployment reads: JOBTRIAGE_CONFIG's, or the one the dashboard's own
   * credentials belong to (looked up in `region`). The default account first.
   */
  accounts(region: string): Promise<UseCaseResult<AccountConfig[]>>;
  /**
   * A context for one request in `region` of an account (absent: the default one), its credentials
   * the account's read role assumed for this user. Unknown account or region: a 400 naming the
   * configured ones; a role that cannot be assumed: the error, saying what to check.
   */
  context(scope: ScopeRequest, identity?: Identity): Promise<UseCaseResult<RequestContext>>;
  /** The events-queue poller, when JOBTRIAGE_EVENTS_QUEUE_URL is set. */
  events?: EventLoop;
  /** Group notices to Slack and the generic webhook (disabled when neither URL is set). */
  notifier: Notifier;
  close(): Promise<void>;
}

/** Which account and region a request reads; the account absent means the default one. */
export interface ScopeRequest {
  accountId?: string;
  /** Absent: the account's first region. */
  region?: string;
}

export interface ServicesOptions {
  aws: AwsConfig;
  settings: ContextSettings;
  /** Skips the STS lookup when the account is known (configuration, tests). */
  accountId?: string;
  /** The default account's credentials; absent: the SDK's default chain. */
  credentials?: AwsScope['credentials'];
  store: StoreConfig | Store;
  sync?: SyncSettings;
  /** Sign-on (JOBTRIAGE_AUTH); absent: none, as local use and tests without sign-on. */
  auth?: AuthConfig;
  /** Live ingest from an SQS queue of EventBridge events; absent: listing only. */
  events?: LiveEventsConfig;
  /** Notification channels and links; absent: no notifications. */
  notify?: Omit<NotifierConfig, 'store'>;
  /** Several accounts (JOBTRIAGE_CONFIG); absent: the one account of `credentials`, in `regions`. */
  accounts?: AccountsConfig;
  /** The regions of the one-account case (JOBTRIAGE_REGIONS); absent: any region asked for. */
  regions?: string[];
}

export function createServices(options: ServicesOptions): Services {
  const pool = createClientPool(options.aws);
  let opened: Promise<{ store: Store; readThrough: ReadThrough; documents: DocumentCache }> | undefined;
  const storeParts = () => {
    if (opened) return opened;
    const pending = (isStore(options.store) ? Promise.resolve(options.store) : openStore(options.store)).then((store) => ({
      store,
      readThrough: createReadThrough(store),
      documents: storeDocuments(store),
    }));
    // Only an open store is kept: a database still starting when the first request came must not
    // fail every later request too.
    pending.catch(() => {
      if (opened === pending) opened = undefined;
    });
    return (opened = pending);
  };
  // Until the store is open (the STS lookup may come first), documents are not cached.
  const documents = createMemoryDocuments();
  const syncs = createSyncs(options.sync);
  let account: Promise<UseCaseResult<string>> | undefined = options.accountId
    ? Promise.resolve({ ok: true, value: options.accountId })
    : undefined;

  const defaultAccount = (region: string): Promise<UseCaseResult<string>> => {
    account ??= getCallerAccount(scopedClients(pool, { accountId: 'self', region, ...credentialsOf(options) }, documents)).then((piece) =>
      piece.ok ? { ok: true as const, value: piece.value.accountId } : failFromMissing(piece.missing, 'could not tell which AWS account the dashboard reads'),
    );
    // Only a success is kept: fixed credentials or a recovered endpoint must be picked up on the next request.
    const pending = account;
    void pending.then((r) => {
      if (!r.ok && account === pending) account = undefined;
    });
    return pending;
  };

  const scopes = createAccountScopes({
    ...(options.accounts ? { configured: options.accounts } : {}),
    ...(options.regions ? { regions: options.regions } : {}),
    aws: options.aws,
    ...credentialsOf(options),
    ownAccount: defaultAccount,
  });

  const auth: AuthConfig = options.auth ?? { mode: 'none', allowNoAuth: true, allow: { emailDomains: [], groups: [], groupsClaim: 'groups' } };

  const notifier = createNotifier({ publicUrl: 'http://localhost:3000', ...options.notify, store: () => storeParts().then((p) => p.store) });
  const notify = (notice: GroupNotice) => notifier.notify(notice);

  const context: Services['context'] = async ({ accountId: requested, region: asked }, identity = { mode: 'none' }) => {
    const account = await scopes.resolve(requested, asked ?? options.regions?.[0] ?? 'us-east-1');
    if (!account.ok) return account;
    const { accountId, name: accountName, regions } = account.value;
    const region = asked ?? regions[0] ?? 'us-east-1';
    if (scopes.regionsKnown && !regions.includes(region)) {
      return fail(400, 'invalid-region', `Region ${region} is not configured for account ${describeAccounts([account.value])}. Its regions: ${regions.join(', ')}.`);
    }
    const credentials = scopes.credentialsFor(account.value, identity);
    // Asked now, so a role that cannot be assumed is said as such, not as every read of the account failing on its own.
    const assumable = await scopes.checkAssumable(account.value, credentials);
    if (!assumable.ok) return assumable;
    const { store, readThrough, documents: stored } = await storeParts();
    const scope: AwsScope = { accountId, region, ...credentials };
    const aws = createGateways(scope, { pool, documents: stored });
    const { evidenceTtlMs: ttlMs, now } = options.settings;
    const gateways = cachedGateways(aws, { store, readThrough, ttlMs, now });
    // TTL 0: every shared read goes to AWS, and what it reads replaces the stored copy for every job.
    const fresh = cachedGateways(aws, { store, readThrough, ttlMs: 0, now });
    return { ok: true, value: { identity, gateways, fresh, store, syncs, notify, accountId, accountName, region, settings: options.settings } };
  };
  const store = async () => (await storeParts()).store;
  // Background work takes the identity of nobody in particular: it acts for the deployment, not a user.
  const events = options.events
    ? startLiveEvents({ pool, notifier, ...credentialsOf(options), context }, options.events)
    : undefined;

  return {
    pool,
    settings: options.settings,
    identify: createIdentityVerifier(auth),
    authMode: auth.mode,
    store,
    syncs,
    defaultAccount,
    accounts: scopes.accounts,
    context,
    ...(events ? { events } : {}),
    notifier,
    async close() {
      // The poller first: it feeds the sync, which then stops with nothing new arriving.
      await events?.stop();
      await notifier.stop();
      await syncs.stop();
      pool.destroy();
      if (opened && !isStore(options.store)) await (await opened).store.close();
    },
  };
}

let appServices: Services | undefined;

/** The app's services, from the environment (AWS_ENDPOINT_URL, JOBTRIAGE_*), built on first use. */
export function services(): Services {
  if (appServices) return appServices;
  const e = env();
  const storeConfig = { dataDir: e.dataDir, ...(e.databaseUrl ? { databaseUrl: e.databaseUrl } : {}) };
  // Several replicas share one PostgreSQL: they share its call slots too, so together they spend one
  // budget. A single process (SQLite) keeps its slots in memory.
  let shared: Services | undefined;
  const slots = e.databaseUrl ? storeSlots(() => (shared as Services).store()) : undefined;
  appServices = shared = createServices({
    aws: {
      ...(e.endpoint ? { endpoint: e.endpoint } : {}),
      forcePathStyle: e.customS3Endpoint,
      maxAttempts: e.maxAttempts,
      connectionTimeoutMs: e.connectionTimeoutMs,
      requestTimeoutMs: e.requestTimeoutMs,
      maxInFlight: e.concurrency,
      rates: e.rates,
      // Counts each call against the request that made it, for the request log.
      onCall: countAwsCall,
      budget: createBudget(slots ? { slots } : {}),
    },
    settings: { listMaxPages: e.listMaxPages, concurrency: e.concurrency, evidenceTtlMs: e.evidenceTtlMs, now: Date.now },
    ...(e.accountId ? { accountId: e.accountId } : {}),
    ...accountsOption(),
    regions: e.regions,
    store: storeConfig,
    sync: { refreshIntervalMs: e.listRefreshMs, firstRowsWaitMs: 3_000 },
    auth: authConfig(),
    ...(e.eventsQueue ? { events: { queueUrl: e.eventsQueue.url, region: e.eventsQueue.region, regions: e.regions } } : {}),
    notify: {
      publicUrl: e.publicUrl,
      ...(e.slackWebhookUrl ? { slackWebhookUrl: e.slackWebhookUrl } : {}),
      ...(e.webhookUrl ? { webhookUrl: e.webhookUrl } : {}),
    },
  });
  return appServices;
}

/**
 * Starts the process's background consumers (the events-queue poller) when they are configured,
 * without waiting for a first page or API request: the health probe, hit right after start-up by
 * the load balancer and the demo launcher, calls it. Never throws: a bad setting is logged (and
 * fails the requests that need it), the probe still answers.
 */
export function startBackgroundWork(): void {
  try {
    if (env().eventsQueue) services();
  } catch (error) {
    console.error(`jobtriage: live events not started: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Call slots kept in the store, for replicas that share it. If the store cannot be reached the
 * calls still pace themselves, in this process's memory, rather than stop.
 */
export function storeSlots(store: () => Promise<Store>): SlotSource {
  const fallback = createMemorySlots();
  return {
    async reserveSlot(key, perSecond, burst, nowMs) {
      try {
        return await (await store()).reserveSlot(key, perSecond, burst, nowMs);
      } catch (error) {
        console.warn(`jobtriage: the shared AWS budget is unreachable, pacing in memory: ${error instanceof Error ? error.message : String(error)}`);
        return fallback.reserveSlot(key, perSecond, burst, nowMs);
      }
    },
  };
}

function accountsOption(): { accounts?: AccountsConfig } {
  const config = accountsConfig();
  return config ? { accounts: config } : {};
}

function credentialsOf(options: ServicesOptions): Pick<AwsScope, 'credentials'> {
  return options.credentials ? { credentials: options.credentials } : {};
}

function isStore(value: StoreConfig | Store): value is Store {
  return typeof (value as Store).migrate === 'function';
}
