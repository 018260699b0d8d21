import { CAUSE_META } from '../components/ui/cause-meta';
import { failedJobs } from './demo-scenario';
import { attachScreenshot, expect, test } from './fixtures';

// The demo jobs span 23 days; the widest preset shows them all.
const ALL = 'range=30d';

test.describe('failed-jobs list', () => {
  for (const region of ['us-east-1', 'eu-west-1']) {
    test(`shows exactly the failed jobs of ${region}`, async ({ listPage }) => {
      await listPage.goto(`region=${region}&${ALL}`);
      const expected = failedJobs(region).map((j) => j.name);
      expect(expected.length).toBeGreaterThan(0);
      expect((await listPage.rowNames()).sort()).toEqual([...expected].sort());
      await expect(listPage.page.getByTestId('list-subtitle')).toContainText(`${expected.length} failed in ${region}`);
    });
  }

  // Once the background proof has run, the list shows the proven cause: the same as the job page,
  // even where the failure text is a bare "AccessDenied" (the KMS and VPC jobs).
  test('each row carries the cause badge the scenario intends, label and colour together', async ({ listPage }) => {
    await listPage.goto(ALL);
    for (const job of failedJobs('us-east-1')) {
      const badge = listPage.badge(job.name);
      const intended = job.expect?.cause ?? 'unknown';
      expect.soft(await badge.getAttribute('data-cause'), `${job.name}: ${job.expect?.note ?? ''}`).toBe(intended);
      await expect.soft(badge).toHaveText(CAUSE_META[intended as keyof typeof CAUSE_META]?.label ?? intended);
    }
  });

  test('name search narrows the list and survives a reload', async ({ listPage, page }) => {
    await listPage.goto(ALL);
    await listPage.search.fill('fraud');
    await expect(page).toHaveURL(/q=fraud/);
    const expected = failedJobs('us-east-1')
      .filter((j) => j.name.includes('fraud'))
      .map((j) => j.name)
      .sort();
    await expect.poll(async () => (await listPage.rowNames()).sort()).toEqual(expected);

    await page.reload();
    await listPage.ready();
    await expect(listPage.search).toHaveValue('fraud');
    expect((await listPage.rowNames()).sort()).toEqual(expected);
  });

  test('cause chips filter, the time range and region are in the URL, and all survive a reload', async ({ listPage, page }) => {
    await listPage.goto(ALL);
    const chip = listPage.chips.locator('button[data-cause]').first();
    const cause = (await chip.getAttribute('data-cause')) ?? '';
    const count = Number((await chip.locator('span.tabular-nums').textContent()) ?? '0');
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(new RegExp(`cause=${cause}`));
    await expect(listPage.rows).toHaveCount(count);
    for (const c of await listPage.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-cause')))) expect(c).toBe(cause);

    await page.reload();
    await listPage.ready();
    await expect(listPage.chip(cause)).toHaveAttribute('aria-pressed', 'true');
    await expect(listPage.rows).toHaveCount(count);
    await expect(listPage.range).toHaveValue('30d');

    await listPage.region.selectOption('eu-west-1');
    await expect(page).toHaveURL(/region=eu-west-1/);
    await listPage.page.getByRole('button', { name: /All causes/ }).click();
    await expect.poll(async () => (await listPage.rowNames()).sort()).toEqual(failedJobs('eu-west-1').map((j) => j.name).sort());
    await page.reload();
    await listPage.ready();
    await expect(listPage.region).toHaveValue('eu-west-1');
  });

  test('a narrower range shows fewer jobs and says which range is empty', async ({ listPage, page }) => {
    await listPage.goto(ALL);
    const all = await listPage.rows.count();
    await listPage.range.selectOption('24h');
    await expect(page).toHaveURL(/range=24h/);
    await expect.poll(() => listPage.rows.count()).toBeLessThan(all);
    const day = await listPage.rows.locator('time[datetime]').evaluateAll((times) => times.map((t) => Date.now() - Date.parse(t.getAttribute('datetime') ?? '')));
    expect(day.length).toBeGreaterThan(0);
    for (const age of day) expect(age).toBeLessThanOrEqual(86_400_000 + 60_000);

    await listPage.goto('range=24h&q=nothing-matches-this-name');
    await expect(page.getByTestId('empty-list')).toContainText('No failed jobs in us-east-1 between');
  });

  test('a cause filter from a link with no job in this region still shows, pressed, and can be cleared', async ({ listPage, page }) => {
    await listPage.goto('region=eu-west-1&range=30d&cause=trust-policy');
    await expect(listPage.chip('trust-policy')).toHaveAttribute('aria-pressed', 'true');
    await expect(listPage.chip('trust-policy')).toContainText('0');
    await expect(page.getByTestId('empty-list')).toContainText('No jobs with the selected causes');
    await listPage.chip('trust-policy').click();
    await expect(page).not.toHaveURL(/cause=/);
    await expect(listPage.rows).toHaveCount(failedJobs('eu-west-1').length);
  });

  test('sorting by name orders the rows and is kept in the URL', async ({ listPage, page }) => {
    await listPage.goto(ALL);
    await page.getByRole('button', { name: /^Job/ }).click();
    await expect(page).toHaveURL(/sort=name/);
    // The URL changes before the rows re-render: poll until they are in order.
    const expected = failedJobs('us-east-1')
      .map((j) => j.name)
      .sort((a, b) => a.localeCompare(b));
    await expect.poll(() => listPage.rowNames()).toEqual(expected);
    await expect(page.locator('th[aria-sort="ascending"]')).toHaveText(/Job/);
  });

  test('screenshot of the list', async ({ listPage, page }, testInfo) => {
    await listPage.goto(ALL);
    await attachScreenshot(page, testInfo, 'list');
  });
});
