import { expect, type Locator, type Page } from '@playwright/test';

/** The failed-jobs list, as a user drives it. */
export class ListPage {
  readonly table: Locator;
  readonly rows: Locator;
  readonly search: Locator;
  readonly region: Locator;
  readonly range: Locator;
  readonly chips: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('job-table');
    this.rows = page.getByTestId('job-row');
    this.search = page.getByLabel('Job name contains');
    this.region = page.getByLabel('Region');
    this.range = page.getByLabel('Time range');
    this.chips = page.getByTestId('cause-chips');
  }

  /** The per-job table unless the query asks for a view (the grouped view is the default since issue 9). */
  async goto(query = '') {
    const withView = /(^|&)view=/.test(query) ? query : [query, 'view=table'].filter(Boolean).join('&');
    await this.page.goto(`/?${withView}`);
    await this.ready();
  }

  /** Rows, an empty state or an error: the list has answered, and the background sync has finished filling it in. */
  async ready() {
    await expect(this.page.getByTestId('list-skeleton')).toHaveCount(0);
    await expect(this.page.getByTestId('job-table').or(this.page.getByTestId('empty-list')).or(this.page.getByTestId('api-error')).or(this.page.getByTestId('failure-groups')).first()).toBeVisible();
    // Jobs are listed, described and proven in the background, within AWS's rate limits; the page polls.
    await expect(this.page.getByTestId('progress-banner')).toHaveCount(0, { timeout: 60_000 });
    await this.settled();
  }

  /**
   * The answer on screen is the current one. While a new query loads (another chip, region or
   * range) the last answer stays dimmed and marked busy, then fades back in; a contrast check or a
   * screenshot taken before then measures the dimmed page, not the one a user reads.
   */
  async settled() {
    await expect(this.page.locator('[data-testid="list-results"][aria-busy]')).toHaveCount(0);
    await expect.poll(() => this.page.getByTestId('list-results').evaluateAll((els) => els.every((e) => getComputedStyle(e).opacity === '1'))).toBe(true);
  }

  async rowNames(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-job') ?? ''));
  }

  row(name: string): Locator {
    return this.page.locator(`[data-testid="job-row"][data-job="${name}"]`);
  }

  badge(name: string): Locator {
    return this.row(name).locator('[data-cause]').last();
  }

  chip(cause: string): Locator {
    return this.chips.locator(`button[data-cause="${cause}"]`);
  }

  async openJob(name: string) {
    await this.row(name).getByRole('link', { name }).click();
    // Job links carry `?account=`: match the path, whatever the query.
    await this.page.waitForURL((url) => url.pathname.endsWith(`/${name}`) && url.pathname.startsWith('/jobs/'));
  }
}
