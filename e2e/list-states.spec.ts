import type { JobListResponse } from '../lib/dto/jobs';
import { failedJobs } from './demo-scenario';
import { expect, test } from './fixtures';

/**
 * The list's honest states on the client path (a region switch fetches through the API): the
 * API's answer is altered in flight, as AWS would alter it, and the page must say so.
 */
const EU = /\/api\/jobs\?(.*&)?region=eu-west-1/;

test.describe('list states when AWS does not cooperate', () => {
  test('a listing the dashboard may not make shows the missing permission, and Retry recovers', async ({ listPage, page }) => {
    await listPage.goto('range=30d');
    await page.route(EU, (route) =>
      route.fulfill({
        status: 403,
        json: { error: { code: 'access-denied', message: 'could not list the failed training jobs in eu-west-1: the dashboard\u2019s role lacks sagemaker:ListTrainingJobs.', dashboardNeeds: 'sagemaker:ListTrainingJobs' } },
      }),
    );
    await listPage.region.selectOption('eu-west-1');
    const error = page.getByTestId('api-error');
    await expect(error).toContainText('could not list failed jobs in eu-west-1');
    await expect(error).toContainText("Grant the dashboard's role sagemaker:ListTrainingJobs");

    await page.unroute(EU);
    await error.getByRole('button', { name: 'Retry' }).click();
    await expect(error).toHaveCount(0);
    await expect.poll(async () => (await listPage.rowNames()).sort()).toEqual(failedJobs('eu-west-1').map((j) => j.name).sort());
  });

  test('jobs that could not be described and a capped listing are announced, not hidden', async ({ listPage, page }) => {
    await listPage.goto('range=30d');
    await page.route(EU, async (route) => {
      const real = (await (await route.fetch()).json()) as JobListResponse;
      const [first, ...rest] = real.jobs;
      const altered: JobListResponse = {
        ...real,
        jobs: rest,
        undescribed: first ? [{ name: first.name, createdAt: first.createdAt, missing: { kind: 'throttled', action: 'sagemaker:DescribeTrainingJob', message: 'ThrottlingException: Rate exceeded' } }] : [],
        truncated: true,
        truncatedReason: 'Stopped after 50 pages of ListTrainingJobs.',
      };
      await route.fulfill({ json: altered });
    });
    await listPage.region.selectOption('eu-west-1');
    const banner = page.getByTestId('undescribed-banner');
    await expect(banner).toContainText('1 failed job could not be described');
    await expect(banner).toContainText('throttled by AWS');
    await expect(page.getByTestId('truncated-banner')).toContainText('Stopped after 50 pages');
    await expect(listPage.rows).toHaveCount(failedJobs('eu-west-1').length - 1);

    await page.unroute(EU);
    await banner.getByRole('button', { name: 'Retry' }).click();
    await expect(banner).toHaveCount(0);
    await expect(listPage.rows).toHaveCount(failedJobs('eu-west-1').length);
  });
});
