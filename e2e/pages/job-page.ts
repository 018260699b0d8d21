import { expect, type Locator, type Page } from '@playwright/test';

/** One job's triage page. */
export class JobPage {
  readonly diagnosis: Locator;
  readonly checks: Locator;

  constructor(readonly page: Page) {
    this.diagnosis = page.getByTestId('diagnosis');
    this.checks = page.getByTestId('check');
  }

  async goto(region: string, name: string, hash = '') {
    await this.page.goto(`/jobs/${region}/${name}${hash}`);
    await this.ready();
  }

  async ready() {
    await expect(this.diagnosis).toBeVisible();
  }

  /** The diagnosis card's "Go to ..." link: where a newcomer should look first. */
  nextStep(): Locator {
    return this.diagnosis.getByTestId('next-step');
  }

  causeBadge(): Locator {
    return this.diagnosis.locator('[data-cause]').first();
  }

  check(id: string): Locator {
    return this.page.locator(`li[data-testid="check"][data-check-id="${id}"]`);
  }

  failingChecks(): Locator {
    return this.page.locator('li[data-testid="check"][data-status="fail"]');
  }

  /** A fix shown in full: once on the page, under the first check it targets. */
  fixCard(fixId: string): Locator {
    return this.page.locator(`[data-testid="fix"][data-fix-id="${fixId}"]`);
  }

  fixIn(check: Locator, fixId: string): Locator {
    return check.locator(`[data-testid="fix"][data-fix-id="${fixId}"]`);
  }

  /** Clicks one of the fix's copy buttons and returns what landed on the clipboard. */
  async copy(fix: Locator, label: 'Copy policy' | 'Copy command'): Promise<string> {
    const button = fix.getByRole('button', { name: new RegExp(label) });
    await button.click();
    await expect(button).toContainText('Copied');
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** What a reader sees of the diagnosis, for comparing two renders of the same link. */
  async diagnosisText(): Promise<{ cause: string | null; confidence: string | null; summary: string; checks: string[] }> {
    return {
      cause: await this.causeBadge().getAttribute('data-cause'),
      confidence: await this.diagnosis.getByTestId('confidence').getAttribute('data-confidence'),
      summary: (await this.diagnosis.getByTestId('diagnosis-summary').textContent()) ?? '',
      checks: await this.checks.evaluateAll((items) => items.map((i) => `${i.getAttribute('data-check-id')}=${i.getAttribute('data-status')}`)),
    };
  }
}
