/**
 * The word gates in front of the text layer's patterns: whether a lower-cased text holds any of a few
 * words. A text meets some 250 gates and holds almost none of their words, so each gate first asks a
 * table of the text's three-letter runs, built once per text in one pass: a word one of whose runs the
 * text lacks cannot be in it, and only a word whose runs are all there is searched for. The answer is
 * always exactly `words.some((w) => lower.includes(w))`; the table only skips searches that would fail.
 */

const SLOTS = 1 << 14;
const MASK = SLOTS - 1;
/** The runs of the last text asked about: one bit per hash slot. */
const table = new Uint32Array(SLOTS >>> 5);
let indexed: string | undefined;

function runHash(text: string, at: number): number {
  return (((text.charCodeAt(at) * 961) ^ (text.charCodeAt(at + 1) * 31)) ^ text.charCodeAt(at + 2)) & MASK;
}

function index(lower: string): void {
  if (lower === indexed) return;
  table.fill(0);
  for (let i = 0; i + 2 < lower.length; i += 1) {
    const h = runHash(lower, i);
    table[h >>> 5]! |= 1 << (h & 31);
  }
  indexed = lower;
}

const hasRun = (h: number): boolean => (table[h >>> 5]! & (1 << (h & 31))) !== 0;

/**
 * Whether `lower` holds the word: the table first, then the search only where the table allows it. The
 * table is asked for the word's first, middle and last runs (a word that shares the text's first run
 * seldom shares all three), hashed on the spot: three hashes cost less than looking them up.
 */
export function holds(lower: string, word: string): boolean {
  if (word.length >= 3) {
    index(lower);
    const last = word.length - 3;
    if (!hasRun(runHash(word, 0)) || !hasRun(runHash(word, last >>> 1)) || !hasRun(runHash(word, last))) return false;
  }
  return lower.includes(word);
}

/** Whether `lower` holds any of `words` (lower-case): the same answer as `words.some((w) => lower.includes(w))`. */
export function holdsAny(lower: string, words: readonly string[]): boolean {
  for (const word of words) if (holds(lower, word)) return true;
  return false;
}
