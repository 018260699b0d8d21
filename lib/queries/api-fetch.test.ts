import { describe, expect, it } from 'vitest';
import { ApiRequestError, apiFetch } from './api-fetch';
import { detailUrl, exportUrl, jobPageUrl, listUrl } from './jobs';

const respond = (status: number, body: string, statusText = '') => (async () => new Response(body, { status, statusText, headers: { 'content-type': 'application/json' } })) as typeof fetch;

describe('apiFetch', () => {
  it('returns the parsed body on success', async () => {
    await expect(apiFetch('/x', { fetchImpl: respond(200, '{"jobs":[]}') })).resolves.toEqual({ jobs: [] });
  });

  it('turns an ApiError body into a typed error with the missing permission', async () => {
    const body = JSON.stringify({ error: { code: 'access-denied', message: 'no', dashboardNeeds: 'sagemaker:ListTrainingJobs' } });
    const error = await apiFetch('/x', { fetchImpl: respond(403, body) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ status: 403, code: 'access-denied', message: 'no', dashboardNeeds: 'sagemaker:ListTrainingJobs' });
  });

  it('still gives a typed error when the body is not an ApiError', async () => {
    const error = await apiFetch('/x', { fetchImpl: respond(502, '<html>bad gateway</html>', 'Bad Gateway') }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, code: 'internal' });
    expect((error as Error).message).toContain('502');
  });

  it('reports a network failure as unavailable', async () => {
    const failing = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    await expect(apiFetch('/x', { fetchImpl: failing })).rejects.toMatchObject({ status: 0, code: 'unavailable' });
  });
});

describe('URLs', () => {
  it('asks the list for the resolved window and the name filter', () => {
    const url = new URL(listUrl({ region: 'eu-west-1', range: '24h', q: 'bert' }, Date.parse('2026-11-23T12:00:00Z')), 'http://x');
    expect(url.pathname).toBe('/api/jobs');
    expect(Object.fromEntries(url.searchParams)).toEqual({ region: 'eu-west-1', since: '2026-11-22T12:00:00.000Z', until: '2026-11-23T12:00:00.000Z', nameContains: 'bert' });
  });

  it('asks the export for the same rows as the list, without the page', () => {
    const view = { causes: ['kms' as const], sort: 'name' as const, dir: 'asc' as const, view: 'groups' as const, page: 3 };
    const url = new URL(exportUrl({ region: 'us-east-1', range: 'custom', from: '2026-11-01T00:00:00.000Z', q: 'bert' }, 0, view, 'csv'), 'http://x');
    expect(url.pathname).toBe('/api/jobs/export');
    expect(Object.fromEntries(url.searchParams)).toEqual({ region: 'us-east-1', since: '2026-11-01T00:00:00.000Z', nameContains: 'bert', cause: 'kms', sort: 'name', dir: 'asc', format: 'csv' });
  });

  it('encodes the path segments of a job', () => {
    expect(detailUrl('us-east-1', 'a/b')).toBe('/api/jobs/us-east-1/a%2Fb');
  });

  it('carries the account on the list, the job and the job page; the merged list asks no region', () => {
    const url = new URL(listUrl({ account: 'all', region: 'all', range: '24h' }, Date.parse('2026-11-23T12:00:00Z')), 'http://x');
    expect(url.searchParams.get('account')).toBe('all');
    expect(url.searchParams.has('region')).toBe(false);
    expect(detailUrl('us-east-1', 'job-1', '222233334444')).toBe('/api/jobs/us-east-1/job-1?account=222233334444');
    expect(jobPageUrl('us-east-1', 'job-1', '222233334444')).toBe('/jobs/us-east-1/job-1?account=222233334444');
    expect(jobPageUrl('us-east-1', 'job-1')).toBe('/jobs/us-east-1/job-1');
  });
});
