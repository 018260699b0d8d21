import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Fix } from '@/lib/analysis/diagnosis';
import { FixCard } from './fix-card';
import { EMPTY_QUOTE_PLAN } from './statement-quotes';
import { TriageFactsProvider } from './triage-context';

/** A fix that takes a statement out says so; one that rewrites it says the highlighted one takes its place. */
const facts = { quotes: EMPTY_QUOTE_PLAN, aliases: new Map<string, string>(), sources: [] };
const text = (node: React.ReactNode) => renderToStaticMarkup(<TriageFactsProvider value={facts}>{node}</TriageFactsProvider>).replace(/<[^>]+>/g, '');
const deny = { Sid: 'NoData', Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::acme-data/*' };
const base: Fix = { id: 'f', target: 'role-inline-policy', kind: 'exception', title: 't', accountId: '111122223333', crossAccount: false, cli: 'aws iam', verified: true, checkIds: [], replaces: deny, policy: { Version: '2012-10-17', Statement: [] } };

describe('the statement a fix replaces', () => {
  it('removed: "Removes this statement", no replacement promised', () => {
    const said = text(<FixCard fix={{ ...base, changedStatements: [] }} jobAccountId="111122223333" />);
    expect(said).toContain('Removes this statement (the document below is the policy without it)');
    expect(said).not.toContain('takes its place');
  });

  it('rewritten: the highlighted one takes its place', () => {
    const said = text(<FixCard fix={{ ...base, changedStatements: [{ ...deny, NotResource: ['x'] }] }} jobAccountId="111122223333" />);
    expect(said).toContain('Replaces this statement (the highlighted one in the document below takes its place)');
  });
});
