import { describe, expect, it } from 'vitest';
import { fencedQuote } from './fenced-quote';

describe('fencedQuote', () => {
  it('takes the blocks of a post with prose around them, joined by a blank line', () => {
    expect(fencedQuote('It fails with:\n\n```text\nClientError: boom\nline two\n```\n\nand then:\n~~~\nsecond\n~~~')?.quote).toBe('ClientError: boom\nline two\n\nsecond');
  });

  it("takes Slack's blocks, opened and closed on the quote's own lines", () => {
    expect(fencedQuote('alert:\n```AlgorithmError: x\nExitCode 1```\nJob: `j-1`')?.quote).toBe('AlgorithmError: x\nExitCode 1\n\nj-1');
    expect(fencedQuote('alert: \n```ResourceLimitExceeded: too many```')?.quote).toBe('ResourceLimitExceeded: too many');
  });

  it("takes the prose's inline code spans, and its lines that quote an error in the error's shape, whole", () => {
    expect(fencedQuote('It died saving `epoch_11.pt` with `OSError: [Errno 28]`.\n```\nExitCode 1\n```\nThe log ends in botocore.exceptions.ClientError: An error occurred (ExpiredToken) when calling it.')?.quote).toBe(
      'It died saving epoch_11.pt with OSError: [Errno 28].\n\nExitCode 1\n\nThe log ends in botocore.exceptions.ClientError: An error occurred (ExpiredToken) when calling it.',
    );
    expect(fencedQuote('Bumped `volume_size` to `100` in case.\n```\nboom\n```')?.quote).toBe('volume_size\n\n100\n\nboom');
    expect(fencedQuote('I assumed it was out of capacity, we hit a CapacityError the same day.\n```\nboom\n```')?.quote).toBe('boom');
  });

  it("leaves out a block of the writer's own code, unless it reports an error all the same", () => {
    const post = fencedQuote('My retry helper:\n```python\nif code == "ThrottlingException":\n    sleep(1)\n```\nIt fails.');
    expect(post?.quote).toBe('');
    expect(post?.withoutCode).toBe('My retry helper:\nIt fails.');
    expect(fencedQuote('Log:\n```python\nTraceback (most recent call last):\nKeyError: 1\n```')?.quote).toBe('Traceback (most recent call last):\nKeyError: 1');
  });

  it('runs a block left open to the end, and closes a block only with a fence as long as its opening', () => {
    expect(fencedQuote('see:\n````\na\n```\nb')?.quote).toBe('a\n```\nb');
  });

  it('is undefined with no prose, no block, or only empty blocks', () => {
    expect(fencedQuote('```\nClientError: boom\n```')?.quote).toBeUndefined();
    expect(fencedQuote('ClientError: boom')?.quote).toBeUndefined();
    expect(fencedQuote('words\n```\n\n```')?.quote).toBeUndefined();
    expect(fencedQuote('inline ``` marks in a sentence')?.quote).toBeUndefined();
  });

  it("ranks the pieces nearest the job's own words first: a labelled FailureReason, then what was copied, then a span mentioned", () => {
    const post = fencedQuote('We hit `ResourceLimitExceeded` last week.\n```\nInternalServerError: boom\n```\nand then\n```\nFailureReason: AlgorithmError: x\n```');
    expect(post?.narrower).toEqual(['FailureReason: AlgorithmError: x', 'InternalServerError: boom\n\nFailureReason: AlgorithmError: x']);
    expect(post?.quote).toBe('ResourceLimitExceeded\n\nInternalServerError: boom\n\nFailureReason: AlgorithmError: x');
    expect(post?.withoutCode).toBeUndefined();
    expect(fencedQuote('It fails:\n```\nboom\n```')?.narrower).toEqual([]);
  });
});
