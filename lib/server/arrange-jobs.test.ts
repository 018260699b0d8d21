import { describe, expect, it } from 'vitest';
import type { JobSummary } from '@/lib/dto/jobs';
import { roleName } from '@/components/jobs/role-name';
import { GROUP_JOBS_SHOWN } from '@/lib/dto/jobs';
import { chipCounts, countCauses, filterByCause, groupJobs, paginate, sortJobs } from './arrange-jobs';

function job(name: string, over: Partial<JobSummary> = {}): JobSummary {
  return {
    name,
    region: 'us-east-1',
    accountId: '111122223333',
    arn: `arn:aws:sagemaker:us-east-1:111122223333:training-job/${name}`,
    createdAt: '2026-11-23T00:00:00Z',
    failedAt: '2026-11-23T01:00:00Z',
    failureReason: 'AccessDenied',
    cause: 's3-read',
    confidence: 'likely',
    summary: `${name} failed`,
    groupKey: 'g1',
    proven: false,
    described: true,
    ...over,
  };
}

const jobs = [
  job('b-job', { failedAt: '2026-11-23T03:00:00Z', cause: 'kms', groupKey: 'k', instanceType: 'ml.p3.2xlarge', roleArn: 'arn:aws:iam::1:role/zeta' }),
  job('a-job', { failedAt: '2026-11-23T02:00:00Z', instanceType: 'ml.m5.xlarge', roleArn: 'arn:aws:iam::1:role/service-role/alpha' }),
  job('c-job', { failedAt: '2026-11-23T04:00:00Z' }),
];

describe('sortJobs', () => {
  it.each([
    ['failedAt', 'desc', ['c-job', 'b-job', 'a-job']],
    ['failedAt', 'asc', ['a-job', 'b-job', 'c-job']],
    ['name', 'asc', ['a-job', 'b-job', 'c-job']],
    ['role', 'asc', ['c-job', 'a-job', 'b-job']],
    ['instanceType', 'desc', ['b-job', 'a-job', 'c-job']],
  ] as const)('by %s %s', (key, dir, expected) => {
    expect(sortJobs(jobs, key, dir).map((j) => j.name)).toEqual(expected);
  });

  it('does not touch its input', () => {
    const before = jobs.map((j) => j.name);
    sortJobs(jobs, 'name', 'asc');
    expect(jobs.map((j) => j.name)).toEqual(before);
  });
});

describe('filterByCause / countCauses', () => {
  it('keeps everything when no cause is chosen, else only the chosen causes', () => {
    expect(filterByCause(jobs, [])).toHaveLength(3);
    expect(filterByCause(jobs, ['kms']).map((j) => j.name)).toEqual(['b-job']);
  });

  it('counts per cause, largest first', () => {
    expect(countCauses(jobs)).toEqual([
      { cause: 's3-read', count: 2 },
      { cause: 'kms', count: 1 },
    ]);
  });
});

describe('chipCounts', () => {
  it('keeps a chosen cause that has no job as a chip at 0, so the filter can be seen and undone', () => {
    const counts = countCauses(jobs);
    expect(chipCounts(counts, ['kms', 'vpc'])).toEqual([...counts, { cause: 'vpc', count: 0 }]);
    expect(chipCounts(counts, [])).toEqual(counts);
  });
});

describe('groupJobs', () => {
  it('groups by groupKey, largest group first, newest job leading', () => {
    const groups = groupJobs(jobs);
    expect(groups.map((g) => [g.key, g.count])).toEqual([
      ['g1', 2],
      ['k', 1],
    ]);
    expect(groups[0]?.summary).toBe('c-job failed');
    expect(groups[0]?.latestFailedAt).toBe('2026-11-23T04:00:00Z');
  });

  it('a large group carries its count and only its newest jobs, so a page stays light', () => {
    const many = Array.from({ length: GROUP_JOBS_SHOWN + 10 }, (_, i) => job(`j-${i}`, { failedAt: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString() }));
    const [group] = groupJobs(many);
    expect(group?.count).toBe(GROUP_JOBS_SHOWN + 10);
    expect(group?.jobs).toHaveLength(GROUP_JOBS_SHOWN);
    expect(group?.jobs[0]?.name).toBe(`j-${GROUP_JOBS_SHOWN + 9}`);
  });
});

describe('paginate / roleName', () => {
  it('clamps the page into range', () => {
    expect(paginate([1, 2, 3, 4, 5], 9, 2)).toEqual({ items: [5], page: 3, pages: 3 });
    expect(paginate([], 1, 50)).toEqual({ items: [], page: 1, pages: 1 });
  });

  it('takes the last path segment of a role ARN', () => {
    expect(roleName('arn:aws:iam::1:role/service-role/alpha')).toBe('alpha');
    expect(roleName(undefined)).toBe('');
  });
});
