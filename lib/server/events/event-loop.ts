import 'server-only';
import type { EventQueue } from '@/lib/aws/sqs';
import type { IngestOutcome } from './ingest';

/**
 * The process's one consumer of the events queue: long-polls, hands each message to `handle`, and
 * deletes it only once handled (so a crash or a store outage means redelivery, not loss). A failed
 * receive (network, permissions, a wrong URL) is logged and retried with exponential back-off; the
 * loop never throws into the server. Stopping aborts the poll in flight.
 */
export interface EventLoopOptions {
  queue: EventQueue;
  handle: (body: string) => Promise<IngestOutcome>;
  /** Long-poll wait (default 20 s, SQS's maximum: fewest empty receives). */
  waitSeconds?: number;
  /** How long a message in hand stays hidden (default 120 s): longer than recording takes. */
  visibilitySeconds?: number;
  /** First back-off after a failed receive (default 1 s), doubling to `maxBackoffMs` (default 60 s). */
  backoffMs?: number;
  maxBackoffMs?: number;
  log?: (line: string) => void;
}

export interface EventLoop {
  /** Messages handled so far, by outcome (the health line, tests). */
  readonly counts: Readonly<Record<IngestOutcome | 'receiveFailures', number>>;
  stop(): Promise<void>;
}

export function startEventLoop(options: EventLoopOptions): EventLoop {
  const log = options.log ?? ((line: string) => console.warn(line));
  const counts = { recorded: 0, ignored: 0, invalid: 0, retry: 0, receiveFailures: 0 };
  const stopping = new AbortController();
  const running = run(options, counts, log, stopping.signal).catch((error: unknown) => log(`[events] the poller stopped: ${String(error)}`));
  return {
    counts,
    async stop() {
      stopping.abort();
      await running;
    },
  };
}

async function run(options: EventLoopOptions, counts: Record<IngestOutcome | 'receiveFailures', number>, log: (line: string) => void, signal: AbortSignal) {
  const base = options.backoffMs ?? 1_000;
  const max = options.maxBackoffMs ?? 60_000;
  let failures = 0;
  while (!signal.aborted) {
    const got = await options.queue.receive({ waitSeconds: options.waitSeconds ?? 20, maxMessages: 10, visibilitySeconds: options.visibilitySeconds ?? 120, signal });
    if (signal.aborted) return;
    if (!got.ok) {
      counts.receiveFailures += 1;
      const wait = Math.min(max, base * 2 ** failures);
      failures += 1;
      log(`[events] could not read ${options.queue.queueUrl} (${got.missing.kind}: ${got.missing.message}); trying again in ${Math.round(wait / 1000)} s`);
      await sleep(wait, signal);
      continue;
    }
    failures = 0;
    for (const message of got.value) {
      const outcome = await options.handle(message.body).catch((error: unknown): IngestOutcome => {
        log(`[events] handling message ${message.id} failed: ${String(error)}`);
        return 'retry';
      });
      counts[outcome] += 1;
      if (outcome === 'retry') continue; // SQS delivers it again after the visibility timeout
      const removed = await options.queue.remove(message.receiptHandle);
      // Not deleted: it comes back, and handling it again is harmless.
      if (!removed.ok) log(`[events] could not delete message ${message.id} (${removed.missing.message}); it will be handled again`);
    }
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}
