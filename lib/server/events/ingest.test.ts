import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '@/emulator/server';
import { testScenario, TEST_NOW } from '@/emulator/testing/harness';
import type { LiveEventsConfig } from './start-events';
import { recordFailure } from '../groups/record-failure';
import { getJobDetail } from '../job-detail';
import type { GroupNotice } from '../notify/notice';
import type { Services, ServicesOptions } from '../services';
import { isProven } from '../stored-diagnosis';
import { TEST_ACCOUNT, testServices } from '../testing/emulator';

/**
 * Live ingest end to end: the local endpoint fails a job and puts SageMaker's events on its queue;
 * the app's poller (the real SQS client through the client pool) records the job in the store.
 */
const SCOPE = { accountId: TEST_ACCOUNT, region: 'us-east-1' };
let emulator: Emulator | undefined;
let services: Services | undefined;

afterEach(async () => {
  await services?.close();
  await emulator?.close();
  services = emulator = undefined;
});

async function start(queue?: (url: string) => string, extra: { onRecorded?: LiveEventsConfig['onRecorded']; notify?: ServicesOptions['notify']; now?: Date } = {}) {
  emulator = createEmulator({ scenario: testScenario(), now: extra.now ?? TEST_NOW });
  const url = await emulator.listen(0);
  const calls: string[] = [];
  const logs: string[] = [];
  const recorded: string[] = [];
  services = testServices(url, {
    accountId: TEST_ACCOUNT,
    onCall: (call) => calls.push(`${call.service}:${call.operation}`),
    events: {
      queueUrl: queue ? queue(url) : emulator.eventsQueueUrl,
      region: 'us-east-1',
      regions: ['us-east-1', 'eu-west-1'],
      waitSeconds: 1,
      visibilitySeconds: 2,
      backoffMs: 50,
      onRecorded: async (ctx, name, notifier) => {
        await extra.onRecorded?.(ctx, name, notifier);
        recorded.push(name);
      },
      log: (line) => void logs.push(line),
    },
    ...(extra.notify ? { notify: extra.notify } : {}),
  });
  const queueState = emulator.queues.find('us-east-1', TEST_ACCOUNT, 'jobtriage-events');
  return { emulator, services, calls, logs, recorded, queue: queueState! };
}

