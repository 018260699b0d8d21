import type { Locator } from '@playwright/test';
import { summaryResource } from '../lib/analysis/summary-resource';
import { failedJobs } from './demo-scenario';
import type { ListPage } from './pages/list-page';
import { expect, test } from './fixtures';

// The demo jobs span 23 days; the widest preset shows them all.
const ALL = 'range=30d';

/** Where a text wraps: the text before each line break, with `|` at the break. */
function lineBreaks(el: Locator): Promise<string[]> {
  return el.evaluate((node) => {
    const text = node.firstChild;
    if (!(text instanceof Text)) return [];
    const range = document.createRange();
    const tops: number[] = [];
    for (let i = 0; i < text.length; i++) {
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      tops.push(Math.round(range.getBoundingClientRect().top));
    }
    const breaks: string[] = [];
    for (let i = 1; i < tops.length; i++) if ((tops[i] ?? 0) > (tops[i - 1] ?? 0)) breaks.push(`${text.data.slice(0, i)}|${text.data.slice(i)}`);
    return breaks;
  });
}

test.describe('the list, as a new user meets it', () => {
  test('role names wrap at their hyphens, never mid-word, and instance types are whole', async ({ listPage }) => {
    await listPage.goto(ALL);
    const roles = listPage.rows.getByTestId('role-name');
    expect(await roles.count()).toBeGreaterThan(10);
    for (const role of await roles.all()) {
      for (const at of await lineBreaks(role)) expect.soft(at, 'a role name breaks inside a word').toMatch(/[-_.@+=,]\|/);
      // Whole: nothing of it is clipped.
      expect.soft(await role.evaluate((el) => el.scrollHeight <= el.clientHeight + 1 && el.getBoundingClientRect().height > 0)).toBe(true);
    }
    for (const cell of await listPage.rows.locator('td:nth-child(5)').all()) {
      expect.soft(await cell.evaluate((el) => el.scrollWidth <= el.clientWidth), `${await cell.textContent()} is cut`).toBe(true);
    }
  });

  test('each row keeps visible the bucket, key or repository that tells it from its neighbours', async ({ listPage, page }) => {
    await listPage.goto(ALL);
    const response = await page.request.get('/api/jobs/export?format=json&region=us-east-1');
    const { jobs } = (await response.json()) as { jobs: { name: string; summary: string }[] };
    let checked = 0;
    for (const job of jobs) {
      const expected = summaryResource(job.summary);
      const shown = listPage.row(job.name).getByTestId('summary-resource');
      if (!expected) {
        await expect.soft(shown).toHaveCount(0);
        continue;
      }
      await expect.soft(shown).toHaveText(expected);
      // Not clamped and inside its cell: all of it can be read.
      expect.soft(await shown.evaluate((el) => el.scrollHeight <= el.clientHeight + 1 && el.getBoundingClientRect().right <= (el.closest('td')?.getBoundingClientRect().right ?? 0) + 1)).toBe(true);
      checked++;
    }
    // The two nlp-intent runs and ner-distilbert share role and bucket: only their prefixes differ.
    expect(checked).toBeGreaterThan(15);
    await expect(listPage.row('nlp-ner-distilbert-run-44').getByTestId('summary-resource')).toHaveText('s3://acme-ml-datasets/nlp/ner-v3/train/');
  });

  test('a pressed cause chip is filled and pressed, not ringed; keyboard focus keeps its own ring', async ({ listPage, page }) => {
    await listPage.goto(ALL);
    const chip = listPage.chips.locator('button[data-cause]').first();
    const released = await chip.evaluate((el) => getComputedStyle(el).backgroundColor);
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    // Clicked, not focused from the keyboard: no ring of any kind, a filled dark chip instead.
    const pressed = await chip.evaluate((el) => ({ bg: getComputedStyle(el).backgroundColor, shadow: getComputedStyle(el).boxShadow, outline: getComputedStyle(el).outlineStyle }));
    expect(pressed.bg).not.toBe(released);
    expect(pressed.shadow).toBe('none');
    expect(pressed.outline).toBe('none');
    const allCauses = page.getByRole('button', { name: /All causes/ });
    await expect(allCauses).toHaveAttribute('aria-pressed', 'false');
    // From the keyboard, the focus ring is the outline, and it shows on the pressed chip too.
    await allCauses.focus();
    await page.keyboard.press('Tab');
    await expect(chip).toBeFocused();
    expect(await chip.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  });

  test('custom range: 24-hour UTC inputs, and an inverted range is said inline without moving the table', async ({ listPage, page }) => {
    await listPage.goto('range=custom&from=2026-11-01T14:00&to=2026-11-29T15:30');
    const from = page.getByLabel('From (UTC)');
    const to = page.getByLabel('To (UTC)');
    await expect(from).toHaveValue('2026-11-01 14:00');
    await expect(to).toHaveValue('2026-11-29 15:30');
    const tableTop = async () => (await listPage.table.boundingBox())?.y;
    const before = await tableTop();

    await from.fill('2026-11-30 10:00');
    const message = page.getByTestId('range-message');
    await expect(message).toHaveText('“From” (2026-11-30 10:00) is after “To” (2026-11-29 15:30): swap them or change one.');
    await expect(from).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('button', { name: 'Apply' })).toBeDisabled();
    expect(await tableTop()).toBe(before);

    await from.fill('11/30/2026 3:30 PM');
    await expect(message).toContainText('write it as 2026-11-20 14:00 (24-hour, UTC)');
    expect(await tableTop()).toBe(before);

    await from.fill('2026-11-20 08:00');
    await expect(from).not.toHaveAttribute('aria-invalid');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/from=2026-11-20T08%3A00%3A00.000Z/);
  });

  test('an empty search offers clearing the search and widening the range', async ({ listPage, page }) => {
    await listPage.goto('range=24h&q=nothing-matches-this-name');
    const empty = page.getByTestId('empty-list');
    await empty.getByRole('button', { name: 'Widen to the last 7 days' }).click();
    await expect(page).toHaveURL(/range=7d|^[^?]*\?(?!.*range=)/);
    await expect(empty.getByRole('button', { name: 'Widen to the last 30 days' })).toBeVisible();
    await empty.getByRole('button', { name: /Clear the search/ }).click();
    await expect(page).not.toHaveURL(/q=/);
    await expect(listPage.search).toHaveValue('');
    await expect.poll(() => listPage.rows.count()).toBeGreaterThan(0);
  });

  test('each row says how sure its cause is, as the API does', async ({ listPage, page }) => {
    await listPage.goto(ALL);
    const { jobs } = (await (await page.request.get('/api/jobs/export?format=json&region=us-east-1')).json()) as { jobs: { name: string; confidence: string; proven: boolean }[] };
    const seen = new Set<string>();
    for (const job of jobs.filter((j) => j.proven)) {
      const note = listPage.row(job.name).getByTestId('confidence');
      await expect.soft(note).toHaveAttribute('data-confidence', job.confidence);
      await expect.soft(note).toHaveText(job.confidence === 'unknown' ? 'unclear' : job.confidence);
      seen.add(job.confidence);
    }
    expect([...seen].sort()).toEqual(['confirmed', 'likely']);
  });
});

