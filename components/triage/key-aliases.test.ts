import { describe, expect, it } from 'vitest';
import type { KeyEvidence } from '@/lib/analysis/evidence';
import { keyAliasesOf, splitKeyArns } from './key-aliases';

const ARN = 'arn:aws:kms:us-east-1:111122223333:key/c4a9e2d7-1f8b-4a3c-b6e0-7d2f5a9c3e81';
const OTHER = 'arn:aws:kms:us-east-1:111122223333:key/5f0c1e2a-7b3d-4c8e-9a1f-2d6b8e4c0a17';

function key(ref: string, arn?: string): KeyEvidence {
  return {
    ref,
    metadata: arn ? { ok: true, value: { arn, accountId: '111122223333' } } : { ok: false, missing: { kind: 'access-denied', action: 'kms:DescribeKey', message: 'denied' } },
    policy: { ok: false, missing: { kind: 'access-denied', action: 'kms:GetKeyPolicy', message: 'denied' } },
  };
}

describe('keyAliasesOf', () => {
  it('maps the key ARN to the alias the job or bucket named it by (alias name or alias ARN)', () => {
    const aliases = keyAliasesOf({
      keys: {
        'alias/ml-model-artifacts': key('alias/ml-model-artifacts', ARN),
        'arn:aws:kms:us-east-1:111122223333:alias/claims-data': key('arn:aws:kms:us-east-1:111122223333:alias/claims-data', OTHER),
      },
    });
    expect(Object.fromEntries(aliases)).toEqual({ [ARN]: 'alias/ml-model-artifacts', [OTHER]: 'alias/claims-data' });
  });

  it('knows no alias for a key named by ARN or id whose aliases were not listed, or an alias DescribeKey could not resolve', () => {
    expect(keyAliasesOf({ keys: { [ARN]: key(ARN, ARN), 'c4a9e2d7': key('c4a9e2d7', ARN), 'alias/x': key('alias/x') } }).size).toBe(0);
  });

  it('a key named by ARN shows the first alias ListAliases gave; the alias the job used wins over the list', () => {
    const listed = (ref: string, arn: string, names: string[]): KeyEvidence => ({ ...key(ref, arn), aliases: { ok: true, value: names } });
    expect(Object.fromEntries(keyAliasesOf({ keys: { [OTHER]: listed(OTHER, OTHER, ['alias/claims-data', 'alias/claims-old']) } }))).toEqual({ [OTHER]: 'alias/claims-data' });
    const both = { 'alias/ml-model-artifacts': key('alias/ml-model-artifacts', ARN), [ARN]: listed(ARN, ARN, ['alias/zz-other-name']) };
    expect(Object.fromEntries(keyAliasesOf({ keys: both }))).toEqual({ [ARN]: 'alias/ml-model-artifacts' });
    const refused: KeyEvidence = { ...key(OTHER, OTHER), aliases: { ok: false, missing: { kind: 'access-denied', action: 'kms:ListAliases', message: 'denied' } } };
    expect(keyAliasesOf({ keys: { [OTHER]: refused } }).size).toBe(0);
  });
});

describe('splitKeyArns', () => {
  const aliases = new Map([[ARN, 'alias/ml-model-artifacts']]);

  it('cuts the text around the first mention of each aliased key ARN and leaves the rest as it is', () => {
    const two = new Map([...aliases, [OTHER, 'alias/claims-data']]);
    expect(splitKeyArns(`key ${ARN} is not ${OTHER}; ${ARN} denies kms:GenerateDataKey.`, two)).toEqual([
      { text: 'key ' },
      { text: ARN, alias: 'alias/ml-model-artifacts' },
      { text: ' is not ' },
      { text: OTHER, alias: 'alias/claims-data' },
      { text: `; ${ARN} denies kms:GenerateDataKey.` },
    ]);
  });

  it('returns the text whole when no ARN in it has an alias', () => {
    expect(splitKeyArns(`key ${OTHER}`, aliases)).toEqual([{ text: `key ${OTHER}` }]);
    expect(splitKeyArns('no key here', aliases)).toEqual([{ text: 'no key here' }]);
    expect(splitKeyArns(ARN, new Map())).toEqual([{ text: ARN }]);
  });
});
