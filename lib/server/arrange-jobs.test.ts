import { describe, expect, it } from 'vitest';
import type { JobSummary } from '@/lib/dto/jobs';
import { roleName } from '@/components/jobs/role-name';
import { chipCounts, countCauses, filterByCause, paginate, sortJobs } from './arrange-jobs';

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
