import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Diagnosis, Fix } from '@/lib/analysis/diagnosis';
import { buildBundle } from '@/lib/analysis/test-support/bundle';
import { EvidenceSection } from './evidence/evidence-section';
import { FixCard } from './fix-card';
import { EMPTY_QUOTE_PLAN } from './statement-quotes';
import { TriageFactsProvider } from './triage-context';

/** A KMS key's alias beside its ARN wherever the page prints the ARN: a fix's title and notes, the job's configuration. */
const KEY = 'arn:aws:kms:us-east-1:111122223333:key/5f0c1e2a-1111-2222-3333-444455556666';
const facts = { quotes: EMPTY_QUOTE_PLAN, aliases: new Map([[KEY, 'alias/claims-data']]), sources: [] };
const text = (node: React.ReactNode) => renderToStaticMarkup(<TriageFactsProvider value={facts}>{node}</TriageFactsProvider>).replace(/<[^>]+>/g, '');

describe('the alias beside a key ARN', () => {
  it('in a fix card title and its notes', () => {
    const fix: Fix = { id: 'f', target: 'key-policy', title: `Add a statement to the key policy of ${KEY} allowing role r kms:Decrypt`, accountId: '111122223333', crossAccount: false, cli: 'aws kms put-key-policy', verified: true, checkIds: [], notes: [`The key ${KEY} is managed by its administrators.`] };
    const said = text(<FixCard fix={fix} jobAccountId="111122223333" />);
    expect(said).toContain(`key policy of ${KEY} (alias/claims-data) allowing`);
    expect(said).toContain(`The key ${KEY} (alias/claims-data) is managed`);
  });

  it('in the job configuration (the volume key)', () => {
    const evidence = buildBundle({ job: { resources: { instanceType: 'ml.m5.xlarge', instanceCount: 1, volumeSizeGb: 30, volumeKmsKeyId: KEY } } });
    const diagnosis = { cause: 'user-code', confidence: 'likely', summary: '', checks: [], fixes: [], groupKey: 'g', missingEvidence: [] } as unknown as Diagnosis;
    expect(text(<EvidenceSection evidence={evidence} diagnosis={diagnosis} />)).toContain(`Volume key${KEY} (alias/claims-data)`);
  });
});
