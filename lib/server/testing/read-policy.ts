/**
 * The shipped read policy (`deploy/iam/dashboard-read-policy.json`) as the tests use it, and the
 * demo triage run through the app's own code path against a local endpoint that grants the
 * dashboard only what a fault list allows: the harness of the least-privilege tests.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import demoJson from '@/emulator/scenarios/demo.json';
import { actionsAllowedBy } from '@/emulator/faults/allow-only';
import type { Faults } from '@/emulator/faults/config';
import { parseScenario } from '@/emulator/scenario/load';
import type { Check } from '@/lib/analysis/diagnosis';
import type { JobDetailResponse, JobListResponse, UseCaseResult } from '@/lib/dto/jobs';
import { getJobDetail } from '../job-detail';
import { startEmulator } from './emulator';

export const READ_POLICY_PATH = fileURLToPath(new URL('../../../deploy/iam/dashboard-read-policy.json', import.meta.url));
export const MEMBER_ROLE_PATH = fileURLToPath(new URL('../../../deploy/iam/member-read-role.json', import.meta.url));

export const demo = parseScenario(demoJson, 'demo.json');
export const DEMO_REGIONS = [...new Set(demo.trainingJobs.map((j) => j.region))].sort();
export const FAILED_DEMO_JOBS = demo.trainingJobs.filter((j) => j.status === 'Failed');
/** One clock for every run, so two runs resolve the scenario's time offsets alike. */
export const DEMO_NOW = new Date('2026-06-01T12:00:00Z');

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Every action the shipped read policy allows. */
export function readPolicyActions(): string[] {
  return actionsAllowedBy(readJson(READ_POLICY_PATH), READ_POLICY_PATH);
}

export interface DemoTriage {
  lists: Record<string, UseCaseResult<JobListResponse>>;
  details: Record<string, UseCaseResult<JobDetailResponse>>;
  /** The operations (`s3:GetBucketPolicy` form, as the SDK names them) each job's triage sent. */
  calls: Record<string, Set<string>>;
}

/**
 * Triage `jobs` as a user would: the settled list of each region, then "Re-run triage" on every
 * job page (`getJobDetail(..., { refresh: true })`), against a fresh endpoint and a fresh store.
 */
export async function triageDemo(faults: Faults, jobs = FAILED_DEMO_JOBS, regions = DEMO_REGIONS): Promise<DemoTriage> {
  let current = '';
  const calls: Record<string, Set<string>> = {};
  const env = await startEmulator({
    scenario: demo,
    now: DEMO_NOW,
    faults,
    onCall: ({ service, operation }) => {
      if (current) (calls[current] ??= new Set()).add(`${service}:${operation}`);
    },
  });
  try {
    const lists: DemoTriage['lists'] = {};
    for (const region of regions) lists[region] = await env.settledList(region);
    const details: DemoTriage['details'] = {};
    for (const job of jobs) {
      current = job.name;
      details[job.name] = await getJobDetail(await env.ctx(job.region), job.name, { refresh: true });
      current = '';
    }
    return { lists, details, calls };
  } finally {
    await env.stop();
  }
}

/** What a person reads off a check: compared between runs (ids are stable within a job). */
export function checkLine(c: Check): string {
  return `${c.id} ${c.status}: ${c.reason}`;
}

/**
 * The IAM action that authorizes an SDK operation (`service:Operation` as the client pool names
 * it): the operation's own name, except where AWS authorizes it under another action; `null` for
 * a call that needs no permission.
 */
export function iamActionOf(operation: string): string | null {
  if (operation === 'sts:GetCallerIdentity') return null;
  return ACTION_OF_OPERATION[operation] ?? operation;
}

/** The service authorization reference lists these under another action name than the API's. */
const ACTION_OF_OPERATION: Record<string, string> = {
  's3:GetBucketEncryption': 's3:GetEncryptionConfiguration',
};
