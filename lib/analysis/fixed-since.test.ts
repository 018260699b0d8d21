import { describe, expect, it } from 'vitest';
import type { Check, CheckStatus, Diagnosis } from './diagnosis';
import { markFixedSince } from './fixed-since';

const check = (id: string, status: CheckStatus): Check => ({
  id,
  stage: 'input',
  title: id,
  request: { principal: 'p', action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' },
  status,
  reason: '',
  fixIds: [],
});

const diagnosis = (checks: Check[]): Diagnosis => ({
  cause: 's3-read',
  confidence: 'likely',
  summary: 'Every request the dashboard can evaluate is allowed, so the denial must come from a policy it cannot see.',
  checks,
  fixes: [],
  groupKey: 'g',
  missingEvidence: [],
});

const AT = '2026-11-28T08:00:00.000Z';

describe('markFixedSince', () => {
  it('the denied requests now pass and nothing fails: fixed since the last triage, start the job again', () => {
    const d = markFixedSince(diagnosis([check('a', 'fail'), check('b', 'pass')]), AT, diagnosis([check('a', 'pass'), check('b', 'pass')]));
    expect(d.fixedSince).toEqual({ previousAt: AT, checkIds: ['a'] });
    expect(d.summary).toMatch(/now allow every request/);
    expect(d.summary).toMatch(/start the job again/);
    expect(d.summary).not.toMatch(/cannot see/);
  });

  it.each([
    ['a denied request still fails', [check('a', 'fail')], [check('a', 'fail')]],
    ['a denied request is now unknown, not proven to pass', [check('a', 'fail')], [check('a', 'unknown')]],
    ['another request fails now', [check('a', 'fail'), check('b', 'pass')], [check('a', 'pass'), check('b', 'fail')]],
    ['nothing was denied before', [check('a', 'pass')], [check('a', 'pass')]],
  ])('%s: no claim that it is fixed', (_label, before, after) => {
    const current = diagnosis(after);
    expect(markFixedSince(diagnosis(before), AT, current)).toBe(current);
  });

  it('a second re-run keeps the verdict: it compares with what the first one found fixed', () => {
    const first = markFixedSince(diagnosis([check('a', 'fail')]), AT, diagnosis([check('a', 'pass')]));
    const second = markFixedSince(first, '2026-11-28T09:00:00.000Z', diagnosis([check('a', 'pass')]));
    expect(second.fixedSince).toEqual({ previousAt: AT, checkIds: ['a'] });
  });

  it('says what it could not prove', () => {
    const d = markFixedSince(diagnosis([check('a', 'fail')]), AT, diagnosis([check('a', 'pass'), check('c', 'unknown')]));
    expect(d.summary).toMatch(/1 other check could not be proven/);
  });
});
