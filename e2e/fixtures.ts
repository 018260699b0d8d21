import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import type { Diagnosis } from '../lib/analysis/diagnosis';
import type { JobDetailResponse } from '../lib/dto/jobs';
import { JobPage } from './pages/job-page';
import { ListPage } from './pages/list-page';

/**
 * Shared fixtures: page objects, the API's own answer for a job (what the page must agree with),
 * and a guard that fails a test if the page runs script it should not (dialogs, page errors).
 */
interface Fixtures {
  listPage: ListPage;
  jobPage: JobPage;
  /** A failed job's answer: its diagnosis is never null (only jobs that are not Failed have none). */
  jobDetail: (region: string, name: string) => Promise<JobDetailResponse & { diagnosis: Diagnosis }>;
  pageGuard: { dialogs: string[]; errors: string[] };
}

export const test = base.extend<Fixtures>({
  pageGuard: async ({ page }, provide) => {
    const guard = { dialogs: [] as string[], errors: [] as string[] };
    page.on('dialog', (d) => {
      guard.dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => guard.errors.push(e.message));
    await provide(guard);
  },
  listPage: async ({ page }, provide) => provide(new ListPage(page)),
  jobPage: async ({ page }, provide) => provide(new JobPage(page)),
  jobDetail: async ({ request }, provide) => {
    await provide(async (region, name) => {
      const response = await request.get(`/api/jobs/${region}/${name}`);
      expect(response.ok(), `GET /api/jobs/${region}/${name} answered ${response.status()}`).toBe(true);
      const body = (await response.json()) as JobDetailResponse;
      expect(body.diagnosis, `${name} has no diagnosis (status ${body.job.status})`).not.toBeNull();
      return body as JobDetailResponse & { diagnosis: Diagnosis };
    });
  },
});

export { expect };

/** A full-page screenshot kept with the test's report and in test-results/. */
export async function attachScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}
