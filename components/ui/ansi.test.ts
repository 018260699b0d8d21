import { describe, expect, it } from 'vitest';
import { parseAnsi, stripAnsi } from './ansi';

const ESC = '\u001b';

describe('parseAnsi', () => {
  it.each([
    ['plain text', 'hello', [{ text: 'hello' }]],
    ['a red word', `${ESC}[31mERROR${ESC}[0m done`, [{ text: 'ERROR', fg: 'red' }, { text: ' done' }]],
    ['bold bright yellow', `${ESC}[1;93mWARN${ESC}[0m`, [{ text: 'WARN', fg: 'yellow', bright: true, bold: true }]],
    ['default foreground resets colour only', `${ESC}[1;32mok${ESC}[39m!`, [{ text: 'ok', fg: 'green', bold: true }, { text: '!', bold: true }]],
    ['empty params mean reset', `${ESC}[34mblue${ESC}[mplain`, [{ text: 'blue', fg: 'blue' }, { text: 'plain' }]],
    ['cursor moves are dropped', `a${ESC}[2Kb${ESC}[1Ac`, [{ text: 'abc' }]],
    ['256-colour parameters are skipped, not misread', `${ESC}[38;5;196mx${ESC}[0m`, [{ text: 'x' }]],
    ['OSC titles are dropped', `${ESC}]0;title\u0007text`, [{ text: 'text' }]],
  ])('%s', (_name, input, expected) => {
    expect(parseAnsi(input)).toEqual(expected);
  });

  it('keeps HTML as characters: it is text, not markup', () => {
    const line = `${ESC}[31m<img src=x onerror=alert(1)>${ESC}[0m`;
    expect(parseAnsi(line)).toEqual([{ text: '<img src=x onerror=alert(1)>', fg: 'red' }]);
  });

  it('returns nothing for an empty line', () => {
    expect(parseAnsi('')).toEqual([]);
  });
});

describe('stripAnsi', () => {
  it('removes every escape sequence and keeps the text', () => {
    expect(stripAnsi(`${ESC}[1m${ESC}[31mTraceback${ESC}[0m (most recent call last):`)).toBe('Traceback (most recent call last):');
  });
});
