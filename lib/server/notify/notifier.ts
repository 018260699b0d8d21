import 'server-only';
import type { Store } from '@/lib/store/types';
import { PermanentError, slackChannel, webhookChannel, type Channel } from './channels';
import { groupPageUrl, type GroupNotice } from './notice';

/**
 * Sends group notices to Slack and/or a generic webhook, in the background: `notify` only queues, so
 * triage never waits on a chat service. Per group at most one message per window (an hour), claimed
 * in the store so restarts and replicas keep to it; ignored groups stay quiet. A failing channel is
 * retried a bounded number of times with doubling back-off, then logged and dropped; when no channel
 * delivered, the claim is given back, so the group's next failure may try again within the hour.
 */
export interface NotifierConfig {
  store: () => Promise<Store>;
  slackWebhookUrl?: string;
  webhookUrl?: string;
  /** Where the dashboard is reached, for links: JOBTRIAGE_PUBLIC_URL. */
  publicUrl: string;
  /** The groups code's word on whether a group is ignored (when the notice carries no status). */
  isIgnored?: (notice: GroupNotice) => Promise<boolean> | boolean;
  /** At most one message per group per this window (default one hour). */
  windowMs?: number;
  /** Tries per channel and notice (default 4), waiting `backoffMs` (default 1 s) doubling in between. */
  attempts?: number;
  backoffMs?: number;
  timeoutMs?: number;
  /** Notices waiting beyond this are dropped, oldest first, and logged (default 1,000). */
  maxQueued?: number;
  now?: () => number;
  log?: (line: string) => void;
  /** Replaces the channels built from the URLs (tests). */
  channels?: Channel[];
}

export interface Notifier {
  /** True when at least one channel is configured. */
  readonly enabled: boolean;
  /** Queues a notice and returns at once. */
  notify(notice: GroupNotice): void;
  /** Resolves when every queued notice has been sent, dropped or given up (tests, shutdown). */
  drained(): Promise<void>;
  /** Stops taking notices and waits for the one being sent. */
  stop(): Promise<void>;
}

export const NOTIFY_WINDOW_MS = 60 * 60_000;

export function createNotifier(config: NotifierConfig): Notifier {
  const timeoutMs = config.timeoutMs ?? 10_000;
  const channels =
    config.channels ??
    [
      config.slackWebhookUrl ? slackChannel(config.slackWebhookUrl, timeoutMs) : undefined,
      config.webhookUrl ? webhookChannel(config.webhookUrl, timeoutMs) : undefined,
    ].filter((c): c is Channel => c !== undefined);
  const log = config.log ?? ((line: string) => console.warn(line));
  const now = config.now ?? Date.now;
  const maxQueued = config.maxQueued ?? 1_000;
  const queue: GroupNotice[] = [];
  let working: Promise<void> | undefined;
  let stopped = false;
  let waiters: (() => void)[] = [];

  const deliver = async (notice: GroupNotice) => {
    const ignored = notice.status === 'ignored' || (await config.isIgnored?.(notice));
    if (ignored) return;
    const store = await config.store();
    const scope = { accountId: notice.accountId, region: notice.region };
    const claimedAt = now();
    if (!(await store.claimNotification(scope, notice.groupId, claimedAt, config.windowMs ?? NOTIFY_WINDOW_MS))) return;
    const url = groupPageUrl(config.publicUrl, notice);
    const delivered = await Promise.all(channels.map((channel) => sendWithRetries(channel, notice, url, config, now, log)));
    if (!delivered.some(Boolean)) await store.releaseNotification(scope, notice.groupId, claimedAt);
  };

  const pump = () => {
    if (working || stopped) return;
    working = (async () => {
      while (queue.length > 0 && !stopped) {
        const notice = queue.shift() as GroupNotice;
        await deliver(notice).catch((error: unknown) => log(`[notify] group ${notice.groupId}: ${messageOf(error)}`));
      }
    })().finally(() => {
      working = undefined;
      if (queue.length === 0 || stopped) for (const resolve of waiters.splice(0)) resolve();
      else pump();
    });
  };

  return {
    enabled: channels.length > 0,
    notify(notice) {
      if (stopped || channels.length === 0) return;
      queue.push(notice);
      if (queue.length > maxQueued) log(`[notify] too many notices waiting: dropped the one for group ${queue.shift()?.groupId}`);
      pump();
    },
    drained() {
      if (!working && queue.length === 0) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
    async stop() {
      stopped = true;
      queue.length = 0;
      await working;
      for (const resolve of waiters.splice(0)) resolve();
      waiters = [];
    },
  };
}

/** True when the channel took the message; false once it has given up. */
async function sendWithRetries(channel: Channel, notice: GroupNotice, url: string, config: NotifierConfig, now: () => number, log: (line: string) => void): Promise<boolean> {
  const attempts = Math.max(1, config.attempts ?? 4);
  const backoff = config.backoffMs ?? 1_000;
  for (let attempt = 1; ; attempt++) {
    try {
      await channel.send(notice, url, now());
      return true;
    } catch (error) {
      const last = attempt >= attempts || error instanceof PermanentError;
      log(`[notify] ${channel.name}: sending group ${notice.groupId} failed (attempt ${attempt} of ${attempts}): ${messageOf(error)}${last ? '; giving up' : ''}`);
      if (last) return false;
      await new Promise((resolve) => setTimeout(resolve, backoff * 2 ** (attempt - 1)));
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
