import { describe, expect, it } from 'vitest';
import { lastTimeLabel, statusStatement } from './job-status';

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
