import { expect, test, type Browser } from '@playwright/test';
import { JobPage } from './pages/job-page';
import { ListPage } from './pages/list-page';
import { startOwnApp, type OwnApp } from './own-app';

/**
 * Two accounts in a browser: an app of this spec's own, configured with the demo's accounts file
 * (ml-platform, the dashboard's own, and ml-research through its read role), reading the local
 * endpoint playwright.config.ts starts, which serves both accounts and answers AssumeRole.
 */
const appPort = Number(process.env.E2E_ACCOUNTS_APP_PORT ?? Number(process.env.E2E_APP_PORT ?? 3210) + 2);
const base = `http://127.0.0.1:${appPort}`;
const RESEARCH = '222233334444';
const PLATFORM = '111122223333';
let app: OwnApp | undefined;

test.skip(!!process.env.E2E_BASE_URL, 'starts an app of its own; not against an external one');
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  app = await startOwnApp('two-account', appPort, {
    JOBTRIAGE_CONFIG: 'emulator/scenarios/accounts.demo.json',
    JOBTRIAGE_AUTH: 'none',
    JOBTRIAGE_ALLOW_NO_AUTH: '1',
  });
});

test.afterAll(() => {
  app?.stop();
});

async function open(browser: Browser) {
  const context = await browser.newContext({ baseURL: base });
  return context.newPage();
}

test('switching account lists the other account, and its job page carries the account in the URL', async ({ browser }) => {
  const page = await open(browser);
  const list = new ListPage(page);
  await list.goto('range=30d');
  const account = page.getByTestId('account-select');
  await expect(account).toHaveValue(PLATFORM);

  await account.selectOption(RESEARCH);
  await expect(page).toHaveURL(new RegExp(`account=${RESEARCH}`));
  await list.ready();
  await expect(list.row('research-s3-read-1')).toBeVisible();
  const accounts = await list.rows.evaluateAll((rows) => [...new Set(rows.map((r) => r.getAttribute('data-account')))]);
  expect(accounts).toEqual([RESEARCH]);

  await list.openJob('research-s3-read-1');
  const url = new URL(page.url());
  expect(url.pathname).toBe('/jobs/us-east-1/research-s3-read-1');
  expect(url.searchParams.get('account')).toBe(RESEARCH);
  const job = new JobPage(page);
  await job.ready();
  await expect(job.causeBadge()).toHaveAttribute('data-cause', 's3-read');
  await expect(page.getByTestId('job-scope')).toContainText(`account ${RESEARCH}`);

  // The same link opened afresh (a teammate's tab) shows the same job; without the account it is not the default account's.
  const fresh = await open(browser);
  const response = await fresh.goto(`/jobs/us-east-1/research-s3-read-1?account=${RESEARCH}`);
  expect(response?.status()).toBe(200);
  await new JobPage(fresh).ready();
  expect((await fresh.goto('/jobs/us-east-1/research-s3-read-1'))?.status()).toBe(404);
});

test('all accounts merged: each row says its account and region', async ({ browser }) => {
  const page = await open(browser);
  const list = new ListPage(page);
  await list.goto('account=all&range=30d');
  const scopes = await page.getByTestId('row-scope').allTextContents();
  expect(scopes).toContain('ml-research · us-east-1');
  expect(scopes.some((s) => s.startsWith('ml-platform · '))).toBe(true);
  await expect(page.getByTestId('list-subtitle')).toContainText('all accounts · all regions');
});

test('all accounts in the grouped view (the default): no failure groups to show, so every job is listed', async ({ browser }) => {
  const page = await open(browser);
  const list = new ListPage(page);
  await list.goto('account=all&range=30d&view=groups');
  await expect(page.getByTestId('groups-need-one-scope')).toBeVisible();
  const scopes = await page.getByTestId('row-scope').allTextContents();
  expect(scopes).toContain('ml-research · us-east-1');
  expect(scopes.some((s) => s.startsWith('ml-platform · '))).toBe(true);
});

test('an account that is not configured is refused, naming the configured ones', async ({ browser }) => {
  const page = await open(browser);
  const response = await page.request.get(`${base}/api/jobs?account=999988887777`);
  expect(response.status()).toBe(400);
  expect((await response.json()).error.message).toContain('Configured accounts: ml-platform (111122223333), ml-research (222233334444).');
});
