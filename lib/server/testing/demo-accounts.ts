/**
 * The demo as it ships — both accounts of emulator/scenarios/accounts.demo.json, each with its
 * scenario — triaged job by job through the app's own use case (`getJobDetail`, "Re-run triage"),
 * so a test can hold every page the demo serves to an invariant. Jobs of every status are triaged:
 * the ones that did not fail must come back without a diagnosis.
 */
import { fileURLToPath } from 'node:url';
import demoJson from '@/emulator/scenarios/demo.json';
import type { Faults } from '@/emulator/faults/config';
import { parseScenario, readScenarioFile } from '@/emulator/scenario/load';
import type { Scenario } from '@/emulator/scenario/schema';
import type { JobDetailResponse } from '@/lib/dto/jobs';
import { readAccountsConfig } from '../accounts-config';
import { getJobDetail } from '../job-detail';
import { startEmulator } from './emulator';

const scenarioPath = (file: string) => fileURLToPath(new URL(`../../../emulator/scenarios/${file}`, import.meta.url));

export const DEMO_ACCOUNTS = readAccountsConfig(scenarioPath('accounts.demo.json'));
const home = parseScenario(demoJson, 'demo.json');
const research = readScenarioFile(scenarioPath('ml-research.json'));
/** Each configured account's scenario: the emulator serves the first as its home account. */
export const DEMO_SCENARIOS: readonly Scenario[] = [home, research];
/** One clock for every run, so two runs resolve the scenarios' time offsets alike. */
const NOW = new Date('2026-06-01T12:00:00Z');

/** Every job the demo accounts hold, as `account region name` with its status: known before any triage, for test names. */
export const DEMO_JOBS: readonly { key: string; status: string }[] = DEMO_SCENARIOS.flatMap((s) => s.trainingJobs.map((j) => ({ key: jobKey(s.accountId, j.region, j.name), status: j.status })));

export function jobKey(accountId: string, region: string, name: string): string {
  return `${accountId} ${region} ${name}`;
}

export interface TriagedJob {
  accountId: string;
  region: string;
  name: string;
  /** The status the scenario gives the job (Failed, Completed, Stopped, InProgress). */
  status: string;
  detail: JobDetailResponse;
}

/** Every job of every demo account, triaged afresh against a new endpoint and store. */
export async function triageEveryDemoJob(faults?: Faults): Promise<TriagedJob[]> {
  const env = await startEmulator({ scenario: home, accounts: [research], accountsConfig: DEMO_ACCOUNTS, now: NOW, ...(faults ? { faults } : {}) });
  try {
    const out: TriagedJob[] = [];
    for (const scenario of DEMO_SCENARIOS) {
      for (const job of scenario.trainingJobs) {
        const result = await getJobDetail(await env.ctx(job.region, scenario.accountId), job.name, { refresh: true });
        if (!result.ok) throw new Error(`${scenario.accountId} ${job.region} ${job.name}: ${result.error.message}`);
        out.push({ accountId: scenario.accountId, region: job.region, name: job.name, status: job.status, detail: result.value });
      }
    }
    return out;
  } finally {
    await env.stop();
  }
}
