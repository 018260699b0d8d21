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

  /** The one line the passed checks fold into ("7 requests allowed"), and its toggle. */
  passedGroup(): Locator {
    return this.page.getByTestId('passed-checks');
  }

  passedToggle(): Locator {
    return this.passedGroup().getByRole('button').first();
  }

  /** Every open/close toggle of the checklist: one per failing or unproven check, and the passed line. */
  checklistToggles(): Locator {
    return this.page.getByTestId('checklist').locator('button[aria-expanded]');
  }

  /** The log excerpt placed before the checklist because it holds the answer. */
  logsFirst(): Locator {
    return this.page.getByTestId('logs-first');
  }

  /** The links out to the AWS console in the header. */
  consoleLinks(): Locator {
    return this.page.getByTestId('console-links').getByRole('link');
  }

  /** Clicks a check's own "Copy link" and returns what landed on the clipboard. */
  async copyCheckLink(check: Locator): Promise<string> {
    const button = check.getByTestId('check-link').getByRole('button');
    await button.click();
    await expect(button).toContainText('Copied');
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** How many visible boxes print `statement` (compared without whitespace, as JSON). */
  async quotesOf(statement: unknown): Promise<number> {
    const wanted = JSON.stringify(statement).replace(/\s+/g, '');
    return this.page.locator('pre').evaluateAll(
      (boxes, text) => boxes.filter((b) => (b as HTMLElement).offsetParent !== null && (b as HTMLElement).innerText.replace(/\s+/g, '').includes(text)).length,
      wanted,
    );
  }

  /**
   * A locator's text as the engine wrote it: the key aliases the page prints after KMS key ARNs
   * taken out (and whitespace collapsed), to compare with a reason or summary from the API.
   */
  async engineText(locator: Locator): Promise<string> {
    const text = await locator.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      for (const alias of copy.querySelectorAll('[data-testid="key-alias"]')) alias.remove();
      return copy.textContent ?? '';
    });
    return text.replace(/\s+/g, ' ');
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
