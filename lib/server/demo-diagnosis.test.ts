import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import demoJson from '@/emulator/scenarios/demo.json';
import { parseScenario } from '@/emulator/scenario/load';
import type { ScenarioJob } from '@/emulator/scenario/schema';
import { diagnose, PERMISSION_CAUSES, type Check, type Diagnosis } from '@/lib/analysis';
import type { EvidenceBundle } from '@/lib/analysis/evidence';
import { applyFix } from '@/lib/analysis/test-support/apply-fix';
import { collectEvidence } from './collect-evidence';
import { startEmulator } from './testing/emulator';

/**
 * Every failed demo job, end to end: evidence collected through the real SDK from the local AWS
 * endpoint, diagnosed, and checked against the job's own `expect` in demo.json (the scenario's
 * statement of what it demonstrates). Permission causes with complete evidence must be confirmed,
 * name the deciding policy (and statement), and come with a verified fix that, applied the way its
 * CLI command says, really flips the failing check.
 */
const demo = parseScenario(demoJson, 'demo.json');
const failed = demo.trainingJobs.filter((j) => j.status === 'Failed' && j.expect);

let env: Awaited<ReturnType<typeof startEmulator>>;
beforeAll(async () => {
  env = await startEmulator({ scenario: demo });
});
afterAll(() => env?.stop());

function isPermission(cause: string): boolean {
  return (PERMISSION_CAUSES as readonly string[]).includes(cause);
}

/** The scenario names the refused request; a check stands for it when action and resource agree. */
function standsFor(check: Check, request: NonNullable<ScenarioJob['expect']>['request']): boolean {
  if (!request || check.request.action !== request.action) return false;
  const shown = check.request.resource;
  return shown === request.resource || (shown.endsWith('*') && request.resource.startsWith(shown.slice(0, -1)));
}

async function diagnoseJob(job: ScenarioJob): Promise<{ bundle: EvidenceBundle; d: Diagnosis }> {
  const result = await collectEvidence(await env.ctx(job.region), job.name);
  if (!result.ok) throw new Error(`collectEvidence failed for ${job.name}`);
  return { bundle: result.value, d: await diagnose(result.value) };
}

describe('diagnose every failed demo job', () => {
  it.each(failed.map((j) => [j.name, j] as const))('%s', async (_name, job) => {
    const e = job.expect!;
    const { bundle, d } = await diagnoseJob(job);
    expect(d.cause).toBe(e.cause);
    expect(d.checks.length).toBeGreaterThan(0);
    expect(d.summary.length).toBeGreaterThan(20);

    const partial = (e.partialEvidence ?? []).length > 0;
    if (!isPermission(e.cause)) {
      expect(d.confidence).toBe('likely');
      // A job that failed in its code or for capacity must not also look broken in its permissions:
      // the demo's policies grant everything such a job asks for.
      expect(d.checks.filter((c) => c.status !== 'pass').map((c) => c.id)).toEqual([]);
      return;
    }
    if (partial) {
      // What could not be read is shown as unknown, never as passed.
      expect(d.checks.some((c) => c.status === 'unknown')).toBe(true);
      for (const c of d.checks.filter((x) => x.status === 'unknown')) expect(c.missing?.length).toBeGreaterThan(0);
      return;
    }
    if (e.cause === 'scp') {
      // SCPs are not readable by the dashboard: AWS's own words decide, never claimed as proof.
      expect(d.confidence).toBe('likely');
      expect(d.decidedBy?.policyType).toBe('scp');
      return;
    }

    expect(d.confidence).toBe('confirmed');
    if (e.decidedBy) expect(d.decidedBy?.policyType).toBe(e.decidedBy);
    if (e.statementId) expect(d.decidedBy?.statementId).toBe(e.statementId);
    const failing = d.checks.filter((c) => c.status === 'fail');
    if (e.request) expect(failing.some((c) => standsFor(c, e.request)), `a failing check stands for ${e.request.action} ${e.request.resource}`).toBe(true);

    // The deciding check has a fix; verified fixes applied from their CLI flip every check they target.
    const culprit = failing.find((c) => c.decidedBy === d.decidedBy || (c.decidedBy && JSON.stringify(c.decidedBy) === JSON.stringify(d.decidedBy))) ?? failing[0];
    expect(culprit?.fixIds.length, 'the deciding check has a fix').toBeGreaterThan(0);
    const verified = d.fixes.filter((f) => f.verified);
    const culpritFixes = d.fixes.filter((f) => culprit && f.checkIds.includes(culprit.id));
    const culpritBucket = culprit && /^arn:aws:s3:::([^/]+)/.exec(culprit.request.resource)?.[1];
    if (culpritBucket && !bundle.buckets[culpritBucket]) {
      // The training code's own request to a bucket the evidence does not cover: offered, honestly unverified.
      expect(culpritFixes.some((f) => !f.verified && f.notes?.some((n) => n.startsWith('Not verified')))).toBe(true);
    } else {
      expect(culpritFixes.length).toBeGreaterThan(0);
      // A job-configuration change can name a role or subnets whose policies the dashboard never read:
      // offered first, unverified, saying so, and so is what must be applied with it (a job moved into a VPC needs
      // the ec2 grant of VPC mode). Every other fix for the culprit is verified.
      const unverifiedMove = (f: (typeof culpritFixes)[number]) => f.target === 'job-config' && !f.verified;
      const withMove = (f: (typeof culpritFixes)[number]) => (f.applyWith ?? []).some((id) => culpritFixes.some((m) => m.id === id && unverifiedMove(m)));
      expect(culpritFixes.filter((f) => f.target !== 'job-config' && !withMove(f)).every((f) => f.verified)).toBe(true);
      for (const f of culpritFixes.filter((x) => !x.verified && (unverifiedMove(x) || withMove(x)))) expect(f.notes?.some((n) => n.startsWith('Not verified'))).toBe(true);
    }
    let fixed = bundle;
    for (const fix of verified) fixed = applyFix(fixed, fix);
    const after = await diagnose(fixed);
    for (const id of verified.flatMap((f) => f.checkIds)) expect(after.checks.find((c) => c.id === id)?.status, `${id} after the fixes`).toBe('pass');
    for (const c of d.checks.filter((x) => x.status === 'pass')) expect(after.checks.find((x) => x.id === c.id)?.status, `${c.id} must not regress`).toBe('pass');
  });
});
