import { describe, expect, it } from 'vitest';
import type { DecidedBy } from '@/lib/analysis/diagnosis';
import type { EvidenceBundle } from '@/lib/analysis/evidence';
import { collectPolicySources, decidingIn } from './policy-sources';

const doc = (sid: string) => ({ Version: '2012-10-17', Statement: [{ Sid: sid, Effect: 'Allow', Action: 's3:*', Resource: '*' }] });

const evidence = {
  region: 'us-east-1',
  accountId: '111122223333',
  collectedAt: '2026-11-23T00:00:00Z',
  job: { roleArn: 'arn:aws:iam::111122223333:role/ml-train' },
  logs: { ok: true, value: { logGroup: '/aws/sagemaker/TrainingJobs', streams: [] } },
  role: {
    ok: true,
    value: {
      arn: 'arn:aws:iam::111122223333:role/ml-train',
      name: 'ml-train',
      trustPolicy: { ok: true, value: doc('Trust') },
      identityPolicies: { ok: true, value: [{ kind: 'inline', name: 'data-access', document: { ok: true, value: doc('Read') } }] },
      boundary: { ok: false, missing: { kind: 'access-denied', action: 'iam:GetPolicy', message: 'denied' } },
    },
  },
  buckets: {
    'acme-data': { name: 'acme-data', policy: { ok: true, value: doc('DenyOutsideVpce') }, encryption: { ok: true, value: null } },
    partner: { name: 'partner', policy: { ok: false, missing: { kind: 'cross-account', action: 's3:GetBucketPolicy', message: '405' } }, encryption: { ok: true, value: null } },
  },
  keys: {},
} as unknown as EvidenceBundle;

describe('collectPolicySources', () => {
  it('lists every document, present or missing with its reason', () => {
    const sources = collectPolicySources(evidence);
    expect(sources.map((s) => [s.key, s.document ? 'doc' : s.missing?.kind])).toEqual([
      ['trust', 'doc'],
      ['identity:data-access', 'doc'],
      ['boundary', 'access-denied'],
      ['bucket:acme-data', 'doc'],
      ['bucket:partner', 'cross-account'],
    ]);
  });
});

describe('decidingIn', () => {
  const sources = collectPolicySources(evidence);
  const bucket = sources.find((s) => s.key === 'bucket:acme-data');
  const inline = sources.find((s) => s.key === 'identity:data-access');
  const decided: DecidedBy = { policyType: 'bucket-policy', policyName: 'bucket acme-data', statementIndex: 1, statementId: 'DenyOutsideVpce', denialType: 'explicit' };

  it('finds the deciding statement in the document it names', () => {
    expect(bucket && decidingIn(bucket, [decided])).toEqual({ indexes: [0], statements: [] });
  });

  it('does not highlight a document of another type or name', () => {
    expect(inline && decidingIn(inline, [decided])).toEqual({ indexes: [], statements: [] });
    expect(bucket && decidingIn(bucket, [{ ...decided, policyName: 'bucket other' }])).toEqual({ indexes: [], statements: [] });
  });
});
