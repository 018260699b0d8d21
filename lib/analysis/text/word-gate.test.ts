import { describe, expect, it } from 'vitest';
import { PERMISSION_RULES } from './permission-rules';
import { FAILURE_RULES } from './rules';
import { holds, holdsAny } from './word-gate';
import heldOut8 from './fixtures/held-out-8.json';
import heldOut15 from './fixtures/held-out-15.json';
import structure from './fixtures/structure.json';

// The gate must answer exactly as `includes` does: a gate that said "absent" for a word that is there
// would silently skip a pattern, and the verdict with it.
const texts = [...structure, ...heldOut8, ...heldOut15].map((f) => f.text.toLowerCase());
const ruleWords = [...PERMISSION_RULES, ...FAILURE_RULES].flatMap((r) => r.words);

/** Deterministic pieces of the texts themselves: every one is in its text, so the gate must say so. */
function piecesOf(text: string, count: number): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const start = (i * 7919) % Math.max(1, text.length);
    pieces.push(text.slice(start, start + 1 + (i % 14)));
  }
  return pieces;
}

describe('the word gate', () => {
  it('answers as includes for every rule word against every text', () => {
    const wrong: string[] = [];
    for (const text of texts) {
      for (const word of ruleWords) if (holds(text, word) !== text.includes(word)) wrong.push(`${word} in ${text.slice(0, 40)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('finds every piece of a text in it, and answers as includes for pieces of other texts', () => {
    const wrong: string[] = [];
    texts.forEach((text, i) => {
      for (const piece of piecesOf(text, 20)) if (!holds(text, piece)) wrong.push(piece);
      const other = texts[(i + 1) % texts.length] ?? '';
      for (const piece of piecesOf(other, 20)) if (holds(text, piece) !== text.includes(piece)) wrong.push(piece);
    });
    expect(wrong).toEqual([]);
  });

  it('reads a new text when the texts asked about alternate (the table belongs to one text at a time)', () => {
    const a = 'an error occurred (accessdenied) when calling the getobject operation';
    const b = 'cuda out of memory. tried to allocate 2.00 gib';
    for (let i = 0; i < 3; i += 1) {
      expect(holds(a, 'accessdenied')).toBe(true);
      expect(holds(b, 'accessdenied')).toBe(false);
      expect(holds(b, 'out of memory')).toBe(true);
      expect(holds(a, 'out of memory')).toBe(false);
    }
  });

  it.each([
    ['short words, searched directly', 'x: 1', ['x:', '1'], true],
    ['words with characters outside ASCII', 'dateiname “modell.tar.gz” nicht gefunden — fehler', ['“modell', 'gefunden —'], true],
    ['words across a line break', 'data download failed\ncould not', ['failed\ncould'], true],
    ['a word longer than the text', 'abc', ['abcdef'], false],
    ['the empty text', '', ['abc', 'de'], false],
    ['a word whose runs are all there but not together', 'rate exceeded; the rate limit', ['rate exceeded the'], false],
  ] as [string, string, string[], boolean][])('%s', (_name, text, words, expected) => {
    expect(holdsAny(text, words)).toBe(expected);
    expect(holdsAny(text, words)).toBe(words.some((w) => text.includes(w)));
  });
});
