/**
 * Starts an in-process emulator on port 0 with the test account, and hands out real SDK client
 * configs pointed at it with placeholder credentials. Shared by the emulator's protocol tests.
 */
import { fileURLToPath } from 'node:url';
import type { Faults } from '../faults/config';
import { readScenarioFile } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import { DEMO_ADMIN_ACCESS_KEY_ID } from '../identity';
import { createEmulator, type Emulator } from '../server';

export const TEST_SCENARIO_PATH = fileURLToPath(new URL('../scenarios/test-account.json', import.meta.url));
export const TEST_NOW = new Date('2026-06-01T12:00:00Z');
export const ACCOUNT = '111122223333';
export const DASHBOARD_ARN = `arn:aws:sts::${ACCOUNT}:assumed-role/JobtriageReadOnly/dashboard`;
export const ADMIN_ARN = `arn:aws:sts::${ACCOUNT}:assumed-role/Admin/demo-admin`;
/** The test account's customer managed key (alias/acme-data), and a partner account's key it names. */
export const KEY = '1234abcd-12ab-44cd-96ef-1234567890ab';
export const KEY_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/${KEY}`;
export const PARTNER_KEY_ARN = 'arn:aws:kms:us-east-1:444455556666:key/0987dcba-09fe-47dc-a5ba-ab0987654321';

export interface Running {
  emulator: Emulator;
  url: string;
  /** A client config for `region`; one attempt unless told otherwise, so errors are seen as sent. */
  config: (region?: string, maxAttempts?: number) => {
    region: string;
    endpoint: string;
    credentials: { accessKeyId: string; secretAccessKey: string };
    maxAttempts: number;
  };
  /** The same, signed as the demo administrator, who may call the write operations. */
  adminConfig: (region?: string) => ReturnType<Running['config']>;
}

export function testScenario(): Scenario {
  return readScenarioFile(TEST_SCENARIO_PATH);
}

export async function startTestEmulator(
  options: { faults?: Faults; scenario?: Scenario; pageSize?: number; readOnly?: boolean; accounts?: Scenario[] } = {},
): Promise<Running> {
  const emulator = createEmulator({
    scenario: options.scenario ?? testScenario(),
    faults: options.faults,
    now: TEST_NOW,
    pageSize: options.pageSize,
    readOnly: options.readOnly,
    ...(options.accounts ? { accounts: options.accounts } : {}),
  });
  const url = await emulator.listen(0);
  const config = (region = 'us-east-1', maxAttempts = 1, accessKeyId = 'AKIDEMULATORTEST') => ({
    region,
    endpoint: url,
    credentials: { accessKeyId, secretAccessKey: 'emulator-secret' },
    maxAttempts,
  });
  return { emulator, url, config: (region, maxAttempts) => config(region, maxAttempts), adminConfig: (region) => config(region, 1, DEMO_ADMIN_ACCESS_KEY_ID) };
}

/** The error a promise rejects with, or a failure if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<Error & { $metadata: { httpStatusCode?: number }; Code?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { $metadata: { httpStatusCode?: number } };
  }
  throw new Error('expected the call to fail, but it succeeded');
}
