import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { attachScreenshot, expect, test } from './fixtures';

/**
 * Failure groups on the demo: the grouped list is the default view, a group has a shareable page
 * whose state (status, assignee, notes, history) survives a reload, and a failed job links to its
 * group and to its last good run. Serial: the tests share one group's state.
 */
test.describe.configure({ mode: 'serial' });

const NLP_TITLE = 'nlp-training-role → s3://acme-ml-datasets/';

test.describe('failure groups', () => {
  test('the list opens grouped: one row per problem, with its count and trend; the per-job table is one click away', async ({ page, pageGuard }, testInfo) => {
    await page.goto('/?range=30d');
    const groups = page.getByTestId('failure-groups');
    await expect(groups).toBeVisible();
    const nlp = page.getByTestId('group-row').filter({ hasText: NLP_TITLE });
    await expect(nlp).toHaveCount(1);
    await expect(nlp.getByTestId('group-count')).toHaveText('3 jobs');
    await expect(nlp.getByTestId('sparkline')).toHaveAttribute('aria-label', /^3 failures in the last 30 days/);
    await expect(nlp).toContainText('nlp-intent-bert-run-119, nlp-intent-bert-run-118, nlp-ner-distilbert-run-44');
    // 27 failed jobs in us-east-1 make 25 problems, all open.
    await expect(page.getByTestId('group-filter-unresolved')).toContainText('25');
    await attachScreenshot(page, testInfo, 'groups-list');

    await page.getByRole('button', { name: 'All jobs' }).click();
    await expect(page).toHaveURL(/view=table/);
    await expect(page.getByTestId('job-row').first()).toBeVisible();
    expect(pageGuard.errors).toEqual([]);
  });

  test('the name search narrows the groups to those holding a matching job', async ({ page, pageGuard }) => {
    await page.goto('/?range=30d');
    await expect(page.getByTestId('group-row').first()).toBeVisible();
    await page.getByRole('searchbox').fill('intent');
    const rows = page.getByTestId('group-row');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(NLP_TITLE);
    await expect(rows.first().getByTestId('group-count')).toHaveText('3 jobs');
    await expect(rows.first().getByTestId('group-matched')).toHaveText('(2 of 3 match the search)');
    await expect(rows.first()).not.toContainText('nlp-ner-distilbert-run-44');
    expect(pageGuard.errors).toEqual([]);
  });

  test('marks groups first seen since the last visit as new', async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem('jobtriage.groups.lastVisit.us-east-1', '2000-01-01T00:00:00.000Z'));
    await page.goto('/?range=30d');
    await expect(page.getByTestId('group-row').first().getByTestId('new-marker')).toBeVisible();
  });

  test('a group page: one fix for all its jobs, status, assignee and notes that survive a reload', async ({ page, pageGuard }, testInfo) => {
    await page.goto('/?range=30d');
    await page.getByRole('link', { name: NLP_TITLE }).click();
    await expect(page).toHaveURL(/\/groups\/[0-9a-f]{14}\?region=us-east-1&account=\d{12}$/);
    const view = page.getByTestId('group-page');
    await expect(view.getByRole('heading', { level: 1 })).toHaveText(NLP_TITLE);
    await expect(page.getByTestId('group-page-count')).toHaveText('3');
    await expect(page.getByTestId('group-jobs').getByRole('link')).toHaveText(['nlp-intent-bert-run-119', 'nlp-intent-bert-run-118', 'nlp-ner-distilbert-run-44']);
    await expect(page.getByTestId('group-fix-verdict')).toHaveText(/^Verified: with (this change|these \d changes) applied, every request that failed passes for each of the 3 jobs re-simulated\.$/);
    await expect(page.getByTestId('group-history')).toContainText('Opened when');

    await page.getByTestId('assignee-input').fill('Ana');
    await page.getByRole('button', { name: 'Assign to me' }).click();
    await expect(page.getByTestId('group-assignee')).toHaveText('Assigned to Ana');
    await page.getByTestId('note-input').fill('<b>Asked</b> the data team to move the dataset back');
    await page.getByRole('button', { name: 'Add note' }).click();
    await expect(page.getByTestId('group-note')).toContainText('<b>Asked</b> the data team');
    await page.getByTestId('set-status-resolved').click();
    await expect(view.locator('[data-status="resolved"]').first()).toBeVisible();
    await attachScreenshot(page, testInfo, 'group-page');

    await page.reload();
    await expect(page.getByTestId('group-assignee')).toHaveText('Assigned to Ana');
    await expect(page.getByTestId('group-note')).toHaveCount(1);
    await expect(page.getByTestId('group-history')).toContainText('changed the status from open to resolved');
    expect(pageGuard.dialogs).toEqual([]);

    // Back in the list: out of "Unresolved", under "Resolved" and "Assigned to me".
    await page.goto('/?range=30d');
    await expect(page.getByTestId('group-filter-unresolved')).toContainText('24');
    await page.getByTestId('group-filter-resolved').click();
    await expect(page).toHaveURL(/status=resolved/);
    await expect(page.getByTestId('group-row')).toHaveCount(1);
    // Another filter keeps the status tab.
    await page.getByLabel('Time range').selectOption('7d');
    await expect(page).not.toHaveURL(/range=30d/); // 7 days is the default: not in the URL
    await expect(page).toHaveURL(/status=resolved/);
    await page.getByLabel('Time range').selectOption('30d');
    await page.getByTestId('group-filter-mine').click();
    await expect(page.getByTestId('group-row').filter({ hasText: NLP_TITLE })).toHaveCount(1);
  });

  test('axe finds no serious or critical violations on the grouped list and a group page', async ({ page }) => {
    // Two pages and two axe runs on two shared cores: the list's own axe test alone takes most of a minute.
    test.setTimeout(180_000);
    await page.goto('/?range=30d');
    await expect(page.getByTestId('group-row').first()).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.getByTestId('group-row').first().getByRole('link').click();
    await expect(page.getByTestId('group-page')).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test('an unknown group is a 404; a malformed id says what a group link looks like', async ({ page }) => {
    const missing = await page.goto('/groups/00000000000000?region=us-east-1');
    expect(missing?.status()).toBe(404);
    await page.goto('/groups/not-an-id?region=us-east-1');
    await expect(page.getByTestId('invalid-link')).toContainText('not a group id');
  });

  test('a failed job links to its group and shows what changed since its last good run', async ({ jobPage, page }) => {
    await jobPage.goto('us-east-1', 'nlp-intent-bert-run-118');
    await expect(page.getByTestId('job-group-link').getByRole('link')).toHaveText(NLP_TITLE);
    const lastGood = page.getByTestId('last-good-run');
    await expect(lastGood.getByRole('link', { name: 'nlp-intent-bert-run-117' })).toBeVisible();
    await expect(lastGood.getByTestId('run-differences')).toContainText('Input channels');
    await page.getByTestId('job-group-link').getByRole('link').click();
    await expect(page).toHaveURL(/\/groups\/[0-9a-f]{14}\?region=us-east-1&account=\d{12}$/);
  });
});

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}
