import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';
import type { PolicyDocument } from './evidence';
import { buildBundle, FULL_ACCESS, type BundleSpec } from './test-support/bundle';
import { inline, ok } from './test-support/policies';

/**
 * Policy documents as a broken or hostile account might hold them. Each must be one unreadable
 * piece of evidence: the checks that consult it are `unknown` (never `pass`), the others still run.
 */
const MALFORMED: [string, unknown][] = [
  ['Statement null', { Version: '2012-10-17', Statement: null }],
  ['Statement a string', { Version: '2012-10-17', Statement: 'Allow everything' }],
  ['Statement a number', { Version: '2012-10-17', Statement: 5 }],
  ['statements that are not objects', { Version: '2012-10-17', Statement: [null, 1, 'x', [], { Effect: 'Allow', Action: 's3:*', Resource: '*' }] }],
  ['a statement without Effect', { Version: '2012-10-17', Statement: [{ Action: 's3:*', Resource: '*' }] }],
  ['an Effect that is neither Allow nor Deny', { Version: '2012-10-17', Statement: [{ Effect: 'Maybe', Action: 's3:*', Resource: '*' }] }],
  ['an Action that is an object', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: { s3: '*' }, Resource: '*' }] }],
];

const PLACES: [string, (d: PolicyDocument) => BundleSpec, string][] = [
  ['an inline identity policy', (d) => ({ identity: [inline('full', FULL_ACCESS), inline('bad', d)] }), 'input-train-s3-getobject'],
  ['the bucket policy', (d) => ({ buckets: { 'acme-data': { policy: ok(d) } } }), 'input-train-s3-getobject'],
  ['the permissions boundary', (d) => ({ boundary: { kind: 'managed', name: 'B', arn: 'arn:aws:iam::111122223333:policy/B', document: ok(d) } }), 'input-train-s3-getobject'],
  ['the trust policy', (d) => ({ trust: ok(d) }), 'assume-role-sts-assumerole'],
];

describe('diagnose with a malformed policy document', () => {
  for (const [place, spec, consulting] of PLACES) {
    it.each(MALFORMED)(`in ${place}: %s is one unreadable piece, not a crash and not a pass`, async (_label, document) => {
      const d = await diagnose(buildBundle(spec(document as PolicyDocument)));
      expect(d.checks.find((c) => c.id === consulting)?.status).toBe('unknown');
      expect(d.missingEvidence.some((m) => m.because === 'its document is not a valid policy')).toBe(true);
      expect(d.fixes.filter((f) => f.verified).flatMap((f) => f.checkIds)).not.toContain(consulting);
    });
  }

  it('a document that does not consult the request leaves its verdict alone', async () => {
    const d = await diagnose(buildBundle({ trust: ok({ Version: '2012-10-17', Statement: null } as unknown as PolicyDocument) }));
    expect(d.checks.find((c) => c.id === 'input-train-s3-getobject')?.status).toBe('pass');
  });
});
