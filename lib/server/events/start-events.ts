import 'server-only';
import type { AwsScope, ClientPool } from '@/lib/aws/client-pool';
import { createEventQueue } from '@/lib/aws/sqs';
import type { UseCaseResult } from '@/lib/dto/jobs';
import type { RequestContext } from '../context';
import { startEventLoop, type EventLoop } from './event-loop';
import { ingestMessage, type IngestDeps } from './ingest';
import type { Notifier } from '../notify/notifier';

/** JOBTRIAGE_EVENTS_QUEUE_URL and how to consume it. */
export interface LiveEventsConfig {
  queueUrl: string;
  /** The queue's region (from its URL, JOBTRIAGE_EVENTS_QUEUE_REGION, or the first configured region). */
  region: string;
  /** Regions the dashboard serves: events from others are not its business. */
  regions: readonly string[];
  waitSeconds?: number;
  visibilitySeconds?: number;
  backoffMs?: number;
  /**
   * After a recorded job's proof settled (tests wait on it). Triage itself places the job in its
   * group and sends any notice (groups/announce-failure.ts), however the job arrived.
   */
  onRecorded?: (ctx: RequestContext, jobName: string, notifier: Notifier) => Promise<void> | void;
  log?: (line: string) => void;
}

export interface LiveEventsDeps {
  pool: ClientPool;
  notifier: Notifier;
  credentials?: AwsScope['credentials'];
  context(scope: { accountId?: string; region?: string }): Promise<UseCaseResult<RequestContext>>;
}

/** Starts the process's one poller of the events queue; the caller stops it on shutdown. */
export function startLiveEvents(deps: LiveEventsDeps, config: LiveEventsConfig): EventLoop {
  const queueAccount = new URL(config.queueUrl).pathname.split('/').filter(Boolean)[0] ?? 'events';
  const scope: AwsScope = { accountId: queueAccount, region: config.region, ...(deps.credentials ? { credentials: deps.credentials } : {}) };
  const ingest: IngestDeps = {
    async contextFor(accountId, region) {
      if (!config.regions.includes(region)) return undefined;
      // Any account the dashboard reads (JOBTRIAGE_CONFIG's, or its own): EventBridge rules in each
      // member account may forward to this one queue. Another account's events are not its business.
      const ctx = await deps.context({ accountId, region });
      if (!ctx.ok && (ctx.error.code === 'invalid-account' || ctx.error.code === 'invalid-region')) return undefined;
      return ctx;
    },
    ...(config.onRecorded ? { onRecorded: (ctx, jobName) => config.onRecorded?.(ctx, jobName, deps.notifier) } : {}),
    ...(config.log ? { log: config.log } : {}),
  };
  return startEventLoop({
    queue: createEventQueue(deps.pool, scope, config.queueUrl),
    handle: (body) => ingestMessage(body, ingest),
    ...(config.waitSeconds !== undefined ? { waitSeconds: config.waitSeconds } : {}),
    ...(config.visibilitySeconds !== undefined ? { visibilitySeconds: config.visibilitySeconds } : {}),
    ...(config.backoffMs !== undefined ? { backoffMs: config.backoffMs } : {}),
    ...(config.log ? { log: config.log } : {}),
  });
}
