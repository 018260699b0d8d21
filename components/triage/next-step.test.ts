import { describe, expect, it } from 'vitest';
import type { Check, Fix } from '@/lib/analysis/diagnosis';
import { chooseNextStep, fixHomes, opensByDefault, orderChecks } from './next-step';

function check(id: string, status: Check['status'], stage: Check['stage'], fixIds: string[] = []): Check {
  return { id, status, stage, fixIds, title: `title ${id}`, reason: `reason ${id}`, request: { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', principal: 'arn:aws:iam::1:role/r' } } as Check;
}
function fix(id: string, checkIds: string[], verified = true): Fix {
  return { id, target: 'role-inline-policy', title: `fix ${id}`, accountId: '111122223333', crossAccount: false, cli: 'aws ...', verified, checkIds };
}

describe('orderChecks', () => {
  it('puts checks in stage order, keeping the engine order within a stage', () => {
    const ordered = orderChecks([check('out', 'pass', 'output'), check('in-2', 'pass', 'input'), check('role', 'pass', 'assume-role'), check('in-1', 'pass', 'input')]);
    expect(ordered.map((c) => c.id)).toEqual(['role', 'in-2', 'in-1', 'out']);
  });
});

describe('chooseNextStep', () => {
  it('points at the first failing check in stage order that has a verified fix', () => {
    const step = chooseNextStep({
      checks: [check('out', 'fail', 'output', ['f-out']), check('in', 'fail', 'input', ['f-in-draft']), check('role', 'pass', 'assume-role')],
      fixes: [fix('f-out', ['out']), fix('f-in-draft', ['in'], false)],
    });
    expect(step).toMatchObject({ kind: 'fix', anchor: 'check-out', fix: { id: 'f-out' } });
  });

  it('finds a fix linked only from the fix side, and falls back to an unverified one', () => {
    const step = chooseNextStep({ checks: [check('in', 'unknown', 'input')], fixes: [fix('f', ['in'], false)] });
    expect(step).toMatchObject({ kind: 'fix', anchor: 'check-in', fix: { id: 'f', verified: false } });
  });

  it('points at a failing check that has no fix', () => {
    expect(chooseNextStep({ checks: [check('a', 'pass', 'input'), check('b', 'fail', 'output')], fixes: [] })).toMatchObject({ kind: 'check', anchor: 'check-b' });
  });

  it('sends the reader to the logs when every request is allowed', () => {
    expect(chooseNextStep({ checks: [check('a', 'pass', 'input')], fixes: [] })).toEqual({ kind: 'logs' });
  });

  it('points at the first unproven check when nothing failed and no change is offered', () => {
    expect(chooseNextStep({ checks: [check('a', 'pass', 'input'), check('b', 'unknown', 'input'), check('c', 'unknown', 'output')], fixes: [] })).toMatchObject({ kind: 'check', anchor: 'check-b' });
  });
});

describe('chooseNextStep: an exemption last', () => {
  const denied = { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' };
  const compliant = { ...fix('compliant', ['out'], false), target: 'job-config' as const, kind: 'compliant' as const };
  const exception = { ...fix('exception', ['out'], true), target: 'bucket-policy' as const, kind: 'exception' as const };

  it('the refused request: its compliant change, even unverified, before a verified exemption', () => {
    const step = chooseNextStep({ checks: [check('out', 'fail', 'output', ['exception', 'compliant'])], fixes: [exception, compliant], deniedRequest: denied });
    expect(step).toMatchObject({ kind: 'fix', fix: { id: 'compliant' } });
  });

  it('no request named: any other change before an exemption; the exemption when it is all there is', () => {
    expect(chooseNextStep({ checks: [check('out', 'fail', 'output')], fixes: [exception, compliant] })).toMatchObject({ kind: 'fix', fix: { id: 'compliant' } });
    expect(chooseNextStep({ checks: [check('out', 'fail', 'output')], fixes: [exception] })).toMatchObject({ kind: 'fix', fix: { id: 'exception' } });
  });

  it('within a kind, the verified fix', () => {
    const draft = fix('draft', ['out'], false);
    const proven = fix('proven', ['out'], true);
    expect(chooseNextStep({ checks: [check('out', 'fail', 'output')], fixes: [draft, proven], deniedRequest: denied })).toMatchObject({ fix: { id: 'proven' } });
  });
});

describe('opensByDefault', () => {
  it('opens failures and unproven checks that carry a change, not passes or bare unknowns', () => {
    const fixes = [fix('f', ['u1'], false)];
    expect(opensByDefault(check('x', 'fail', 'input'), fixes)).toBe(true);
    expect(opensByDefault(check('u1', 'unknown', 'input'), fixes)).toBe(true);
    expect(opensByDefault(check('u2', 'unknown', 'input'), fixes)).toBe(false);
    expect(opensByDefault(check('p', 'pass', 'input', ['f']), fixes)).toBe(false);
  });
});

describe('fixHomes', () => {
  it('gives each fix to the first check in stage order that it targets', () => {
    const ordered = orderChecks([check('get', 'fail', 'input'), check('out', 'fail', 'output', ['f2']), check('list', 'fail', 'input', ['f1'])]);
    const homes = fixHomes(ordered, [fix('f1', ['get', 'list']), fix('f2', ['out'])]);
    expect(homes.get('f1')?.id).toBe('get');
    expect(homes.get('f2')?.id).toBe('out');
  });
});

describe('chooseNextStep: no false pointers', () => {
  const allowed = [check('a', 'pass', 'input')];

  it('a denial by a service control policy: ask the organization\u2019s administrators for exactly the request, never "every request is allowed"', () => {
    const step = chooseNextStep({
      checks: allowed,
      fixes: [],
      cause: 'scp',
      deniedRequest: { action: 's3:GetObject', resource: '"arn:aws:s3:::acme-data/train/x"', policyType: 'scp', denialType: 'explicit' },
      decidedBy: { policyType: 'scp', policyName: 'arn:aws:organizations::111122223333:policy/o-a1b2c3d4e5/service_control_policy/p-12345678', policyArn: 'arn:aws:organizations::111122223333:policy/o-a1b2c3d4e5/service_control_policy/p-12345678', denialType: 'explicit' },
    });
    expect(step).toEqual({
      kind: 'ask-organization',
      ask: 'allow s3:GetObject on arn:aws:s3:::acme-data/train/x in service control policy arn:aws:organizations::111122223333:policy/o-a1b2c3d4e5/service_control_policy/p-12345678',
    });
  });

  it('logs that could not be read: says so instead of "Go to the logs"', () => {
    const missing = { what: "the job's logs", because: 'the dashboard was denied logs:FilterLogEvents', dashboardNeeds: 'logs:FilterLogEvents' };
    expect(chooseNextStep({ checks: allowed, fixes: [], missingEvidence: [missing] })).toEqual({ kind: 'no-logs', missing });
  });

  it('other missing evidence leaves the logs as the place to go', () => {
    expect(chooseNextStep({ checks: allowed, fixes: [], missingEvidence: [{ what: 'the subnets', because: 'x' }] })).toEqual({ kind: 'logs' });
  });
});

describe('chooseNextStep: the refused request first', () => {
  it('an unproven refused request is the next step, not another request\u2019s verified fix', () => {
    const quoted = { ...check('q', 'unknown', 'input'), request: { action: 's3:GetObject', resource: 'arn:aws:s3:::b/train.parquet', principal: 'p' } };
    const other = { ...check('out', 'fail', 'output', ['f-out']), request: { action: 's3:AbortMultipartUpload', resource: 'arn:aws:s3:::o/m', principal: 'p' } };
    const step = chooseNextStep({ checks: [quoted, other], fixes: [fix('f-out', ['out'])], deniedRequest: { action: 's3:GetObject', resource: 'arn:aws:s3:::b/train.parquet', policyType: 'boundary' } });
    expect(step).toMatchObject({ kind: 'check', anchor: 'check-q' });
  });

  it('a refused request under a checked prefix, with its own fix: that fix', () => {
    const read = { ...check('in', 'fail', 'input', ['f-in']), request: { action: 's3:GetObject', resource: 'arn:aws:s3:::b/train/*', principal: 'p' } };
    const step = chooseNextStep({ checks: [check('role', 'fail', 'assume-role', ['f-role']), read], fixes: [fix('f-role', ['role']), fix('f-in', ['in'])], deniedRequest: { action: 's3:GetObject', resource: '"arn:aws:s3:::b/train/part-0"' } });
    expect(step).toMatchObject({ kind: 'fix', anchor: 'check-in', fix: { id: 'f-in' } });
  });
});

describe('a job fixed since its last triage', () => {
  it('the next step is to start it again, not a check or the logs', () => {
    expect(chooseNextStep({ checks: [], fixes: [], fixedSince: { previousAt: '2026-11-28T08:00:00.000Z', checkIds: ['input'] } })).toEqual({
      kind: 'rerun',
      previousAt: '2026-11-28T08:00:00.000Z',
    });
  });
});

describe('chooseNextStep: the step fits the cause', () => {
  it('an SCP denial goes to the organization even when a check could not be proven (evidence unread)', () => {
    const step = chooseNextStep({
      checks: [check('quoted', 'unknown', 'output')],
      fixes: [],
      cause: 'scp',
      deniedRequest: { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', principal: 'arn:aws:sts::111122223333:assumed-role/speech-training-role/SageMaker', policyType: 'scp', denialType: 'explicit' },
    });
    expect(step).toEqual({ kind: 'ask-organization', ask: 'allow s3:GetObject on arn:aws:s3:::b/k for role speech-training-role' });
  });

  it.each(['user-code', 'out-of-memory', 'capacity', 'data'] as const)('a %s failure with unproven checks (a policy unread) goes to the logs, not to an unproven request', (cause) => {
    expect(chooseNextStep({ checks: [check('role', 'unknown', 'assume-role'), check('a', 'pass', 'input')], fixes: [], cause })).toEqual({ kind: 'logs' });
  });

  it('a permission cause with only unproven checks still goes to the first of them', () => {
    expect(chooseNextStep({ checks: [check('a', 'unknown', 'input')], fixes: [], cause: 's3-read' })).toMatchObject({ kind: 'check', anchor: 'check-a' });
  });
});
