import {
  CloudWatchLogsClient,
  DescribeLogStreamsCommand,
  FilterLogEventsCommand,
  GetLogEventsCommand,
  paginateDescribeLogStreams,
} from '@aws-sdk/client-cloudwatch-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection, startTestEmulator, TEST_NOW, type Running } from '../testing/harness';

const GROUP = '/aws/sagemaker/TrainingJobs';
const STREAM = 'train-failed-a/algo-1-1700000000';
let running: Running;
let client: CloudWatchLogsClient;

beforeAll(async () => {
  running = await startTestEmulator();
  client = new CloudWatchLogsClient(running.config());
});
afterAll(() => running.emulator.close());

describe('DescribeLogStreams', () => {
  it('finds a job\'s streams by the "<job>/" prefix without picking up a job that shares the name', async () => {
    const page = await client.send(new DescribeLogStreamsCommand({ logGroupName: GROUP, logStreamNamePrefix: 'train-failed-a/' }));
    expect(page.logStreams?.map((s) => s.logStreamName)).toEqual([STREAM, 'train-failed-a/algo-2-1700000000']);
    const first = page.logStreams?.[0];
    expect(first?.arn).toBe(`arn:aws:logs:us-east-1:111122223333:log-group:${GROUP}:log-stream:${STREAM}`);
    expect(first?.lastEventTimestamp).toBeGreaterThan(first?.firstEventTimestamp ?? Infinity);
  });

  it('pages with nextToken when the group holds more streams than a page', async () => {
    const many = await startTestEmulator({ pageSize: 1 });
    const paged = new CloudWatchLogsClient(many.config());
    const names: string[] = [];
    for await (const page of paginateDescribeLogStreams({ client: paged }, { logGroupName: GROUP })) {
      names.push(...(page.logStreams ?? []).map((s) => s.logStreamName ?? ''));
    }
    expect(names).toEqual(['train-failed-a-2/algo-1-1700000001', STREAM, 'train-failed-a/algo-2-1700000000']);
    await many.emulator.close();
  });

  it('answers an unknown group with ResourceNotFoundException', async () => {
    const error = await rejection(client.send(new DescribeLogStreamsCommand({ logGroupName: '/aws/nope' })));
    expect(error.name).toBe('ResourceNotFoundException');
    expect(error.message).toBe('The specified log group does not exist.');
    expect(error.$metadata.httpStatusCode).toBe(400);
  });
});

describe('GetLogEvents', () => {
  async function readAll(input: { startTime?: number; endTime?: number }) {
    const events: string[] = [];
    let token: string | undefined;
    let pages = 0;
    let emptyPages = 0;
    for (;;) {
      const page = await client.send(
        new GetLogEventsCommand({ logGroupName: GROUP, logStreamName: STREAM, startFromHead: true, nextToken: token, ...input }),
      );
      pages += 1;
      if ((page.events ?? []).length === 0) emptyPages += 1;
      events.push(...(page.events ?? []).map((e) => e.message ?? ''));
      // The end: the forward token comes back as sent.
      if (page.nextForwardToken === token) break;
      token = page.nextForwardToken;
      if (pages > 50) throw new Error('no end in sight');
    }
    return { events, pages, emptyPages };
  }

  it('reads a whole stream forward, ending when nextForwardToken repeats', async () => {
    const { events, pages } = await readAll({});
    expect(events).toHaveLength(26);
    expect(events[0]).toBe('Epoch 1/3 step 1');
    expect(events).toContain('<img src=x onerror=alert(1)>');
    expect(events).toContain('\u001b[31mERROR\u001b[0m training failed');
    expect(pages).toBe(4);
  });

  it('returns empty pages before the end when the time window starts late in the stream', async () => {
    const startTime = TEST_NOW.getTime() - (8 * 60 + 29) * 60_000;
    const { events, emptyPages } = await readAll({ startTime });
    expect(events[0]).toContain('Saving checkpoint');
    expect(events).toHaveLength(5);
    expect(emptyPages).toBeGreaterThanOrEqual(2);
  });

  it('reads the newest events first without startFromHead, and pages backwards', async () => {
    const tail = await client.send(new GetLogEventsCommand({ logGroupName: GROUP, logStreamName: STREAM, limit: 3 }));
    expect(tail.events?.map((e) => e.message)).toEqual([
      '<img src=x onerror=alert(1)>',
      '\u001b[31mERROR\u001b[0m training failed',
      'sagemaker-training-toolkit ERROR    Reporting training FAILURE',
    ]);
    const before = await client.send(
      new GetLogEventsCommand({ logGroupName: GROUP, logStreamName: STREAM, limit: 2, nextToken: tail.nextBackwardToken }),
    );
    expect(before.events?.map((e) => e.message)).toEqual([
      'Saving checkpoint to s3://acme-output/checkpoints/train-failed-a/',
      'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
    ]);
  });

  it('accepts the group ARN as logGroupIdentifier', async () => {
    const page = await client.send(
      new GetLogEventsCommand({
        logGroupIdentifier: `arn:aws:logs:us-east-1:111122223333:log-group:${GROUP}`,
        logStreamName: STREAM,
        startFromHead: true,
        limit: 1,
      }),
    );
    expect(page.events?.[0]?.message).toBe('Epoch 1/3 step 1');
  });

  it('answers a deleted stream with ResourceNotFoundException', async () => {
    const error = await rejection(client.send(new GetLogEventsCommand({ logGroupName: GROUP, logStreamName: 'train-failed-b/algo-1-1' })));
    expect(error.name).toBe('ResourceNotFoundException');
    expect(error.message).toBe('The specified log stream does not exist.');
  });
});

