import { jobsWithCause } from './demo-scenario';
import { expect, test } from './fixtures';
import { JobPage } from './pages/job-page';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const job = jobsWithCause('vpc')[0] ?? jobsWithCause('s3-read')[0];

test.describe('shareable job links', () => {
  test.skip(!job, 'the demo account has no VPC or S3 read job');
  const { region, name } = job ?? { region: '', name: '' };

  test('a link opened in a fresh browser context renders the same diagnosis', async ({ listPage, jobPage, browser, page }) => {
    await listPage.goto(`region=${region}&range=30d`);
    await listPage.openJob(name);
    await jobPage.ready();
    const seen = await jobPage.diagnosisText();

    // The page's own Copy link, in the header (each check has its own, named after the check).
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).pathname).toBe(`/jobs/${region}/${name}`);

    const teammate = await browser.newContext();
    try {
      const other = new JobPage(await teammate.newPage());
      await other.page.goto(link);
      await other.ready();
      expect(await other.diagnosisText()).toEqual(seen);
    } finally {
      await teammate.close();
    }
  });

  test('a #check- link opened fresh scrolls to that check, opens and highlights it', async ({ jobPage, jobDetail, context }) => {
    const detail = await jobDetail(region, name);
    // The last check in stage order: far enough down that reaching it needs a scroll.
    await jobPage.goto(region, name);
    const last = await jobPage.checks.last().getAttribute('data-check-id');
    expect(last).toBeTruthy();
    expect(detail.diagnosis.checks.some((c) => c.id === last)).toBe(true);

    // A new tab, as a teammate clicking the link would: a same-page goto would only change the hash.
    const fresh = new JobPage(await context.newPage());
    await fresh.goto(region, name, `#check-${last}`);
    const item = fresh.check(last ?? '');
    await expect(item).toHaveAttribute('data-highlighted', 'true');
    await expect(item).toBeInViewport();
    await expect(item.getByRole('button').first()).toHaveAttribute('aria-expanded', 'true');
  });

  test("the diagnosis card's 'Go to the fix' jumps to the failing check, opened and highlighted", async ({ jobPage, jobDetail, page }) => {
    const detail = await jobDetail(region, name);
    const failing = detail.diagnosis.checks.find((c) => c.status === 'fail' && detail.diagnosis.fixes.some((f) => f.verified && f.checkIds.includes(c.id)));
    expect(failing, `no failing check with a verified fix for ${name}`).toBeDefined();
    await jobPage.goto(region, name);
    const item = jobPage.check(failing?.id ?? '');
    await expect(item).not.toHaveAttribute('data-highlighted', 'true');

    await jobPage.nextStep().getByRole('link', { name: /Go to the fix/ }).click();
    await expect(page).toHaveURL(new RegExp(`#check-${failing?.id}$`));
    await expect(item).toHaveAttribute('data-highlighted', 'true');
    await expect(item).toBeInViewport();
    await expect(item.getByTestId('fix').first()).toBeVisible();
  });
});
