import { describe, expect, it } from 'vitest';
import type { Check } from '@/lib/analysis/diagnosis';
import { describeAllowed, logsLeadTheAnswer, splitChecks } from './check-groups';

function check(id: string, status: Check['status']): Check {
  return { id, status, stage: 'input', fixIds: [], title: id, reason: id, request: { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', principal: 'arn:aws:iam::1:role/r' } };
}

describe('splitChecks', () => {
  it('keeps failed and unproven requests apart from the passed ones, each in the given order', () => {
    const { attention, passed } = splitChecks([check('a', 'pass'), check('b', 'fail'), check('c', 'pass'), check('d', 'unknown')]);
    expect(attention.map((c) => c.id)).toEqual(['b', 'd']);
    expect(passed.map((c) => c.id)).toEqual(['a', 'c']);
  });

  it('keeps the request AWS refused in view even when every readable policy allows it (an SCP denial)', () => {
    const { attention, passed } = splitChecks([check('a', 'pass'), check('quoted', 'pass'), check('c', 'pass')], (c) => c.id === 'quoted');
    expect(attention.map((c) => c.id)).toEqual(['quoted']);
    expect(passed.map((c) => c.id)).toEqual(['a', 'c']);
  });
});

describe('describeAllowed', () => {
  it('counts requests in words', () => {
    expect(describeAllowed(7)).toBe('7 requests allowed');
    expect(describeAllowed(1)).toBe('1 request allowed');
  });
});

describe('logsLeadTheAnswer', () => {
  it('puts the logs first for a cause that is not a denial when no request failed', () => {
    for (const cause of ['user-code', 'out-of-memory', 'capacity', 'quota', 'data', 'internal', 'unknown'] as const) {
      expect(logsLeadTheAnswer({ cause, checks: [check('a', 'pass'), check('b', 'unknown')] }), cause).toBe(true);
    }
  });

  it('leaves logs that could not be read with the evidence: a job that never started has no answer there', () => {
    expect(logsLeadTheAnswer({ cause: 'capacity', checks: [check('a', 'pass')] }, false)).toBe(false);
    expect(logsLeadTheAnswer({ cause: 'capacity', checks: [check('a', 'pass')] }, true)).toBe(true);
  });

  it('keeps the checklist first for a permission cause, or when a request failed', () => {
    expect(logsLeadTheAnswer({ cause: 'scp', checks: [check('a', 'pass')] })).toBe(false);
    expect(logsLeadTheAnswer({ cause: 's3-read', checks: [check('a', 'fail')] })).toBe(false);
    expect(logsLeadTheAnswer({ cause: 'unknown', checks: [check('a', 'fail')] })).toBe(false);
  });

  it('treats a cause id it does not know (added later, like disk-space) as not a denial', () => {
    expect(logsLeadTheAnswer({ cause: 'disk-space' as never, checks: [] })).toBe(true);
  });
});
