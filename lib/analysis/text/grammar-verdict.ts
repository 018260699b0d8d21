import type { Cause, Stage } from '../diagnosis';
import { holdsAny } from './word-gate';

/** What the structure of one failure text says: a cause, how strongly, and the stage if named. */
export interface GrammarVerdict {
  rule: string;
  cause: Cause;
  strength: number;
  stage?: Stage;
  excerpt: string;
}

/**
 * The first match of `pattern`, tried only when the lower-cased text holds one of `words`. Most texts
 * hold none of a pattern's words, and `includes` is far cheaper than a case-insensitive alternation:
 * the CLI must read tens of thousands of texts a second.
 */
export function findIf(lower: string, words: readonly string[], pattern: RegExp, text: string): string | undefined {
  if (!holdsAny(lower, words)) return undefined;
  return pattern.exec(text)?.[0];
}

const MAX_TRIES = 16;
const globalCopies = new WeakMap<RegExp, RegExp>();

/**
 * The first match of `pattern` that `keep` accepts (given the match, where it is), trying at most
 * MAX_TRIES, and only when the lower-cased text holds one of `words`: a reading that stands down for a
 * match's context (a warning's line, the loopback interface, another server's 403) still finds the same
 * words said elsewhere.
 */
export function matchWhere(lower: string, words: readonly string[], pattern: RegExp, text: string, keep: (m: RegExpExecArray) => boolean): RegExpExecArray | undefined {
  if (!holdsAny(lower, words)) return undefined;
  let all = globalCopies.get(pattern);
  if (!all) {
    all = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    globalCopies.set(pattern, all);
  }
  all.lastIndex = 0;
  for (let tried = 0; tried < MAX_TRIES; tried++) {
    const m = all.exec(text);
    if (!m) return undefined;
    if (keep(m)) return m;
    if (m[0] === '') all.lastIndex += 1;
  }
  return undefined;
}

/** Like `findIf`, but the first match `keep` accepts by where it is (`matchWhere`). */
export function findIfWhere(lower: string, words: readonly string[], pattern: RegExp, text: string, keep: (at: number) => boolean): string | undefined {
  return matchWhere(lower, words, pattern, text, (m) => keep(m.index))?.[0];
}
