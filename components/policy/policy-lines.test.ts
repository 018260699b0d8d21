import { describe, expect, it } from 'vitest';
import { formatPolicy, isSameStatement, policyLines } from './policy-lines';

const read = { Sid: 'ReadData', Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::acme/train/*' };
const list = { Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::acme' };
const doc = { Version: '2012-10-17', Statement: [list, read] };

const joined = (d: unknown, h: unknown[] = [], i: number[] = []) =>
  policyLines(d, h, i)
    .map((l) => l.text)
    .join('\n');
const marked = (d: unknown, h: unknown[] = [], i: number[] = []) =>
  policyLines(d, h, i)
    .filter((l) => l.highlighted)
    .map((l) => l.text.trim());

describe('policyLines', () => {
  it('reproduces the formatted document exactly, highlighted or not', () => {
    expect(joined(doc)).toBe(formatPolicy(doc));
    expect(joined(doc, [read])).toBe(formatPolicy(doc));
    expect(joined({ Version: '2012-10-17', Statement: read }, [read])).toBe(formatPolicy({ Version: '2012-10-17', Statement: read }));
  });

  it('marks every line of the matching statement and nothing else', () => {
    expect(marked(doc, [read])).toEqual(['{', '"Sid": "ReadData",', '"Effect": "Allow",', '"Action": [', '"s3:GetObject"', '],', '"Resource": "arn:aws:s3:::acme/train/*"', '}']);
  });

  it('matches by Sid when the JSON differs, and by position when asked', () => {
    expect(marked(doc, [{ Sid: 'ReadData', Effect: 'Deny' }])).toHaveLength(8);
    expect(marked(doc, [], [0])).toEqual(['{', '"Effect": "Allow",', '"Action": "s3:ListBucket",', '"Resource": "arn:aws:s3:::acme"', '},']);
  });

  it('handles a single-statement object', () => {
    const single = { Version: '2012-10-17', Statement: list };
    expect(marked(single, [list])[0]).toBe('"Statement": {');
  });

  it('leaves documents without statements alone', () => {
    expect(policyLines('not json at all')).toEqual([{ text: '"not json at all"', highlighted: false }]);
  });
});

describe('isSameStatement', () => {
  it('does not match two statements without Sids that differ', () => {
    expect(isSameStatement(list, { ...list, Effect: 'Deny' })).toBe(false);
  });
});
