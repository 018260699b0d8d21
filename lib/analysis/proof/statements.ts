import type { PolicyDocument } from '../evidence';

/** A document's statements as a list: AWS allows a single statement object too. */
export function statementsOf(document: PolicyDocument | undefined): Record<string, unknown>[] {
  const s = document?.Statement;
  if (Array.isArray(s)) return s.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null);
  if (typeof s === 'object' && s !== null) return [s as Record<string, unknown>];
  return [];
}

/** The simulator's statement indexes are 1-based. */
export function statementAt(document: PolicyDocument | undefined, index: number | undefined): Record<string, unknown> | undefined {
  if (index === undefined) return undefined;
  return statementsOf(document)[index - 1];
}
