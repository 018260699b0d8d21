import { describe, expect, it } from 'vitest';
import { jobDuration, lastTimeLabel, statusStatement } from './job-status';

describe('jobs that did not fail', () => {
  it.each([
    ['Completed', /completed/],
    ['Stopped', /stopped/],
    ['Stopping', /stopping/],
    ['InProgress', /still running/],
  ] as const)('%s: the status, plainly, and no diagnosis claimed', (status, title) => {
    const s = statusStatement({ status });
    expect(s.title).toMatch(title);
    expect(s.detail).toMatch(/nothing to diagnose/);
    expect(`${s.title} ${s.detail}`).not.toMatch(/recognise|failed for a reason/);
  });

  it('names a secondary status that adds something (MaxRuntimeExceeded)', () => {
    expect(statusStatement({ status: 'Stopped', secondaryStatus: 'MaxRuntimeExceeded' }).detail).toContain('MaxRuntimeExceeded');
    expect(statusStatement({ status: 'Completed', secondaryStatus: 'Completed' }).detail).not.toContain('secondary');
  });

  it('a running job never says "Ended"', () => {
    expect(lastTimeLabel('InProgress')).toBe('Last update');
    expect(lastTimeLabel('Stopping')).toBe('Last update');
    expect(lastTimeLabel('Failed')).toBe('Failed');
    expect(lastTimeLabel('Completed')).toBe('Ended');
  });
});

describe('jobDuration', () => {
  const started = '2026-12-02T18:23:00Z';
  const now = Date.parse('2026-12-02T18:54:00Z');

  it('a running job has run until now, not until its last update', () => {
    expect(jobDuration({ status: 'InProgress', createdAt: started, startedAt: started, lastModifiedAt: '2026-12-02T18:27:00Z' }, now)).toEqual({ ms: 31 * 60_000, running: true });
  });

  it('an ended job ran until it ended', () => {
    expect(jobDuration({ status: 'Failed', createdAt: started, startedAt: started, endedAt: '2026-12-02T18:27:00Z', lastModifiedAt: '2026-12-02T18:30:00Z' }, now)).toEqual({ ms: 4 * 60_000, running: false });
  });

  it('says nothing rather than a wrong figure when the times cannot be read', () => {
    expect(jobDuration({ status: 'Failed', createdAt: 'not a time' }, now)).toBeUndefined();
  });
});
