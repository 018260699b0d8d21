import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CAUSES } from '@/lib/analysis/diagnosis';
import { clearDescriptionCache } from './description-cache';
import { listJobs } from './list-jobs';
import { startEmulator } from './testing/emulator';
import { smallAccount } from './testing/small-account';

let env: Awaited<ReturnType<typeof startEmulator>> | undefined;
beforeEach(() => clearDescriptionCache());
afterEach(async () => {
  await env?.stop();
  env = undefined;
});

// Failed, newest failure first, as the scenario says (trainingEndTime offsets -30m, -2h, -5h, -6h).
const FAILED_NEWEST_FIRST = ['vpc-job-2', 'vpc-job', 'no-logs', 'ghost-role'];

describe('listJobs against the local AWS endpoint', () => {
  it('lists exactly the failed jobs, newest first, each classified by its own words', async () => {
    env = await startEmulator({ scenario: smallAccount });
    const result = await listJobs(await env!.ctx('us-east-1'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { jobs, undescribed, truncated } = result.value;
    expect(jobs.map((j) => j.name)).toEqual(FAILED_NEWEST_FIRST);
    expect(undescribed).toEqual([]);
    expect(truncated).toBe(false);
    const times = jobs.map((j) => j.failedAt);
    expect([...times].sort().reverse()).toEqual(times);
    for (const job of jobs) {
      expect(CAUSES).toContain(job.cause);
      expect(job.summary).not.toBe('');
      expect(job.groupKey).not.toBe('');
      expect(job.region).toBe('us-east-1');
    }
    expect(jobs.find((j) => j.name === 'vpc-job')).toMatchObject({
      roleArn: 'arn:aws:iam::111122223333:role/service-role/ml-train',
      instanceType: 'ml.g5.2xlarge',
      failureReason: 'ClientError: Data download failed:Failed to download data. AccessDenied (403): Access Denied',
    });
  });

  it('filters by name on the server side', async () => {
    env = await startEmulator({ scenario: smallAccount });
    const result = await listJobs(await env!.ctx('us-east-1'), { nameContains: 'vpc-job' });
    expect(result.ok && result.value.jobs.map((j) => j.name)).toEqual(['vpc-job-2', 'vpc-job']);
  });

  it('another region lists its own jobs only', async () => {
    env = await startEmulator({ scenario: smallAccount });
    const result = await listJobs(await env!.ctx('eu-west-1'));
    expect(result.ok && result.value.jobs).toEqual([]);
  });

  it('pages through tiny pages, including pages StatusEquals emptied, to the end', async () => {
    env = await startEmulator({ scenario: smallAccount });
    const result = await (await env!.ctx('us-east-1')).gateways.listFailedJobs({ pageSize: 1 });
    expect(result.ok && result.jobs.map((j) => j.name).sort()).toEqual([...FAILED_NEWEST_FIRST].sort());
    // Five jobs in the region, one a page: the Completed one leaves an empty page that is not the end.
    expect(result.ok && result.pages).toBe(5);
    expect(result.ok && result.truncated).toBe(false);
  });

  it('reports truncation at the page cap', async () => {
    env = await startEmulator({ scenario: smallAccount });
    const result = await (await env!.ctx('us-east-1')).gateways.listFailedJobs({ pageSize: 1, maxPages: 2 });
    expect(result.ok && result.truncated).toBe(true);
    expect(result.ok && result.pages).toBe(2);
  });

  it('a dashboard refused ListTrainingJobs gets 403 naming the permission', async () => {
    env = await startEmulator({ scenario: smallAccount, faults: { deny: ['sagemaker:ListTrainingJobs'] } });
    const result = await listJobs(await env!.ctx('us-east-1'));
    expect(result).toMatchObject({ ok: false, status: 403, error: { code: 'access-denied', dashboardNeeds: 'sagemaker:ListTrainingJobs' } });
    expect(!result.ok && result.error.message).toMatch(/not authorized to perform: sagemaker:ListTrainingJobs/);
  });

  it('a throttled DescribeTrainingJob is retried and the job still listed', async () => {
    // One token a second; the clock stands still for the first three calls, then moves a lot per call.
    let calls = 0;
    const clock = () => (++calls <= 3 ? 0 : calls * 10_000);
    env = await startEmulator({ scenario: smallAccount, maxAttempts: 3, faults: { rateLimits: { 'sagemaker:DescribeTrainingJob': 1 }, clock } });
    const result = await listJobs(await env!.ctx('us-east-1'));
    expect(result.ok && result.value.jobs.map((j) => j.name)).toEqual(FAILED_NEWEST_FIRST);
    expect(result.ok && result.value.undescribed).toEqual([]);
    expect(calls).toBeGreaterThan(FAILED_NEWEST_FIRST.length); // some describes were throttled and retried
  });

  it('persistent throttling puts jobs under undescribed with the reason, never drops them', async () => {
    env = await startEmulator({ scenario: smallAccount, maxAttempts: 2, faults: { rateLimits: { 'sagemaker:DescribeTrainingJob': 1 }, clock: () => 0 } });
    const result = await listJobs(await env!.ctx('us-east-1'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { jobs, undescribed } = result.value;
    expect(jobs).toHaveLength(1);
    expect([...jobs.map((j) => j.name), ...undescribed.map((u) => u.name)].sort()).toEqual([...FAILED_NEWEST_FIRST].sort());
    for (const u of undescribed) expect(u.missing).toMatchObject({ kind: 'throttled', action: 'sagemaker:DescribeTrainingJob', resource: u.name });
  });

  it('a described failed job is served from cache the second time', async () => {
    env = await startEmulator({ scenario: smallAccount });
    await listJobs(await env!.ctx('us-east-1'));
    await env.stop();
    // Listing works again, but every DescribeTrainingJob is now refused: the cache must answer.
    env = await startEmulator({ scenario: smallAccount, faults: { deny: ['sagemaker:DescribeTrainingJob'] } });
    const result = await listJobs(await env!.ctx('us-east-1'));
    expect(result.ok && result.value.jobs.map((j) => j.name)).toEqual(FAILED_NEWEST_FIRST);
  });
});
