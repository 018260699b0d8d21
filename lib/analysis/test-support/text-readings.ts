import { classifyText } from '../classify-text';
import type { Cause } from '../diagnosis';
import { readGrammar } from '../text/read-grammar';

/**
 * What the round tests of the text layer ask of a text: its fixture by id (an id that is not there
 * fails loudly instead of testing an empty text), the cause it reads as, and the grammar rules it meets.
 */
export function fixtureText(fixtures: readonly { id: string; text: string }[]): (id: string) => string {
  const texts = new Map(fixtures.map((f) => [f.id, f.text]));
  return (id) => {
    const text = texts.get(id);
    if (text === undefined) throw new Error(`no fixture ${id}`);
    return text;
  };
}

export const causeOf = (text: string): Cause => classifyText({ failureReason: text }).cause;

export const rulesOf = (text: string): string[] => readGrammar(text).map((v) => v.rule);
