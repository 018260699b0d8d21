import { describe, expect, it } from 'vitest';
import type { Check, Diagnosis } from '../diagnosis';
import { recheckOutcome, recheckSummary } from './recheck';

const check = (id: string, status: Check['status']): Check => ({ id, stage: 'input', title: `check ${id}`, request: { principal: 'p', action: 'a', resource: 'r' }, status, reason: '', fixIds: [] });
const diagnosis = (checks: Check[], fixedSince?: Diagnosis['fixedSince']): Diagnosis => ({ cause: 's3-read', confidence: 'confirmed', summary: '', checks, fixes: [], groupKey: 'k', missingEvidence: [], ...(fixedSince ? { fixedSince } : {}) });

describe('is it fixed now?', () => {
  it('a job is fixed only when what was denied passes now and nothing fails', () => {
    expect(recheckOutcome('a', diagnosis([check('1', 'pass')], { previousAt: '2026-11-01T00:00:00Z', checkIds: ['1'] }))).toEqual({ name: 'a', outcome: 'fixed', since: '2026-11-01T00:00:00Z' });
    expect(recheckOutcome('b', diagnosis([check('1', 'fail'), check('2', 'pass')]))).toEqual({ name: 'b', outcome: 'still-failing', failing: ['check 1'] });
    expect(recheckOutcome('c', diagnosis([check('1', 'unknown')])).outcome).toBe('unproven');
    expect(recheckOutcome('d', null, 'could not read the role').outcome).toBe('unproven');
  });

  it('a group is fixed only when every job re-checked is, and says which part was checked', () => {
    const fixed = { name: 'a', outcome: 'fixed', since: 'x' } as const;
    expect(recheckSummary([fixed, { ...fixed, name: 'b' }], 2)).toEqual({ allFixed: true, message: expect.stringMatching(/^The policies now allow every request these jobs make: the change was made after they failed — rerun them\.$/) });
    expect(recheckSummary([fixed], 3).message).toMatch(/newest 1 of 3/);
    expect(recheckSummary([fixed, { name: 'b', outcome: 'still-failing', failing: ['x'] }], 2)).toMatchObject({ allFixed: false, message: expect.stringMatching(/^Not fixed: 1 of 2/) });
    expect(recheckSummary([], 0).allFixed).toBe(false);
  });
});
