import type { Check, DecidedBy, Diagnosis } from '@/lib/analysis/diagnosis';
import { orderChecks } from './next-step';

/**
 * One statement is quoted once. A deny that decides the diagnosis usually decides every request it
 * touches too (s3:PutObject and s3:AbortMultipartUpload under one `s3:*` deny), and a fix that
 * narrows it quotes it again: printing the same JSON five times buries the answer. The first place
 * in reading order quotes it under an anchor; every later place names it and links there.
 */
export interface QuoteSpot {
  /** The id of the element the statement is printed in. */
  anchor: string;
  /** True at the one place that prints it; elsewhere, link to `anchor`. */
  quoted: boolean;
}

export interface QuotePlan {
  /** Keyed by place: `diagnosis`, or `check:<id>`. A place without a statement to quote is absent. */
  spots: ReadonlyMap<string, QuoteSpot>;
  /** The anchor of each printed statement, keyed by its JSON, for statements quoted elsewhere (a fix's `replaces`). */
  byStatement: ReadonlyMap<string, string>;
}

export const EMPTY_QUOTE_PLAN: QuotePlan = { spots: new Map(), byStatement: new Map() };

export const checkPlace = (check: Pick<Check, 'id'>) => `check:${check.id}`;

/** The places that show a deciding statement, in the order a reader meets them. */
export function quotePlaces(diagnosis: Pick<Diagnosis, 'decidedBy' | 'checks'>): { place: string; decidedBy?: DecidedBy }[] {
  // Passed checks show no deciding statement (see the checklist), so they never hold the quote.
  const checks = orderChecks(diagnosis.checks).filter((c) => c.status !== 'pass');
  return [{ place: 'diagnosis', decidedBy: diagnosis.decidedBy }, ...checks.map((c) => ({ place: checkPlace(c), decidedBy: c.decidedBy }))];
}

export function planStatementQuotes(places: readonly { place: string; decidedBy?: DecidedBy }[]): QuotePlan {
  const spots = new Map<string, QuoteSpot>();
  const anchors = new Map<string, string>();
  const byStatement = new Map<string, string>();
  for (const { place, decidedBy } of places) {
    const json = statementJson(decidedBy?.statement);
    if (!decidedBy || json === undefined) continue;
    // The same JSON in two different policies is two statements: both are quoted.
    const identity = `${decidedBy.policyType}\u0000${decidedBy.policyName}\u0000${json}`;
    const existing = anchors.get(identity);
    if (existing) {
      spots.set(place, { anchor: existing, quoted: false });
      continue;
    }
    const anchor = `statement-${anchors.size + 1}`;
    anchors.set(identity, anchor);
    if (!byStatement.has(json)) byStatement.set(json, anchor);
    spots.set(place, { anchor, quoted: true });
  }
  return { spots, byStatement };
}

/** Where `statement` is printed on the page, if it is (exact JSON: a Sid alone can repeat across policies). */
export function anchorOfStatement(plan: QuotePlan, statement: unknown): string | undefined {
  const json = statementJson(statement);
  return json === undefined ? undefined : plan.byStatement.get(json);
}

function statementJson(statement: unknown): string | undefined {
  if (statement === undefined || statement === null) return undefined;
  try {
    return JSON.stringify(statement);
  } catch {
    return undefined;
  }
}
