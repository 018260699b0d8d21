import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '@/lib/store/open-store';
import type { Store } from '@/lib/store/types';
import { tempStore } from '../testing/emulator';
import type { GroupNotice } from './notice';
import { createNotifier, type Notifier, type NotifierConfig } from './notifier';

/** A local stand-in for Slack and for a generic webhook receiver: records what arrives, answers as told. */
interface Received {
  path: string;
  contentType: string | undefined;
  body: unknown;
}
let server: Server;
let base: string;
const received: Received[] = [];
/** Statuses to answer with, per path, in order; then 200. */
const scripted = new Map<string, number[]>();
let delayMs = 0;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => {
      const path = req.url ?? '/';
      const status = scripted.get(path)?.shift() ?? 200;
      setTimeout(() => {
        if (status === 200) received.push({ path, contentType: req.headers['content-type'], body: JSON.parse(text) });
        res.writeHead(status, { 'content-type': 'text/plain' });
        res.end(status === 200 ? 'ok' : 'no_service');
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const open: { store: Store; notifier: Notifier }[] = [];
afterEach(async () => {
  for (const { store, notifier } of open.splice(0)) {
    await notifier.stop();
    await store.close();
  }
  received.length = 0;
  scripted.clear();
  delayMs = 0;
});

const notice: GroupNotice = {
  kind: 'new-group',
  groupId: 'g-s3-read-ml-train-acme-data',
  title: 'ml-train cannot read s3://acme-data/train/ <script>',
  cause: 's3-read',
  accountId: '111122223333',
  region: 'us-east-1',
  count: 3,
  jobName: 'nlp-intent-bert-run-120',
};

async function notifierWith(config: Partial<NotifierConfig> = {}) {
  const store = await openStore(tempStore());
  const logs: string[] = [];
  let clock = Date.parse('2026-11-28T10:00:00Z');
  const notifier = createNotifier({
    store: async () => store,
    slackWebhookUrl: `${base}/slack`,
    webhookUrl: `${base}/hook`,
    publicUrl: 'https://jobtriage.example.com/',
    backoffMs: 10,
    now: () => clock,
    log: (line) => void logs.push(line),
    ...config,
  });
  open.push({ store, notifier });
  return { notifier, logs, advance: (ms: number) => (clock += ms) };
}

const LINK = 'https://jobtriage.example.com/groups/g-s3-read-ml-train-acme-data?region=us-east-1&account=111122223333';

describe('notifications', () => {
  it('posts Slack blocks through @slack/webhook and a generic JSON document, both linking to the group page', async () => {
    const { notifier } = await notifierWith();
    notifier.notify(notice);
    await notifier.drained();
    const slack = received.find((r) => r.path === '/slack');
    expect(slack?.contentType).toContain('application/json');
    expect(slack?.body).toMatchObject({
      text: 'New failure group: ml-train cannot read s3://acme-data/train/ <script> (3 failures, latest nlp-intent-bert-run-120)',
      blocks: [
        // Text, never markup: Slack's control characters are escaped inside the link label.
        { type: 'section', text: { type: 'mrkdwn', text: `*New failure group*\n<${LINK}|ml-train cannot read s3://acme-data/train/ &lt;script&gt;>` } },
        { type: 'section', fields: expect.arrayContaining([{ type: 'mrkdwn', text: '*Cause*\ns3-read' }]) },
      ],
    });
    const hook = received.find((r) => r.path === '/hook');
    expect(hook?.contentType).toBe('application/json');
    expect(hook?.body).toEqual({
      type: 'jobtriage.group.new',
      kind: 'new-group',
      group: { id: notice.groupId, title: notice.title, cause: 's3-read', count: 3, url: LINK },
      accountId: '111122223333',
      region: 'us-east-1',
      jobName: 'nlp-intent-bert-run-120',
      sentAt: '2026-11-28T10:00:00.000Z',
    });
  });

  it('sends at most one message per group per hour (a regression included); another group has its own hour', async () => {
    const { notifier, advance } = await notifierWith();
    notifier.notify(notice);
    notifier.notify({ ...notice, kind: 'regression', count: 4 });
    notifier.notify({ ...notice, groupId: 'g-other' });
    await notifier.drained();
    expect(received.filter((r) => r.path === '/hook').map((r) => (r.body as { group: { id: string } }).group.id)).toEqual([notice.groupId, 'g-other']);
    advance(59 * 60_000);
    notifier.notify({ ...notice, kind: 'regression' });
    await notifier.drained();
    expect(received.filter((r) => r.path === '/hook')).toHaveLength(2);
    advance(60_000);
    notifier.notify({ ...notice, kind: 'regression', count: 5 });
    await notifier.drained();
    expect(received.filter((r) => r.path === '/hook').at(-1)?.body).toMatchObject({ type: 'jobtriage.group.regression', group: { count: 5 } });
  });

  it('keeps ignored groups quiet, by the notice status or by the groups code', async () => {
    const { notifier } = await notifierWith({ isIgnored: (n) => n.groupId === 'g-muted' });
    notifier.notify({ ...notice, status: 'ignored' });
    notifier.notify({ ...notice, groupId: 'g-muted' });
    await notifier.drained();
    expect(received).toEqual([]);
  });

  it('retries a failing receiver with back-off and logs each failure; a 4xx is not retried', async () => {
    const { notifier, logs } = await notifierWith();
    scripted.set('/slack', [500, 503]);
    scripted.set('/hook', [404]);
    notifier.notify(notice);
    await notifier.drained();
    expect(received.map((r) => r.path)).toEqual(['/slack']);
    expect(logs.filter((l) => l.startsWith('[notify] slack'))).toHaveLength(2);
    expect(logs).toContainEqual(expect.stringMatching(/^\[notify\] webhook: .*attempt 1 of 4\): the webhook answered HTTP 404; giving up$/));
  });

  it('gives up after the bounded attempts, and logs it', async () => {
    const { notifier, logs } = await notifierWith({ attempts: 3, slackWebhookUrl: undefined });
    scripted.set('/hook', [500, 500, 500, 500]);
    notifier.notify(notice);
    await notifier.drained();
    expect(received).toEqual([]);
    expect(logs.at(-1)).toMatch(/attempt 3 of 3\): the webhook answered HTTP 500; giving up/);
  });

  it('gives the hour back when no channel delivered, so the next failure tries again; one delivery keeps it', async () => {
    const { notifier, advance } = await notifierWith({ attempts: 2, slackWebhookUrl: undefined });
    scripted.set('/hook', [500, 500]);
    notifier.notify(notice);
    await notifier.drained();
    expect(received).toEqual([]);
    advance(60_000);
    notifier.notify({ ...notice, count: 4 });
    await notifier.drained();
    expect(received.map((r) => (r.body as { group?: { count?: number } }).group?.count)).toEqual([4]);
    // Delivered: the hour is taken.
    advance(60_000);
    notifier.notify({ ...notice, count: 5 });
    await notifier.drained();
    expect(received).toHaveLength(1);
  });

  it('never blocks the caller: notify returns at once while a slow receiver answers later', async () => {
    const { notifier } = await notifierWith();
    delayMs = 1_000;
    const started = performance.now();
    notifier.notify(notice);
    expect(performance.now() - started).toBeLessThan(50);
    expect(received).toEqual([]);
    await notifier.drained();
    expect(received).toHaveLength(2);
  });

  it('without a URL it is disabled and sends nothing', async () => {
    const { notifier } = await notifierWith({ slackWebhookUrl: undefined, webhookUrl: undefined });
    expect(notifier.enabled).toBe(false);
    notifier.notify(notice);
    await notifier.drained();
    expect(received).toEqual([]);
  });
});