/** The list once its keys work: the page is hydrated and the listener is on. */
async function gotoWithKeys(listPage: ListPage, query: string) {
  await listPage.goto(query);
  await expect(listPage.page.locator('[data-keys="ready"]')).toBeAttached();
}

test.describe('keyboard', () => {
  test('j / k move a visible selection, Enter opens it', async ({ listPage, page }) => {
    await gotoWithKeys(listPage, ALL);
    const names = await listPage.rowNames();
    await page.locator('h1').click();
    await page.keyboard.press('j');
    await expect(listPage.row(names[0] ?? '')).toHaveAttribute('data-selected', 'true');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    const second = listPage.row(names[1] ?? '');
    await expect(second).toHaveAttribute('data-selected', 'true');
    await expect(listPage.rows.and(page.locator('[data-selected]'))).toHaveCount(1);
    // Focus travels with the selection, so a screen reader reads the job it lands on.
    await expect(second.getByRole('link')).toBeFocused();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/jobs/us-east-1/${names[1]}`);
  });

  test('k on the first row says there is nothing above', async ({ listPage, page }) => {
    await gotoWithKeys(listPage, ALL);
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await expect(page.getByTestId('keyboard-status')).toHaveText('First job on this page.');
  });

  test('/ goes to the search box, letters there are letters, Escape leaves it for the list', async ({ listPage, page }) => {
    await gotoWithKeys(listPage, ALL);
    const first = (await listPage.rowNames())[0] ?? '';
    await page.keyboard.press('j');
    await expect(listPage.row(first)).toHaveAttribute('data-selected', 'true');
    await page.keyboard.press('/');
    await expect(listPage.search).toBeFocused();
    // Every character reaches the box, the list's own letters included (and the search it sends
    // coming back through the URL does not cut off what was typed after it).
    await page.keyboard.type('nlp-j');
    await expect(listPage.search).toHaveValue('nlp-j');
    await page.keyboard.press('Escape');
    await expect(listPage.search).not.toBeFocused();
    await expect(listPage.search).toHaveValue('nlp-j');
  });
});

test.describe('export', () => {
  test('CSV of the current view: every row the filters keep, as a named file', async ({ listPage, page }) => {
    await listPage.goto(ALL);
    const chip = listPage.chip('s3-read');
    const count = Number((await chip.locator('span.tabular-nums').textContent()) ?? '0');
    await chip.click();
    await expect(page).toHaveURL(/cause=s3-read/);
    // The URL changes before the table re-renders: read the rows once the filter has kept the chip's count.
    await expect(listPage.rows).toHaveCount(count);
    const shown = (await listPage.rowNames()).sort();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^jobtriage-failed-jobs-us-east-1-\d{8}T\d{4}Z\.csv$/);
    const text = (await (await download.createReadStream()).toArray()).join('');
    const [header, ...lines] = text.split('\r\n').filter((l) => l !== '');
    expect(header?.startsWith('name,account,region,failedAt,cause,confidence')).toBe(true);
    expect(lines.map((l) => l.split(',')[0]).sort()).toEqual(shown);
    for (const line of lines) expect(line.split(',')[4]).toBe('s3-read');
  });

  test('JSON of the current view holds the same jobs as the table', async ({ listPage, page }) => {
    await listPage.goto(ALL);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const body = JSON.parse((await (await download.createReadStream()).toArray()).join('')) as { count: number; jobs: { name: string }[] };
    expect(body.count).toBe(failedJobs('us-east-1').length);
    expect(body.jobs.map((j) => j.name).sort()).toEqual((await listPage.rowNames()).sort());
  });
});
