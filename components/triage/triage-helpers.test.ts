import { describe, expect, it } from 'vitest';
import { logStreamsUrl, logStreamUrl, sagemakerConsoleUrl } from './console-links';
import { logWindow } from './log-window';

describe('console links', () => {
  it('points at the job in the SageMaker console of its region', () => {
    expect(sagemakerConsoleUrl('eu-west-1', 'my-job-1')).toBe('https://eu-west-1.console.aws.amazon.com/sagemaker/home?region=eu-west-1#/jobs/my-job-1');
  });

  it('filters the log group to the job streams, with the console double encoding', () => {
    expect(logStreamsUrl('us-east-1', 'my-job')).toBe(
      'https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#logsV2:log-groups/log-group/$252Faws$252Fsagemaker$252FTrainingJobs$3FlogStreamNameFilter$3Dmy-job$252F',
    );
    expect(logStreamUrl('us-east-1', 'my-job/algo-1-1700000000')).toMatch(/log-events\/my-job\$252Falgo-1-1700000000$/);
  });

  it('never lets data choose the host: a region that is not one falls back to the global console', () => {
    for (const url of [sagemakerConsoleUrl('evil.example/#', 'j'), logStreamsUrl('evil.example/#', 'j'), logStreamUrl('x.evil.example?', 's')]) {
      expect(new URL(url ?? '').host).toBe('console.aws.amazon.com');
    }
  });

  it("opens a GovCloud or China job in its partition's console, an isolated region's nowhere", () => {
    expect(sagemakerConsoleUrl('us-gov-west-1', 'j')).toBe('https://console.amazonaws-us-gov.com/sagemaker/home?region=us-gov-west-1#/jobs/j');
    expect(new URL(logStreamsUrl('cn-north-1', 'j') ?? '').host).toBe('console.amazonaws.cn');
    expect(sagemakerConsoleUrl('us-isof-south-1', 'j')).toBeUndefined();
    expect(logStreamUrl('eu-isoe-west-1', 's')).toBeUndefined();
  });
});

describe('logWindow', () => {
  const f = false;
  const t = true;

  it('shows matched lines with context and folds the rest into gaps', () => {
    expect(logWindow([f, f, f, t, f, f, f, f], 1)).toEqual([
      { kind: 'gap', from: 0, to: 1 },
      { kind: 'line', index: 2 },
      { kind: 'line', index: 3 },
      { kind: 'line', index: 4 },
      { kind: 'gap', from: 5, to: 7 },
    ]);
  });

  it('merges overlapping context windows', () => {
    expect(logWindow([t, f, t], 1).map((r) => r.kind)).toEqual(['line', 'line', 'line']);
  });

  it('shows the tail when nothing matched', () => {
    expect(logWindow([f, f, f, f, f], 0, 2)).toEqual([{ kind: 'gap', from: 0, to: 2 }, { kind: 'line', index: 3 }, { kind: 'line', index: 4 }]);
  });

  it('shows everything with enough context', () => {
    expect(logWindow([f, t, f], 5).every((r) => r.kind === 'line')).toBe(true);
    expect(logWindow([], 2)).toEqual([]);
  });
});
