import { demoJobs } from './demo-scenario';
import { expect, test } from './fixtures';

/** Jobs that did not fail get no diagnosis: the page states their status plainly (issue 11, section 1). */
const notFailed = ['Completed', 'Stopped', 'InProgress'].map((status) => demoJobs.find((j) => j.status === status));

test.describe('jobs that did not fail', () => {
  for (const job of notFailed) {
    if (!job) continue;
    test(`${job.status} ${job.name}: the status, no diagnosis${job.status === 'InProgress' ? ', never "Ended"' : ''}`, async ({ page, request, pageGuard }) => {
      const response = await request.get(`/api/jobs/${job.region}/${job.name}`);
      expect(response.ok()).toBe(true);
      expect((await response.json()).diagnosis).toBeNull();

      await page.goto(`/jobs/${job.region}/${job.name}`);
      const note = page.getByTestId('job-status-note');
      await expect(note).toBeVisible();
      await expect(note).toContainText('nothing to diagnose');
      await expect(page.getByTestId('job-status')).toHaveText(job.status);
      await expect(page.getByTestId('diagnosis')).toHaveCount(0);
      await expect(page.getByText(/failed for a reason the text rules do not recognise/)).toHaveCount(0);
      if (job.status === 'InProgress') {
        await expect(note).toContainText('still running');
        await expect(page.locator('dt', { hasText: /^Ended$/ })).toHaveCount(0);
        await expect(page.locator('dt', { hasText: /^Last update$/ })).toBeVisible();
      }
      expect(pageGuard.errors).toEqual([]);
    });
  }
});
