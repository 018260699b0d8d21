import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeHandler, jsonError } from '@/lib/aws/testing/fake-handler';
import { jobDetailRoute, jobEvidenceRoute, listJobsRoute } from '@/lib/server/api-routes';
import { resetEnvCache } from '@/lib/server/env';
import type { Services } from '@/lib/server/services';
import { testServices } from '@/lib/server/testing/emulator';

// The route handlers on services whose network is a fake: no global to override.
const fakeAwsServices = (h: NonNullable<Parameters<typeof testServices>[1]>['requestHandler']) =>
  testServices(undefined, { requestHandler: h, maxAttempts: 1, accountId: '111122223333' });
let svc: Services;

// Every AWS call would land here; the 400 cases must leave it untouched.
const handler = fakeHandler(() => jsonError(400, 'ValidationException', 'Requested resource not found.'));

beforeAll(() => {
  process.env.JOBTRIAGE_REGIONS = 'us-east-1,eu-west-1';
  process.env.AWS_ACCESS_KEY_ID = 'AKIDEXAMPLE';
  process.env.AWS_SECRET_ACCESS_KEY = 'test-secret';
  resetEnvCache();
  svc = fakeAwsServices(handler);
});
afterAll(() => {
  svc.close();
  delete process.env.JOBTRIAGE_REGIONS;
  resetEnvCache();
});
beforeEach(() => {
  handler.seen.length = 0;
});

const ctx = (region: string, jobName: string) => ({ params: Promise.resolve({ region, jobName }) });
const list = (query: string, services: Services = svc) => listJobsRoute(new Request(`http://localhost/api/jobs${query}`), services);

describe('GET /api/jobs refuses bad input with 400 and no AWS call', () => {
  it.each([
    ['?region=ap-south-1', 'invalid-region', /not configured for this dashboard/],
    ['?region=us-east-1;drop', 'invalid-region', /not an AWS region/],
    ['?region=us-east-1&since=yesterday', 'invalid-parameter', /since="yesterday" is not an ISO 8601 time/],
    ['?region=us-east-1&until=2026-13-45T99:00:00Z', 'invalid-parameter', /until=/],
    // Date.parse rolls these over to March 2 and the next day: a different window than asked for.
    ['?region=us-east-1&since=2026-02-30', 'invalid-parameter', /since="2026-02-30" is not .*a real date/],
    ['?region=us-east-1&until=2026-01-01T24:00:00Z', 'invalid-parameter', /until="2026-01-01T24:00:00Z"/],
    ['?region=us-east-1&since=2026-11-02T00:00:00Z&until=2026-11-01T00:00:00Z', 'invalid-parameter', /is after until/],
    ['?region=us-east-1&nameContains=%3Cscript%3E', 'invalid-parameter', /nameContains/],
  ])('%s', async (query, code, message) => {
    const response = await list(query);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(message);
    expect(handler.seen).toHaveLength(0);
  });
});

describe.each([
  ['GET /api/jobs/{region}/{jobName}', jobDetailRoute],
  ['GET /api/jobs/{region}/{jobName}/evidence', jobEvidenceRoute],
])('%s', (_label, route) => {
  it.each([
    ['ap-south-1', 'job-1', 'invalid-region'],
    ['not a region', 'job-1', 'invalid-region'],
    ['us-east-1', 'bad_name', 'invalid-job-name'],
    ['us-east-1', 'x'.repeat(64), 'invalid-job-name'],
    ['us-east-1', '-leading-hyphen', 'invalid-job-name'],
    // Odd input: look-alike letters, encoded or decoded slashes and dots, control characters, sheer size.
    ['us-east-1', '\u0458ob-1', 'invalid-job-name'],
    ['us-east-1', 'job\uFF11', 'invalid-job-name'],
    ['us-east-1', 'job%2F..%2Fother', 'invalid-job-name'],
    ['us-east-1', 'job/../other', 'invalid-job-name'],
    ['us-east-1', 'job-1\n', 'invalid-job-name'],
    ['us-east-1', '', 'invalid-job-name'],
    ['us-east-1', 'a'.repeat(100_000), 'invalid-job-name'],
    ['us-east-1%2F..', 'job-1', 'invalid-region'],
    ['us-east-1\u0000', 'job-1', 'invalid-region'],
    ['u'.repeat(100_000), 'job-1', 'invalid-region'],
  ])('refuses %s / %s with 400 and no AWS call', async (region, jobName, code) => {
    const response = await route(ctx(region, jobName).params, svc);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe(code);
    // The echo of bad input is clipped, so a huge name does not come back whole.
    expect(body.error.message.length).toBeLessThan(400);
    expect(handler.seen).toHaveLength(0);
  });

  it('answers 404 with an ApiError for a job SageMaker does not know', async () => {
    const response = await route(ctx('eu-west-1', 'no-such-job').params, svc);
    expect(response.status).toBe(404);
    const body = await response.json();
    expect(body.error.code).toBe('not-found');
    expect(body.error.message).toMatch(/no-such-job.*Requested resource not found/);
    expect(handler.seen.map((r) => r.operation)).toEqual(['SageMaker.DescribeTrainingJob']);
  });
});

describe('GET /api/jobs/{region}/{jobName}?refresh=', () => {
  it.each(['yes', 'true', '2', '1;drop'])('refuses refresh=%s with 400 and no AWS call (it is not read as "no")', async (value) => {
    const response = await jobDetailRoute(ctx('us-east-1', 'job-1').params, svc, new Request(`http://localhost/api/jobs/us-east-1/job-1?refresh=${encodeURIComponent(value)}`));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toMatchObject({ code: 'invalid-parameter' });
    expect(body.error.message).toContain(`refresh="${value}" is not 1`);
    expect(handler.seen).toHaveLength(0);
  });

  it.each(['1', '0'])('takes refresh=%s', async (value) => {
    const response = await jobDetailRoute(ctx('eu-west-1', 'no-such-job').params, svc, new Request(`http://localhost/api/jobs/eu-west-1/no-such-job?refresh=${value}`));
    expect(response.status).toBe(404);
  });
});

describe('error statuses', () => {
  it.each([
    ['AccessDeniedException', 400, 403, 'access-denied'],
    ['ThrottlingException', 400, 429, 'throttled'],
    ['InternalFailure', 500, 502, 'unavailable'],
  ])('a listing that fails with %s answers %s', async (type, awsStatus, status, code) => {
    const failing = fakeAwsServices(fakeHandler(() => jsonError(awsStatus, type, 'nope')));
    try {
      const response = await list('?region=us-east-1', failing);
      expect(response.status).toBe(status);
      const body = await response.json();
      expect(body.error.code).toBe(code);
      if (code === 'access-denied') expect(body.error.dashboardNeeds).toBe('sagemaker:ListTrainingJobs');
    } finally {
      failing.close();
    }
  });
});
