'use client';

import { useMemo } from 'react';
import type { Diagnosis } from '@/lib/analysis/diagnosis';
import type { EvidenceBundle } from '@/lib/analysis/evidence';
import { logsLeadTheAnswer } from './check-groups';
import { Checklist } from './checklist';
import { DiagnosisCard } from './diagnosis-card';
import { collectPolicySources } from './evidence/policy-sources';
import { EvidenceSection } from './evidence/evidence-section';
import { keyAliasesOf } from './key-aliases';
import { LogsPanel } from './logs-panel';
import { planStatementQuotes, quotePlaces } from './statement-quotes';
import { TriageFactsProvider, type TriagePageFacts } from './triage-context';

/**
 * A failed job's triage, in the order a reader needs it: the diagnosis; then, when no request was
 * refused and the cause is not a denial, the log excerpt that holds the answer; the checklist;
 * the evidence.
 */
export function TriageBody({ diagnosis, evidence }: { diagnosis: Diagnosis; evidence: EvidenceBundle }) {
  const facts = useMemo<TriagePageFacts>(
    () => ({ quotes: planStatementQuotes(quotePlaces(diagnosis)), aliases: keyAliasesOf(evidence), sources: collectPolicySources(evidence) }),
    [diagnosis, evidence],
  );
  const logsFirst = logsLeadTheAnswer(diagnosis, evidence.logs.ok);
  return (
    <TriageFactsProvider value={facts}>
      <DiagnosisCard diagnosis={diagnosis} jobAccountId={evidence.accountId} />
      {logsFirst ? <LogsPanel evidence={evidence} lead unproven={diagnosis.checks.filter((c) => c.status === 'unknown').length} /> : null}
      <Checklist checks={diagnosis.checks} fixes={diagnosis.fixes} jobAccountId={evidence.accountId} denied={diagnosis.deniedRequest} />
      <EvidenceSection evidence={evidence} diagnosis={diagnosis} logsAbove={logsFirst} />
    </TriageFactsProvider>
  );
}
