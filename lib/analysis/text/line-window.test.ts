import { describe, expect, it } from 'vitest';
import { lineContinuedAt, linesAround, linesAroundExcerpt, linesNaming } from './line-window';

const LOG = ['a', 'b', 'c', 'MATCH here', 'd', 'e'].join('\n');
const at = LOG.indexOf('MATCH');

describe('linesAround', () => {
  it('takes the asked lines before and after the match line', () => {
    expect(linesAround(LOG, at, 5, { before: 0, after: 0 })).toBe('MATCH here');
    expect(linesAround(LOG, at, 5, { before: 2, after: 1 })).toBe('b\nc\nMATCH here\nd');
    expect(linesAround(LOG, at, 5, { before: 9, after: 9 })).toBe(LOG);
  });

  it("starts at the head of the traceback the match ends", () => {
    const text = 'log\nTraceback (most recent call last):\n  File "t.py", line 1\n    f()\nKeyError: MATCH';
    expect(linesAround(text, text.indexOf('MATCH'), 5, { before: 0, after: 0, traceback: true })).toBe(text.slice(4));
  });

  it('counts only frame lines before the match when asked', () => {
    const text = 'SM_HPS={"lr": 1}\n  File "t.py", line 1\n    x = float(v)\nValueError: MATCH';
    expect(linesAround(text, text.indexOf('MATCH'), 5, { before: 6, after: 0, framesOnly: true })).toBe(text.slice(text.indexOf('  File')));
  });

  it('is the whole text when the excerpt is not in it', () => {
    expect(linesAroundExcerpt(LOG, 'nowhere', { before: 0, after: 0 })).toBe(LOG);
  });
});

describe('linesAround at the end of a line', () => {
  it('does not take the next line when the match ends right at its line break', () => {
    const text = 'HTTP Error 403: Forbidden\nDownloading https://example.com/x';
    expect(linesAround(text, text.indexOf('403'), '403: Forbidden'.length, { before: 0, after: 0 })).toBe('HTTP Error 403: Forbidden');
    expect(linesAround(text, text.indexOf('403'), '403: Forbidden'.length, { before: 0, after: 1 })).toBe(text);
  });
});

describe("linesAround at the unwrapper's boundary", () => {
  it('does not cross from a FailureReason into the log kept after it, nor back', () => {
    const text = 'ClientError: 403 Forbidden\n\f\nDownloading model\nLoading checkpoint shards';
    expect(linesAround(text, text.indexOf('403'), 3, { before: 2, after: 5 })).toBe('ClientError: 403 Forbidden');
    const at = text.indexOf('Loading');
    expect(linesAround(text, at, 7, { before: 5, after: 0 })).toBe('Downloading model\nLoading checkpoint shards');
  });
});

describe('linesNaming', () => {
  it('joins each line that holds the word once, in order', () => {
    const text = 'a mount\nb\nMount c mount\nd';
    expect(linesNaming(text, 'mount')).toBe('a mount\nMount c mount');
    expect(linesNaming('x', 'mount')).toBe('');
    expect(linesNaming('mount', 'mount')).toBe('mount');
  });
});

describe('lineContinuedAt', () => {
  it("gives the line a Go 'caused by:' line continues, and nothing for any other line", () => {
    const text = 'first\nRequestError: send request failed, will retry\ncaused by: Put "http://169.254.169.254/latest/api/token": i/o timeout';
    expect(lineContinuedAt(text, text.indexOf('169.254'))).toBe('RequestError: send request failed, will retry');
    expect(lineContinuedAt(text, text.indexOf('send request'))).toBe('');
    expect(lineContinuedAt('caused by: x', 3)).toBe('');
  });
});
