import 'server-only';
import type { UseCaseResult } from '@/lib/dto/jobs';
import type { RequestContext } from '../context';
import { readEvent } from './read-event';

/**
 * One message from the events queue, handled: a failed training job is recorded in the store (in the
 * list at once, no listing call) and handed to the background sync to describe and prove. The answer
 * says what to do with the message: delete it (handled, or nothing to handle) or leave it for SQS
 * to deliver again (it could not be recorded now).
 */
export type IngestOutcome = 'recorded' | 'ignored' | 'invalid' | 'retry';

export interface IngestDeps {
  /**
   * The context of an account and region the dashboard reads; `undefined` when it reads no such
   * account or region (the event is not ours), a failed result when it cannot build one now.
   */
  contextFor(accountId: string, region: string): Promise<UseCaseResult<RequestContext> | undefined>;
  /**
   * Told once a recorded job's proof is made, so the failure-groups code can place it (new group,
   * regression, known) and notify. Runs after the message is deleted; its errors are logged.
   */
  onRecorded?: (ctx: RequestContext, jobName: string) => Promise<void> | void;
  log?: (line: string) => void;
}

export async function ingestMessage(body: string, deps: IngestDeps): Promise<IngestOutcome> {
  const log = deps.log ?? ((line: string) => console.warn(line));
  const event = readEvent(body);
  if (event.kind === 'invalid') {
    log(`[events] dropped a message: ${event.reason}`);
    return 'invalid';
  }
  if (event.kind === 'ignored') return 'ignored';
  const ctx = await deps.contextFor(event.accountId, event.region);
  if (!ctx) {
    log(`[events] ignored ${event.jobName}: the dashboard does not read account ${event.accountId} in ${event.region}`);
    return 'ignored';
  }
  if (!ctx.ok) {
    log(`[events] could not record ${event.jobName} now, SQS will deliver it again: ${ctx.error.message}`);
    return 'retry';
  }
  try {
    // A duplicate delivery writes the same row again and queues no second proof: harmless.
    const { settled } = await ctx.value.syncs.record(ctx.value, { name: event.jobName, createdAt: event.createdAt, status: 'Failed' });
    void settled
      .then(() => deps.onRecorded?.(ctx.value, event.jobName))
      .catch((error: unknown) => log(`[events] after recording ${event.jobName}: ${String(error)}`));
    return 'recorded';
  } catch (error) {
    log(`[events] could not store ${event.jobName}, SQS will deliver it again: ${error instanceof Error ? error.message : String(error)}`);
    return 'retry';
  }
}
