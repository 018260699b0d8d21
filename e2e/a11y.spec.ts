import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { jobsWithCause } from './demo-scenario';
import { expect, test } from './fixtures';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

const jobWithFix = jobsWithCause('bucket-policy')[0] ?? jobsWithCause('s3-read')[0];

test.describe('accessibility and layout', () => {
  test('axe finds no serious or critical violations on the list', async ({ listPage, page }) => {
    await listPage.goto('range=30d');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('axe finds no serious or critical violations on a job page with its fixes open', async ({ jobPage, page }) => {
    test.skip(!jobWithFix, 'no demo job with a fix');
    await jobPage.goto(jobWithFix?.region ?? '', jobWithFix?.name ?? '');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('no horizontal scroll on job pages at 1280 px', async ({ jobPage, page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const cause of ['vpc', 'kms', 'bucket-policy']) {
      const job = jobsWithCause(cause)[0];
      if (!job) continue;
      await jobPage.goto(job.region, job.name);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${job.name} scrolls sideways`).toBeLessThanOrEqual(0);
    }
  });

  test('the table and the checklist work from the keyboard', async ({ listPage, jobPage, page }) => {
    await listPage.goto('range=30d');
    const firstLink = listPage.rows.first().getByRole('link');
    await firstLink.focus();
    await expect(firstLink).toBeFocused();
    const name = (await firstLink.textContent()) ?? '';
    await page.keyboard.press('Enter');
    // Job links carry `?account=`: match the path, whatever the query.
    await page.waitForURL((url) => url.pathname.startsWith('/jobs/') && url.pathname.endsWith(`/${name}`));
    await jobPage.ready();

    // The first toggle of the checklist: a failing check's, or the line the passed ones fold into.
    const toggle = jobPage.checklistToggles().first();
    const before = await toggle.getAttribute('aria-expanded');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', before === 'true' ? 'false' : 'true');
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-expanded', before ?? 'false');
  });

  test('unknown jobs and unconfigured regions get a not-found page; malformed links a clear message', async ({ page }) => {
    // Whether a job exists is asked before the page streams: a real 404 status.
    const unknown = await page.goto('/jobs/us-east-1/no-such-training-job-here');
    expect(unknown?.status()).toBe(404);
    await expect(page.getByTestId('not-found')).toContainText('Training job not found');
    await expect(page.locator('meta[name="robots"][content*="noindex"]').first()).toBeAttached();

    const otherRegion = await page.goto('/jobs/ap-south-1/some-job');
    expect(otherRegion?.status()).toBe(404);
    await expect(page.getByTestId('not-found')).toBeVisible();

    const badName = await page.goto('/jobs/us-east-1/bad_name!');
    expect(badName?.status()).toBe(400);
    await expect(page.getByTestId('invalid-link')).toContainText('not a valid training job name');
    const badRegion = await page.goto('/jobs/not-a-region/some-job');
    expect(badRegion?.status()).toBe(400);
    await expect(page.getByTestId('invalid-link')).toContainText('not an AWS region name');
  });
});
