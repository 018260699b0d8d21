import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeHandler, jsonError } from '@/lib/aws/testing/fake-handler';
import { jobDetailRoute, jobEvidenceRoute } from '@/lib/server/api-routes';
import { resetEnvCache } from '@/lib/server/env';
import type { Services } from '@/lib/server/services';
import { testServices } from '@/lib/server/testing/emulator';

// Every triage asks AWS for the job; the refused ones must not.
const handler = fakeHandler(() => jsonError(400, 'ValidationException', 'Requested resource not found.'));
let svc: Services;

beforeAll(() => {
  process.env.JOBTRIAGE_REGIONS = 'us-east-1';
  process.env.JOBTRIAGE_TRIAGE_PER_MINUTE = '2';
  process.env.AWS_ACCESS_KEY_ID = 'AKIDEXAMPLE';
  process.env.AWS_SECRET_ACCESS_KEY = 'test-secret';
  resetEnvCache();
  svc = testServices(undefined, { requestHandler: handler, maxAttempts: 1, accountId: '111122223333' });
});
afterAll(() => {
  svc.close();
  delete process.env.JOBTRIAGE_REGIONS;
  delete process.env.JOBTRIAGE_TRIAGE_PER_MINUTE;
  resetEnvCache();
});

const params = (jobName: string) => Promise.resolve({ region: 'us-east-1', jobName });

describe('per-user limit on triage requests', () => {
  it('answers 429 with Retry-After and "slow down" past the limit, without calling AWS', async () => {
    const first = await jobDetailRoute(params('job-1'), svc);
    const second = await jobEvidenceRoute(params('job-2'), svc);
    expect([first.status, second.status]).not.toContain(429);
    const calls = handler.seen.length;
    expect(calls).toBeGreaterThan(0);

    const third = await jobDetailRoute(params('job-3'), svc, new Request('http://localhost/api/jobs/us-east-1/job-3?refresh=1'));
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(third.headers.get('retry-after'))).toBeLessThanOrEqual(30);
    const body = await third.json();
    expect(body.error.code).toBe('rate-limited');
    expect(body.error.message).toMatch(/^Slow down/);
    expect(handler.seen.length).toBe(calls);
  });

  it('keeps a separate budget per set of services (another process starts full)', async () => {
    const other = testServices(undefined, { requestHandler: handler, maxAttempts: 1, accountId: '111122223333' });
    try {
      expect((await jobDetailRoute(params('job-1'), other)).status).not.toBe(429);
    } finally {
      other.close();
    }
  });
});