describe('FilterLogEvents', () => {
  async function filterAll(filterPattern: string, extra: { logStreamNamePrefix?: string; logStreamNames?: string[] } = {}) {
    const found: { stream: string; message: string }[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await client.send(new FilterLogEventsCommand({ logGroupName: GROUP, filterPattern, nextToken: token, ...extra }));
      pages += 1;
      found.push(...(page.events ?? []).map((e) => ({ stream: e.logStreamName ?? '', message: e.message ?? '' })));
      token = page.nextToken;
    } while (token);
    return { found, pages };
  }

  it('matches all plain terms, case-sensitively, across the streams of one job', async () => {
    const { found, pages } = await filterAll('AccessDenied PutObject', { logStreamNamePrefix: 'train-failed-a/' });
    expect(found.map((f) => f.message)).toEqual([
      'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
    ]);
    // 29 events in the job's streams, scanned 20 per call: two pages.
    expect(pages).toBe(2);
    expect((await filterAll('accessdenied', { logStreamNamePrefix: 'train-failed-a/' })).found).toEqual([]);
  });

  it('matches any ?term, and keeps the prefix from reaching a job that shares the name', async () => {
    const { found } = await filterAll('?ERROR ?Traceback', { logStreamNamePrefix: 'train-failed-a/' });
    // Interleaved by time across the job's two streams.
    expect(found.map((f) => f.stream)).toEqual(['train-failed-a/algo-2-1700000000', STREAM, STREAM]);
    expect(found.map((f) => f.message)).toEqual(
      expect.arrayContaining(['ERROR worker lost connection to algo-1', 'sagemaker-training-toolkit ERROR    Reporting training FAILURE']),
    );
    expect(found.some((f) => f.stream.startsWith('train-failed-a-2/'))).toBe(false);
  });

  it('pages with nextToken over a group larger than one scan, with empty pages that are not the end', async () => {
    const { found, pages } = await filterAll('"Reporting training FAILURE"');
    expect(found).toHaveLength(1);
    expect(pages).toBeGreaterThan(1);
  });

  it('includes an event at endTime, where GetLogEvents leaves it out', async () => {
    const head = await client.send(new GetLogEventsCommand({ logGroupName: GROUP, logStreamName: STREAM, startFromHead: true, limit: 1 }));
    const first = head.events?.[0];
    if (first?.timestamp === undefined) throw new Error('the test stream has no events');
    const window = { startTime: first.timestamp, endTime: first.timestamp };
    const filtered = await client.send(new FilterLogEventsCommand({ logGroupName: GROUP, logStreamNames: [STREAM], ...window }));
    expect(filtered.events?.map((e) => e.message)).toContain(first.message);
    const got = await client.send(new GetLogEventsCommand({ logGroupName: GROUP, logStreamName: STREAM, startFromHead: true, ...window }));
    expect(got.events).toEqual([]);
  });

  it('limits to the named streams', async () => {
    const { found } = await filterAll('ERROR', { logStreamNames: ['train-failed-a-2/algo-1-1700000001'] });
    expect(found).toEqual([{ stream: 'train-failed-a-2/algo-1-1700000001', message: 'ERROR from the other job' }]);
  });
});
