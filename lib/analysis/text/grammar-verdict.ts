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
