import { describe, expect, it } from 'vitest';
import { fencedQuote } from './fenced-quote';

describe('fencedQuote', () => {
  it('takes the blocks of a post with prose around them, joined by a blank line', () => {
    expect(fencedQuote('It fails with:\n\n```text\nClientError: boom\nline two\n```\n\nand then:\n~~~\nsecond\n~~~')).toBe('ClientError: boom\nline two\n\nsecond');
  });

  it("takes Slack's blocks, opened and closed on the quote's own lines", () => {
    expect(fencedQuote('alert:\n```AlgorithmError: x\nExitCode 1```\nJob: `j-1`')).toBe('AlgorithmError: x\nExitCode 1');
    expect(fencedQuote('alert: \n```ResourceLimitExceeded: too many```')).toBe('ResourceLimitExceeded: too many');
  });

  it('runs a block left open to the end, and closes a block only with a fence as long as its opening', () => {
    expect(fencedQuote('see:\n````\na\n```\nb')).toBe('a\n```\nb');
  });

  it('is undefined with no prose, no block, or only empty blocks', () => {
    expect(fencedQuote('```\nClientError: boom\n```')).toBeUndefined();
    expect(fencedQuote('ClientError: boom')).toBeUndefined();
    expect(fencedQuote('words\n```\n\n```')).toBeUndefined();
    expect(fencedQuote('inline ``` marks in a sentence')).toBeUndefined();
  });
});
