import { describe, expect, it } from 'vitest';
import { matchesGlob } from './denials';

describe('matchesGlob', () => {
  it.each([
    ['iam:GetRole', 'iam:GetRole', true],
    ['logs:Get*', 'logs:GetLogEvents', true],
    ['logs:Get*', 'logs:FilterLogEvents', false],
    ['*', '', true],
    ['', '', true],
    ['', 'x', false],
    ['subnet-0?2', 'subnet-0b2', true],
    ['subnet-0?2', 'subnet-02', false],
    ['a*b*c', 'aXXbYYc', true],
    ['a*b*c', 'aXXbYY', false],
    ['*.s3', 'com.amazonaws.us-east-1.s3', true],
    // Regex metacharacters are literal.
    ['a.c', 'abc', false],
    ['(x)+', '(x)+', true],
    ['arn:aws:iam::111122223333:role/ml+train', 'arn:aws:iam::111122223333:role/ml+train', true],
  ])('%j ~ %j is %s', (pattern, value, expected) => {
    expect(matchesGlob(pattern, value)).toBe(expected);
  });

  it('ignores case unless told not to', () => {
    expect(matchesGlob('IAM:getrole', 'iam:GetRole')).toBe(true);
    expect(matchesGlob('VPC-0A1', 'vpc-0a1', { ignoreCase: false })).toBe(false);
  });

  it('answers a many-star pattern without backtracking (a RegExp took 30 s on this one)', () => {
    expect(matchesGlob(`${'*a'.repeat(10)}x`, 'a'.repeat(40))).toBe(false);
    expect(matchesGlob(`${'*a'.repeat(10)}*`, 'a'.repeat(40))).toBe(true);
  });
});
