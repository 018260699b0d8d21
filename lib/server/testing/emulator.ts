import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator, type EmulatorOptions } from '@/emulator/server';
import { createBudget, type SlotSource } from '@/lib/aws/budget';
import { parseRates } from '@/lib/aws/rates';
import type { ListViewQuery } from '@/lib/dto/jobs';
import type { AccountsConfig } from '../accounts-config';
import type { AuthConfig } from '../auth/auth-config';
import type { RequestContext } from '../context';
import { listJobs, type ListJobsFilters } from '../list-jobs';
import type { Store, StoreConfig } from '@/lib/store/types';
import type { SyncSettings } from '../job-sync';
import type { LiveEventsConfig } from '../events/start-events';
import { createServices, type Services, type ServicesOptions } from '../services';

/** The account the test and demo scenarios are in. */
export const TEST_ACCOUNT = '111122223333';

export interface TestServicesOptions {
  maxAttempts?: number;
  /** Counts every HTTP attempt the SDK sends. */
  onCall?: Parameters<typeof createServices>[0]['aws']['onCall'];
  /** Calls per second overrides (the defaults are AWS's limits, far above what a small test needs). */
  rates?: string;
  /** Replaces the network (gateway and route tests with a fake AWS). */
  requestHandler?: import('@smithy/core/protocols').HttpHandler;
  accountId?: string;
  requestTimeoutMs?: number;
  /** The store to use (a restart test passes the same one twice); default: SQLite in a new temp dir. */
  store?: StoreConfig | Store;
  /** The background sync's pace (default: refresh on every list request, answer without waiting). */
  sync?: SyncSettings;
  evidenceTtlMs?: number;
  /** Where the budget keeps its call slots (the shared store, for replicas); default: this process's memory. */
  slots?: SlotSource;
  /** Sign-on for route tests (default: none). */
  auth?: AuthConfig;
  /** Live ingest from the emulator's events queue (default: off). */
  events?: LiveEventsConfig;
  /** Notification channels (default: none). */
  notify?: ServicesOptions['notify'];
  /** Several accounts, as JOBTRIAGE_CONFIG gives them (default: the one account of the credentials). */
  accountsConfig?: AccountsConfig;
}

/** A fresh SQLite store location for one test. */
export function tempStore(): StoreConfig {
  return { dataDir: mkdtempSync(join(tmpdir(), 'jobtriage-test-')) };
}

/** Services whose every client talks to `endpoint` with placeholder credentials: a test's own, no globals. */
export function testServices(endpoint: string | undefined, options: TestServicesOptions = {}): Services {
  return createServices({
    aws: {
      ...(endpoint ? { endpoint } : {}),
      forcePathStyle: true,
      maxAttempts: options.maxAttempts ?? 3,
      connectionTimeoutMs: 3_000,
      requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
      maxInFlight: 8,
      rates: parseRates(options.rates),
      budget: createBudget(options.slots ? { slots: options.slots } : {}),
      ...(options.onCall ? { onCall: options.onCall } : {}),
      ...(options.requestHandler ? { requestHandler: options.requestHandler } : {}),
    },
    ...(options.accountId ? { accountId: options.accountId } : {}),
    // Placeholders: the local endpoint checks who signs, not the signature.
    credentials: { accessKeyId: 'AKIDLOCALTEST', secretAccessKey: 'local-test-secret' },
    settings: { listMaxPages: 100, concurrency: 8, evidenceTtlMs: options.evidenceTtlMs ?? 300_000, now: Date.now },
    store: options.store ?? tempStore(),
    sync: options.sync ?? { refreshIntervalMs: 0, firstRowsWaitMs: 10_000 },
    ...(options.auth ? { auth: options.auth } : {}),
    ...(options.events ? { events: options.events } : {}),
    ...(options.notify ? { notify: options.notify } : {}),
    ...(options.accountsConfig ? { accounts: options.accountsConfig } : {}),
  });
}

/**
 * Starts the local AWS endpoint in-process and builds request contexts pointed at it, the way
 * AWS_ENDPOINT_URL does in the demo: the app code path is the one that runs against AWS.
 */
export async function startEmulator(options: EmulatorOptions & TestServicesOptions) {
  process.env.AWS_ACCESS_KEY_ID = 'AKIDLOCALTEST';
  process.env.AWS_SECRET_ACCESS_KEY = 'local-test-secret';
  const emulator = createEmulator(options);
  const endpoint = await emulator.listen();
  const services = testServices(endpoint, options);
  return {
    emulator,
    endpoint,
    services,
    /** A request context in `region` of an account (absent: the default one, looked up with STS as in the app). */
    async ctx(region = 'us-east-1', accountId?: string): Promise<RequestContext> {
      const ctx = await services.context({ region, ...(accountId ? { accountId } : {}) });
      if (!ctx.ok) throw new Error(`no context for ${region}: ${ctx.error.message}`);
      return ctx.value;
    },
    /** Lists as a user would once the background work is done: refresh, describe and prove everything, then list. */
    async settledList(region = 'us-east-1', filters: ListJobsFilters = {}, view?: ListViewQuery, accountId?: string) {
      const ctx = await this.ctx(region, accountId);
      await ctx.syncs.kick(ctx, { force: true });
      await ctx.syncs.idle(ctx);
      return listJobs(ctx, filters, view);
    },
    async stop() {
      await services.close();
      await emulator.close();
    },
  };
}
