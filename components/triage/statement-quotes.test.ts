import { describe, expect, it } from 'vitest';
import type { Check, DecidedBy } from '@/lib/analysis/diagnosis';
import { anchorOfStatement, planStatementQuotes, quotePlaces } from './statement-quotes';

const deny = { Sid: 'DenyAccessOutsidePlatformVpce', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::acme-ml-vpc-only', 'arn:aws:s3:::acme-ml-vpc-only/*'], Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d' } } };
const byBucket: DecidedBy = { policyType: 'bucket-policy', policyName: 'bucket acme-ml-vpc-only', statementId: deny.Sid, statementIndex: 1, statement: deny, denialType: 'explicit' };

function check(id: string, status: Check['status'], stage: Check['stage'], decidedBy?: DecidedBy): Check {
  return { id, status, stage, decidedBy, fixIds: [], title: id, reason: id, request: { action: 's3:PutObject', resource: 'arn:aws:s3:::b/k', principal: 'arn:aws:iam::1:role/r' } };
}

describe('planStatementQuotes', () => {
  it('quotes a deny once, in the diagnosis, and makes every failing check it decided link there (fraud-graph-gnn-nightly-30)', () => {
    const places = quotePlaces({
      decidedBy: byBucket,
      checks: [check('abort', 'fail', 'output', { ...byBucket, statement: { ...deny } }), check('put', 'fail', 'output', byBucket), check('logs', 'pass', 'logs')],
    });
    const plan = planStatementQuotes(places);
    expect([...plan.spots]).toEqual([
      ['diagnosis', { anchor: 'statement-1', quoted: true }],
      ['check:abort', { anchor: 'statement-1', quoted: false }],
      ['check:put', { anchor: 'statement-1', quoted: false }],
    ]);
    // A fix that replaces the deny finds the quote by the statement's JSON.
    expect(anchorOfStatement(plan, JSON.parse(JSON.stringify(deny)))).toBe('statement-1');
  });

  it('quotes each distinct statement at its first place in stage order', () => {
    const list = { Sid: 'NoList', Effect: 'Deny', Action: 's3:ListBucket', Resource: '*' };
    const get = { Sid: 'NoGet', Effect: 'Deny', Action: 's3:GetObject', Resource: '*' };
    const boundary = (statement: unknown): DecidedBy => ({ policyType: 'boundary', policyName: 'ml-boundary', statement, denialType: 'explicit' });
    const plan = planStatementQuotes(quotePlaces({ checks: [check('out', 'fail', 'output', boundary(get)), check('get', 'fail', 'input', boundary(get)), check('list', 'unknown', 'input', boundary(list))] }));
    expect(Object.fromEntries(plan.spots)).toEqual({
      'check:get': { anchor: 'statement-1', quoted: true },
      'check:list': { anchor: 'statement-2', quoted: true },
      'check:out': { anchor: 'statement-1', quoted: false },
    });
  });

  it('quotes the same JSON twice when two policies hold it: they are two statements', () => {
    const allowNothing = { Effect: 'Deny', Action: '*', Resource: '*' };
    const plan = planStatementQuotes([
      { place: 'a', decidedBy: { policyType: 'boundary', policyName: 'b1', statement: allowNothing, denialType: 'explicit' } },
      { place: 'b', decidedBy: { policyType: 'scp', policyName: 'p-123', statement: allowNothing, denialType: 'explicit' } },
    ]);
    expect(plan.spots.get('a')).toEqual({ anchor: 'statement-1', quoted: true });
    expect(plan.spots.get('b')).toEqual({ anchor: 'statement-2', quoted: true });
  });

  it('leaves places without a statement (an implicit deny, a pass) out of the plan', () => {
    const implicit: DecidedBy = { policyType: 'identity', policyName: 'role ml-train', denialType: 'implicit' };
    const plan = planStatementQuotes(quotePlaces({ decidedBy: implicit, checks: [check('get', 'fail', 'input', implicit), check('role', 'pass', 'assume-role', byBucket)] }));
    expect(plan.spots.size).toBe(0);
    expect(anchorOfStatement(plan, deny)).toBeUndefined();
    expect(anchorOfStatement(plan, undefined)).toBeUndefined();
  });
});
