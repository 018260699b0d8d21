import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import demoJson from '@/emulator/scenarios/demo.json';
import researchJson from '@/emulator/scenarios/ml-research.json';
import { adminAccessKeyFor } from '@/emulator/identity';
import { parseScenario } from '@/emulator/scenario/load';
import type { Check, Diagnosis, Fix } from '@/lib/analysis/diagnosis';
import { readAccountsConfig } from '@/lib/server/accounts-config';
import { resetEnvCache } from '@/lib/server/env';
import { getJobDetail } from '@/lib/server/job-detail';
import { startEmulator } from '@/lib/server/testing/emulator';
import { awsCliVersion, cliEnvironment, runCli } from './aws-cli';

/**
 * The product's promise, end to end: every fix the demo offers, for every failed job of both demo
 * accounts (ml-platform in both regions, ml-research read through its role), is taken from the app's own triage (lib/server, against a fresh local endpoint), its `cli`
 * text is run unedited by the real AWS CLI, and the triage is run again. The command must exit 0,
 * every check it targets must now pass, and no check that passed may stop passing. Fixes another
 * account's owner must apply, and changes to a job's own configuration (which cannot be applied to a
 * finished job), are listed as such, never skipped silently.
 */
const demo = parseScenario(demoJson, 'demo.json');
const research = parseScenario(researchJson, 'ml-research.json');
// The demo's own accounts file: ml-research is read by assuming its JobtriageRead role, as `npm run demo` does.
const accountsConfig = readAccountsConfig(fileURLToPath(new URL('../../emulator/scenarios/accounts.demo.json', import.meta.url)));

/** A failed job, where it runs, and the key of that account's administrator, who applies its fixes. */
interface Target {
  accountId: string;
  region: string;
  name: string;
  adminKey: string;
}
const failedJobs: Target[] = [demo, research].flatMap((scenario) =>
  scenario.trainingJobs
    .filter((j) => j.status === 'Failed')
    .map((j) => ({ accountId: scenario.accountId, region: j.region, name: j.name, adminKey: adminAccessKeyFor(scenario.accountId, demo.accountId) })),
);
const label = (t: Target) => `${t.accountId === demo.accountId ? '' : `${research.name} `}${t.region} ${t.name}`;

/**
 * Fixes known to fail the round trip today, keyed `job/fix-id`, with why. A listed fix must still
 * fail (so the entry is removed once the cause is fixed); an unlisted failure fails the test.
 */
const KNOWN_FAILURES: Record<string, string> = {};
const seenKnown = new Set<string>();

type Outcome = { job: string; fix: string; outcome: string };
const outcomes: Outcome[] = [];

let env: Awaited<ReturnType<typeof startEmulator>>;
let cliVersion: string | undefined;
const regionsBefore = process.env.JOBTRIAGE_REGIONS;

beforeAll(async () => {
  cliVersion = await awsCliVersion();
  // The routes' region check, as JOBTRIAGE_CONFIG gives the app: every region of any account.
  process.env.JOBTRIAGE_REGIONS = 'us-east-1,eu-west-1';
  resetEnvCache();
  env = await startEmulator({ scenario: demo, accounts: [research], accountsConfig });
});
afterAll(async () => {
  await env?.stop();
  if (regionsBefore === undefined) delete process.env.JOBTRIAGE_REGIONS;
  else process.env.JOBTRIAGE_REGIONS = regionsBefore;
  resetEnvCache();
  const lines = outcomes.map((o) => `  ${o.job.padEnd(34)} ${o.fix.padEnd(28)} ${o.outcome}`);
  const fixes = outcomes.filter((o) => o.fix !== '-' && o.fix !== 'all together').length;
  console.log(`fix round trip with ${cliVersion ?? 'no aws CLI'}: ${fixes} fixes of ${failedJobs.length} failed jobs\n${lines.join('\n')}`);
});

/** A fresh account (the scenario as written) and a triage that reads it, not the previous one. */
function freshAccount(): void {
  env.emulator.reset();
  // Descriptions stay stored (a finished job never changes); the evidence is read again by each
  // triage below ("Re-run triage"). The dashboard's cache of policy versions by id stays: the endpoint never reuses an id, as AWS does not.
}

async function triage(job: Target): Promise<Diagnosis> {
  const result = await getJobDetail(await env.ctx(job.region, job.accountId), job.name, { refresh: true });
  if (!result.ok) throw new Error(`triage of ${job.name} failed: ${JSON.stringify(result)}`);
  const diagnosis: Diagnosis | null = result.value.diagnosis;
  if (!diagnosis) throw new Error(`triage of ${job.name} has no diagnosis`);
  return diagnosis;
}