async function until<T>(what: string, check: () => Promise<T | undefined> | T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function storedNames(s: Services): Promise<string[]> {
  const page = await (await s.store()).listJobs(SCOPE, { status: 'Failed', limit: 100, offset: 0 });
  return page.rows.map((row) => row.ref.name);
}

describe('live ingest from the events queue', () => {
  it('a job failed on the endpoint is in the store within seconds, described and proven, with no ListTrainingJobs call', async () => {
    const t = await start();
    const started = Date.now();
    expect(t.emulator.failJob({ like: 'train-failed-c', name: 'train-failed-c-live' }).ok).toBe(true);
    await until('the job in the store', async () => (await storedNames(t.services)).includes('train-failed-c-live'));
    expect(Date.now() - started).toBeLessThan(5_000);

    await until('the proof to settle', () => t.recorded.includes('train-failed-c-live'));
    const diagnosis = await (await t.services.store()).getDiagnosis(SCOPE, 'train-failed-c-live');
    // Proven from the evidence (not only the failure text), as a listed job would be: the same
    // role and bucket as the job it repeats, so the same cause.
    expect(isProven(diagnosis)).toBe(true);
    expect(diagnosis?.cause).toBe('bucket-policy');
    expect(t.calls).toContain('sagemaker:DescribeTrainingJob');
    expect(t.calls).not.toContain('sagemaker:ListTrainingJobs');
    // Both events (InProgress, ignored; Failed, recorded) were deleted from the queue once handled.
    await until('the queue to empty', () => t.queue.messages.length === 0);
    expect(t.services.events?.counts).toMatchObject({ recorded: 1, ignored: 1, invalid: 0 });
  });

  it('a duplicate delivery is harmless; bad messages are logged and deleted; another account is ignored', async () => {
    const t = await start();
    t.emulator.failJob({ like: 'train-failed-b', name: 'train-failed-b-live' });
    await until('the proof to settle', () => t.recorded.includes('train-failed-b-live'));
    const before = await storedNames(t.services);
    const event = {
      version: '0',
      id: 'a-duplicate',
      'detail-type': 'SageMaker Training Job State Change',
      source: 'aws.sagemaker',
      account: TEST_ACCOUNT,
      time: '2026-06-01T12:00:00Z',
      region: 'us-east-1',
      resources: [],
      detail: { TrainingJobName: 'train-failed-b-live', TrainingJobStatus: 'Failed', CreationTime: Date.parse('2026-06-01T11:00:00Z') },
    };
    t.emulator.queues.send(t.queue, JSON.stringify(event));
    t.emulator.queues.send(t.queue, 'not json at all');
    t.emulator.queues.send(t.queue, JSON.stringify({ ...event, detail: { TrainingJobStatus: 'Failed' } }));
    t.emulator.queues.send(t.queue, JSON.stringify({ ...event, account: '999988887777' }));
    await until('every message handled', () => t.queue.messages.length === 0);
    expect(t.services.events?.counts).toMatchObject({ recorded: 2, invalid: 2, ignored: 2 });
    expect(await storedNames(t.services)).toEqual(before);
    expect(t.logs.filter((l) => l.includes('dropped a message'))).toHaveLength(2);
    expect(t.logs.some((l) => l.includes('does not read account 999988887777'))).toBe(true);
  });

  it('a new failure that opens a group is announced once, linking to the group page', async () => {
    const sent: { notice: GroupNotice; url: string }[] = [];
    // The endpoint's clock is the app's here: a failure is news only within the hour it happened.
    const t = await start(undefined, {
      now: new Date(),
      notify: { publicUrl: 'http://dash.test', channels: [{ name: 'memory', send: async (notice, url) => void sent.push({ notice, url }) }] },
    });
    t.emulator.failJob({ like: 'train-failed-c', name: 'train-failed-c-notified' });
    await until('the proof to settle', () => t.recorded.includes('train-failed-c-notified'));
    await t.services.notifier.drained();
    const ctx = await t.services.context({ region: 'us-east-1' });
    if (!ctx.ok) throw new Error(ctx.error.message);
    const placed = await recordFailure(ctx.value, 'train-failed-c-notified');
    expect(placed).toMatchObject({ event: 'new-group', fresh: false });
    expect(sent).toEqual([
      {
        notice: expect.objectContaining({ kind: 'new-group', groupId: placed?.groupId, cause: 'bucket-policy', count: 1, jobName: 'train-failed-c-notified', accountId: TEST_ACCOUNT, region: 'us-east-1' }),
        url: `http://dash.test/groups/${placed?.groupId}?region=us-east-1&account=${TEST_ACCOUNT}`,
      },
    ]);

    // Asked again (a re-run triage), the same job is not news twice.
    expect((await getJobDetail(ctx.value, 'train-failed-c-notified', { refresh: true })).ok).toBe(true);
    await t.services.notifier.drained();
    expect(sent).toHaveLength(1);
  });

  it('a failure from more than an hour ago opens its group quietly (history, not news)', async () => {
    const sent: GroupNotice[] = [];
    const t = await start(undefined, { notify: { publicUrl: 'http://dash.test', channels: [{ name: 'memory', send: async (notice) => void sent.push(notice) }] } });
    t.emulator.failJob({ like: 'train-failed-c', name: 'train-failed-c-long-ago' });
    await until('the proof to settle', () => t.recorded.includes('train-failed-c-long-ago'));
    await t.services.notifier.drained();
    const ctx = await t.services.context({ region: 'us-east-1' });
    if (!ctx.ok) throw new Error(ctx.error.message);
    expect(await recordFailure(ctx.value, 'train-failed-c-long-ago')).toMatchObject({ event: 'new-group' });
    expect(sent).toEqual([]);
  });

  it('a queue it cannot read is logged and retried with back-off; the server keeps running and stops cleanly', async () => {
    const t = await start((url) => `${url}/${TEST_ACCOUNT}/no-such-queue`);
    await until('two failed receives', () => (t.services.events?.counts.receiveFailures ?? 0) >= 2);
    expect(t.logs[0]).toMatch(/could not read .*no-such-queue \(not-found: QueueDoesNotExist/);
    const stopping = Date.now();
    await t.services.close();
    services = undefined;
    expect(Date.now() - stopping).toBeLessThan(2_000);
  });

  it('stopping mid long poll returns at once', async () => {
    const t = await start();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stopping = Date.now();
    await t.services.close();
    services = undefined;
    expect(Date.now() - stopping).toBeLessThan(900);
  });
});
