import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readScenarioFile } from '@/emulator/scenario/load';
import { addSyntheticJobs } from '@/emulator/scenario/generate';
import { resetEnvCache } from './env';
import { CSV_COLUMNS, exportFileName } from './export-jobs';
import { exportJobsRoute } from './export-route';
import { LIST_PAGE_SIZE } from './list-jobs';
import { startEmulator } from './testing/emulator';

// More failed jobs than one page of the list holds: the export must carry them all.
const FAILED = LIST_PAGE_SIZE + 14;
let env: Awaited<ReturnType<typeof startEmulator>>;
const listed: { name: string; cause: string }[] = [];

beforeAll(async () => {
  process.env.JOBTRIAGE_REGIONS = 'us-east-1,eu-west-1';
  resetEnvCache();
  const base = readScenarioFile('emulator/scenarios/test-account.json');
  env = await startEmulator({ scenario: addSyntheticJobs({ ...base, trainingJobs: [] }, FAILED, 7) });
  const first = await env.settledList('us-east-1');
  if (!first.ok) throw new Error(first.error.message);
  expect(first.value.pages).toBeGreaterThan(1);
  // What the screen shows, page after page: the export must hold the same rows in the same order.
  for (let page = 1; page <= first.value.pages; page++) {
    const r = await env.settledList('us-east-1', {}, { causes: [], sort: 'name', dir: 'asc', view: 'table', page });
    if (r.ok) listed.push(...r.value.jobs.map((j) => ({ name: j.name, cause: j.cause })));
  }
}, 120_000);
afterAll(async () => {
  await env?.stop();
  delete process.env.JOBTRIAGE_REGIONS;
  resetEnvCache();
});

const get = (query: string) => exportJobsRoute(new Request(`http://localhost/api/jobs/export?${query}`), env.services);

describe('GET /api/jobs/export', () => {
  it('sends every row of every page as CSV, in the order asked for, as a named download', async () => {
    const response = await get('region=us-east-1&format=csv&sort=name&dir=asc');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="jobtriage-failed-jobs-us-east-1-\d{8}T\d{4}Z\.csv"$/);
    const lines = (await response.text()).split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe(CSV_COLUMNS.map((c) => c.header).join(','));
    const names = lines.slice(1).map((l) => l.split(',')[0]);
    expect(names.length).toBe(FAILED);
    expect(names).toEqual(listed.map((j) => j.name));
  });

  it('keeps only the causes and names the screen filters by', async () => {
    const cause = listed[0]?.cause ?? '';
    const response = await get(`region=us-east-1&format=json&cause=${cause}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = (await response.json()) as { count: number; jobs: { cause: string }[]; progress: unknown; truncated: boolean };
    expect(body.count).toBe(listed.filter((j) => j.cause === cause).length);
    expect(body.jobs.every((j) => j.cause === cause)).toBe(true);
    expect(body.truncated).toBe(false);

    const part = listed[0]?.name.slice(0, 12) ?? '';
    const named = (await (await get(`region=us-east-1&format=json&nameContains=${part}`)).json()) as { jobs: { name: string }[] };
    expect(named.jobs.length).toBeGreaterThan(0);
    expect(named.jobs.every((j) => j.name.includes(part))).toBe(true);
  });

  it.each([
    ['region=us-east-1&format=xlsx', /format="xlsx" is not csv or json/],
    ['region=ap-south-1&format=csv', /not configured/],
    ['region=us-east-1&format=csv&cause=nope', /cause="nope"/],
    ['region=us-east-1&format=csv&since=2026-11-02T00:00:00Z&until=2026-11-01T00:00:00Z', /is after until/],
  ])('refuses %s with a 400 that says why', async (query, message) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-disposition')).toBeNull();
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(message);
  });
});

describe('exportFileName', () => {
  it('holds only the region and a compact UTC time', () => {
    expect(exportFileName('eu-west-1', '2026-11-28T09:42:13.000Z', 'json')).toBe('jobtriage-failed-jobs-eu-west-1-20261128T0942Z.json');
  });
});
