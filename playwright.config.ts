import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests against a production build and the local AWS endpoint serving the demo account.
 * `npm test` builds first; here we only start the two servers. Set E2E_BASE_URL to aim the specs at
 * an app you already run (then no server is started).
 */
const emulatorPort = Number(process.env.E2E_EMULATOR_PORT ?? 4610);
const appPort = Number(process.env.E2E_APP_PORT ?? 3210);
const externalApp = process.env.E2E_BASE_URL;
const chromium = '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // Two cores: the app, the emulator and the browser share them.
  workers: process.env.CI ? 1 : 2,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: externalApp ?? `http://127.0.0.1:${appPort}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    viewport: { width: 1280, height: 900 },
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 900 },
        launchOptions: {
          ...(existsSync(chromium) ? { executablePath: chromium } : {}),
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
        },
      },
    },
  ],
  webServer: externalApp
    ? undefined
    : [
        {
          command: `npx tsx emulator/main.ts --port ${emulatorPort}`,
          url: `http://127.0.0.1:${emulatorPort}/health`,
          reuseExistingServer: !process.env.CI,
          timeout: 60_000,
          stdout: 'pipe',
        },
        {
          command: `npx next start -p ${appPort}`,
          url: `http://127.0.0.1:${appPort}/api/health`,
          reuseExistingServer: !process.env.CI,
          timeout: 120_000,
          env: {
            AWS_ENDPOINT_URL: `http://127.0.0.1:${emulatorPort}`,
            AWS_ACCESS_KEY_ID: 'e2e-placeholder',
            AWS_SECRET_ACCESS_KEY: 'e2e-placeholder',
            AWS_REGION: 'us-east-1',
            JOBTRIAGE_REGIONS: 'us-east-1,eu-west-1',
            // A store of the run's own, empty, like the endpoint's demo account: never a shared database.
            JOBTRIAGE_DATA_DIR: mkdtempSync(join(tmpdir(), 'jobtriage-e2e-')),
            DATABASE_URL: '',
            // The demo's specs run without sign-on (e2e/sign-in.spec.ts starts its own app with it).
            JOBTRIAGE_AUTH: 'none',
            JOBTRIAGE_ALLOW_NO_AUTH: '1',
          },
        },
      ],
});