/** What a person applying the job's fixes would have: the endpoint, the job's region, its account's admin key. */
const cliEnvFor = (job: Target) => cliEnvironment(env.endpoint, job.region, job.adminKey);

const statusOf = (checks: Check[], id: string) => checks.find((c) => c.id === id)?.status ?? 'absent';

/** Issue 11's job-configuration fixes, read without depending on the field names existing yet. */
function isJobConfig(fix: Fix): boolean {
  return (fix.target as string) === 'job-config';
}

describe('every demo fix, applied with the real AWS CLI, makes its checks pass on re-triage', () => {
  it('the aws CLI is on PATH (CI installs Debian\'s awscli when it is not)', () => {
    expect(cliVersion, 'no `aws` on PATH: install the AWS CLI (Debian: apt-get install awscli)').toMatch(/^aws-cli\//);
  });

  it('covers both demo accounts', () => {
    expect(new Set(failedJobs.map((j) => j.accountId))).toEqual(new Set([demo.accountId, research.accountId]));
  });

  it.each(failedJobs.map((j) => [label(j), j] as const))('%s', async (_label, job) => {
    expect(cliVersion, 'no `aws` on PATH').toBeDefined();
    freshAccount();
    const before = await triage(job);
    if (before.fixes.length === 0) outcomes.push({ job: job.name, fix: '-', outcome: `no fix offered (${before.cause})` });

    for (const fix of before.fixes) {
      const key = `${job.name}/${fix.id}`;
      const problems = await roundTrip(job, before, fix);
      const known = Object.hasOwn(KNOWN_FAILURES, key) ? KNOWN_FAILURES[key] : undefined;
      if (known) {
        seenKnown.add(key);
        expect(problems, `${key} is listed as a known failure (${known}) but passed: remove it from KNOWN_FAILURES`).not.toEqual([]);
        outcomes.push({ job: job.name, fix: fix.id, outcome: `KNOWN FAILURE (${known}): ${problems.join('; ')}` });
        continue;
      }
      expect(problems, `${key}: ${fix.cli}`).toEqual([]);
    }

    // Several fixes for one job: applied one after the other, they must not undo each other either.
    const applicable = before.fixes.filter((f) => !f.crossAccount && !isJobConfig(f));
    if (applicable.length > 1) {
      const problems = await roundTripAll(job, before, applicable);
      expect(problems, `${job.name}: all ${applicable.length} fixes together`).toEqual([]);
      outcomes.push({ job: job.name, fix: 'all together', outcome: `applied: ${applicable.map((f) => f.id).join(' + ')}; every targeted check passes` });
    }
  });

  it('every known failure listed above is still offered (a stale entry would hide nothing and prove nothing)', () => {
    expect(Object.keys(KNOWN_FAILURES).filter((key) => !seenKnown.has(key))).toEqual([]);
  });
});

/** Applies one fix to a fresh account and says what went wrong; an empty list is a round trip done. */
async function roundTrip(job: Target, before: Diagnosis, fix: Fix): Promise<string[]> {
  freshAccount();
  const record = (outcome: string) => outcomes.push({ job: job.name, fix: fix.id, outcome });

  if (fix.crossAccount) {
    // Another account's resource: its owner applies it with their own credentials, not the job account's admin.
    const owner = fix.accountId ?? 'unknown';
    if (fix.accountId === job.accountId) return [`crossAccount but names the job's own account ${owner}`];
    record(`REPORTED: another account's change (owner ${owner}), not applied here`);
    return [];
  }
  if (isJobConfig(fix)) {
    // A finished job cannot be changed; the command is checked as far as the CLI goes: it must parse
    // and reach the endpoint (which does not create training jobs).
    const run = await runCli(fix.cli, cliEnvFor(job));
    const reached = /An error occurred \(\w+\) when calling the CreateTrainingJob operation/.test(run.stderr);
    if (!fix.cli.startsWith('aws sagemaker create-training-job ')) return ['a job-config fix whose command is not `aws sagemaker create-training-job`'];
    if (!reached) return [`the AWS CLI rejected the job-config command (exit ${run.exitCode}): ${run.stderr.trim()}`];
    record('REPORTED: job configuration change (start the job again with it); the CLI accepts the command');
    return [];
  }

  await triage(job); // what the user saw before applying it
  // A fix verified together with others (a role grant and its boundary) is applied with them, as it says.
  const companions = (fix.applyWith ?? []).map((id) => before.fixes.find((f) => f.id === id));
  if (companions.some((c) => c === undefined)) return [`applyWith names a fix that is not offered: ${fix.applyWith?.join(', ')}`];
  if ((companions as Fix[]).some(isJobConfig)) {
    // It goes with starting the job again differently (the ec2 grant of a move into a VPC), which a finished job cannot
    // take: its own command must run, and must take nothing away; its checks flip only with the new job.
    const run = await runCli(fix.cli, cliEnvFor(job));
    if (run.exitCode !== 0) return [`the command exited ${run.exitCode}: ${run.stderr.trim()}`];
    const after = await triage(job);
    const lost = before.checks.filter((c) => c.status === 'pass' && statusOf(after.checks, c.id) !== 'pass').map((c) => `check ${c.id} passed before the fix and is ${statusOf(after.checks, c.id)} after`);
    if (!lost.length) record(`applied; REPORTED: goes with the job-configuration change ${fix.applyWith?.join(' + ')}, whose new job makes its requests`);
    return lost;
  }
  for (const other of [...(companions as Fix[]), fix]) {
    const run = await runCli(other.cli, cliEnvFor(job));
    if (run.exitCode !== 0) return [`${other.id}: the command exited ${run.exitCode}: ${run.stderr.trim()}`];
  }
  if (companions.length) record(`applied with ${fix.applyWith?.join(' + ')}, as the fix says`);
  const after = await triage(job);
  const problems = compare(before, after, fix, record);
  if (problems.length === 0 && after.checks.every((c) => c.status === 'pass') && !after.fixedSince) {
    problems.push(`every check passes after the fix, but the diagnosis does not say the job is fixed: "${after.summary}"`);
  }
  return problems;
}

/** Applies every fix of a job in turn to one fresh account, then compares once. */
async function roundTripAll(job: Target, before: Diagnosis, fixes: Fix[]): Promise<string[]> {
  freshAccount();
  // The triage a user saw before fixing: "Re-run triage" afterwards compares with it.
  await triage(job);
  for (const fix of fixes) {
    const run = await runCli(fix.cli, cliEnvFor(job));
    if (run.exitCode !== 0) return [`${fix.id}: the command exited ${run.exitCode}: ${run.stderr.trim()}`];
  }
  const after = await triage(job);
  const together: Fix = { ...fixes[0]!, id: 'all', checkIds: [...new Set(fixes.flatMap((f) => f.checkIds))], verified: fixes.every((f) => f.verified) };
  const problems = compare(before, after, together, () => undefined);
  // Every request allowed now: the page must say the policies now allow the job and to start it again.
  if (problems.length === 0 && after.checks.every((c) => c.status === 'pass') && !after.fixedSince) {
    problems.push(`every check passes after all fixes, but the diagnosis does not say the job is fixed: "${after.summary}"`);
  }
  return problems;
}

/** What is wrong with the triage after a fix: a targeted check not passing, or a passing check lost. */
function compare(before: Diagnosis, after: Diagnosis, fix: Fix, record: (outcome: string) => void): string[] {
  const problems: string[] = [];
  // A fix the engine itself could not verify because the dashboard may not read some evidence (the
  // demo denies it iam:GetRole on one role on purpose) cannot be confirmed by re-triage either: its
  // checks must stop failing and say what could not be read, but cannot be proven to pass.
  const unconfirmable = !fix.verified && before.missingEvidence.length > 0;
  for (const id of fix.checkIds) {
    const check = after.checks.find((c) => c.id === id);
    const status = check?.status ?? 'absent';
    if (unconfirmable && status === 'unknown' && (check?.missing?.length ?? 0) > 0) continue;
    if (status !== 'pass') problems.push(`targeted check ${id} is ${status} after the fix (was ${statusOf(before.checks, id)})`);
  }
  for (const check of before.checks.filter((c) => c.status === 'pass')) {
    const status = statusOf(after.checks, check.id);
    if (status !== 'pass') problems.push(`check ${check.id} passed before the fix and is ${status} after`);
  }
  if (problems.length > 0) return problems;
  if (unconfirmable) {
    const unread = before.missingEvidence.map((m) => m.what).join('; ');
    record(`applied, UNCONFIRMED: ${fix.checkIds.join(', ')} no longer fail but stay unknown (the dashboard cannot read: ${unread})`);
  } else {
    record(`applied: ${fix.checkIds.join(', ')} now pass`);
  }
  return problems;
}
