import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { jobsWithCause } from './demo-scenario';
import { expect, test } from './fixtures';

/**
 * The system's dark setting (prefers-color-scheme) turns every page dark: the list, a job page,
 * the error pages. axe checks the contrast of every text on them.
 */
test.use({ colorScheme: 'dark' });

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

/** Relative luminance (0 black .. 1 white) of the page behind the text, and of the text. */
async function pageColours(page: Page): Promise<{ background: number; text: number }> {
  return page.evaluate(() => {
    const probe = document.createElement('canvas').getContext('2d');
    const luminance = (css: string) => {
      if (!probe) return NaN;
      probe.fillStyle = '#000';
      probe.fillStyle = css;
      probe.fillRect(0, 0, 1, 1);
      const [r, g, b] = [...probe.getImageData(0, 0, 1, 1).data].map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    // A page that paints no background shows the browser's canvas colour, which follows its color-scheme.
    const canvas = document.createElement('div');
    canvas.style.background = 'Canvas';
    document.body.append(canvas);
    const transparent = 'rgba(0, 0, 0, 0)';
    const style = getComputedStyle(document.body);
    const html = getComputedStyle(document.documentElement).backgroundColor;
    const background = style.backgroundColor !== transparent ? style.backgroundColor : html !== transparent ? html : getComputedStyle(canvas).backgroundColor;
    canvas.remove();
    return { background: luminance(background), text: luminance(style.color) };
  });
}

const job = jobsWithCause('bucket-policy')[0] ?? jobsWithCause('s3-read')[0];

test.describe('dark theme', () => {
  test('the list is dark and every text on it has enough contrast', async ({ listPage, page }) => {
    await listPage.goto('range=30d');
    const colours = await pageColours(page);
    expect(colours.background).toBeLessThan(0.05);
    expect(colours.text).toBeGreaterThan(0.7);
    expect(await seriousViolations(page)).toEqual([]);
    // Pressed chips and the keyboard selection are checked too.
    // Each is scanned once the list has settled: while the chip's query loads, the last answer is
    // dimmed on purpose (and fades back), which is not the contrast a user reads.
    await listPage.chips.locator('button[data-cause]').first().click();
    await listPage.settled();
    await page.keyboard.press('j');
    await expect(listPage.rows.and(page.locator('[data-selected]'))).toHaveCount(1);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a job page with its fixes is dark and readable', async ({ jobPage, page }) => {
    test.skip(!job, 'no demo job with a fix');
    await jobPage.goto(job?.region ?? '', job?.name ?? '');
    expect((await pageColours(page)).background).toBeLessThan(0.05);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the error pages follow the system setting too', async ({ page }) => {
    await page.goto('/jobs/us-east-1/no-such-training-job-here');
    await expect(page.getByTestId('not-found')).toBeVisible();
    expect((await pageColours(page)).background).toBeLessThan(0.05);
    expect(await seriousViolations(page)).toEqual([]);

    // The plain page the request guard answers with, before the app renders.
    await page.goto('/jobs/us-east-1/bad_name!');
    await expect(page.getByTestId('invalid-link')).toBeVisible();
    const plain = await pageColours(page);
    expect(plain.background).toBeLessThan(0.05);
    expect(plain.text).toBeGreaterThan(0.7);
  });

  test('light stays light when the system is light', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto('/jobs/us-east-1/no-such-training-job-here');
    expect((await pageColours(page)).background).toBeGreaterThan(0.9);
    await context.close();
  });
});
