import { describe, expect, it } from 'vitest';
import { fakeAws } from './testing/fake-clients';
import { getJobLogs, mergeLines, streamPrefix } from './logs';
import { fakeHandler, jsonOk } from './testing/fake-handler';

const line = (second: number, message: string, matched = false) => ({ timestamp: new Date(Date.UTC(2026, 10, 23, 8, 0, second)).toISOString(), message, matched });

describe('mergeLines', () => {
  it('puts earlier matched lines before the tail, in time order', () => {
    const tail = [line(50, 'step 50'), line(51, 'step 51')];
    const matched = [line(3, 'Traceback (most recent call last):', true)];
    expect(mergeLines(tail, matched).map((l) => l.message)).toEqual(['Traceback (most recent call last):', 'step 50', 'step 51']);
  });

  it('marks a tail line that also matched instead of repeating it', () => {
    const tail = [line(50, 'step 50'), line(51, 'RuntimeError: CUDA out of memory.')];
    const matched = [line(51, 'RuntimeError: CUDA out of memory.', true)];
    expect(mergeLines(tail, matched)).toEqual([line(50, 'step 50'), line(51, 'RuntimeError: CUDA out of memory.', true)]);
  });

  it('keeps distinct lines that share a timestamp, in the order AWS gave them', () => {
    const tail = [line(9, 'a'), line(9, 'b'), line(9, 'c')];
    expect(mergeLines(tail, []).map((l) => l.message)).toEqual(['a', 'b', 'c']);
  });
});

describe('streamPrefix', () => {
  it('ends with a slash so one job never picks up another job whose name extends it', () => {
    expect(streamPrefix('foo')).toBe('foo/');
    expect('foo-2/algo-1-1700000000'.startsWith(streamPrefix('foo'))).toBe(false);
  });
});

describe('getJobLogs', () => {
  it('a stream past the listing cap still shows its matched lines, marked truncated', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIDEXAMPLE';
    process.env.AWS_SECRET_ACCESS_KEY = 'test-secret';
    let page = 0;
    const handler = fakeHandler((req) => {
      if (req.operation.endsWith('DescribeLogStreams')) {
        page += 1;
        const logStreams = Array.from({ length: 50 }, (_, i) => ({ logStreamName: `j/algo-${page * 50 + i}-1700000000` }));
        return jsonOk({ logStreams, nextToken: `p${page}` });
      }
      if (req.operation.endsWith('FilterLogEvents')) {
        return jsonOk({ events: [{ logStreamName: 'j/algo-999-1700000000', timestamp: 1_700_000_000_000, message: 'RuntimeError: CUDA out of memory.' }] });
      }
      return jsonOk({ events: [], nextForwardToken: 'f', nextBackwardToken: 'b' });
    });
    const logs = await getJobLogs(fakeAws(handler), 'j');
    expect(logs.ok && logs.value.streams.find((s) => s.name === 'j/algo-999-1700000000')).toMatchObject({
      truncated: true,
      lines: [{ message: 'RuntimeError: CUDA out of memory.', matched: true }],
    });
  });
});
