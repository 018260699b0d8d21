'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { PolicySource } from './evidence/policy-sources';
import type { KeyAliases } from './key-aliases';
import { EMPTY_QUOTE_PLAN, type QuotePlan } from './statement-quotes';

/**
 * What every part of one job's page needs to agree on: which place quotes each deciding statement
 * (the others link to it), the aliases of the job's KMS keys, and the policy documents in the
 * evidence (so a quote can link to its whole document). Computed once per render of the page.
 */
export interface TriagePageFacts {
  quotes: QuotePlan;
  aliases: KeyAliases;
  sources: readonly PolicySource[];
}

const EMPTY: TriagePageFacts = { quotes: EMPTY_QUOTE_PLAN, aliases: new Map(), sources: [] };

const TriageFacts = createContext<TriagePageFacts>(EMPTY);

export function TriageFactsProvider({ value, children }: { value: TriagePageFacts; children: ReactNode }) {
  return <TriageFacts.Provider value={value}>{children}</TriageFacts.Provider>;
}

/** Outside a provider (a component rendered on its own) every statement is quoted and no alias is known. */
export function useTriageFacts(): TriagePageFacts {
  return useContext(TriageFacts);
}
