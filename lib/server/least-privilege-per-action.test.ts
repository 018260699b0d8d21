import { beforeAll, describe, expect, it } from 'vitest';
import type { Check } from '@/lib/analysis/diagnosis';
import type { JobDetailResponse } from '@/lib/dto/jobs';
import { missingPieces } from './testing/missing-pieces';
import { FAILED_DEMO_JOBS, iamActionOf, readPolicyActions, triageDemo, type DemoTriage } from './testing/read-policy';

/**
 * Each action of the shipped read policy, taken away alone: the dashboard must say it lacks that
 * action wherever it mattered (the check `unknown`, the missing-evidence entry naming it), and no
 * check may pass or fail that did not with the whole policy — never a false pass.
 *
 * Run time: every job for every action would be 30 jobs x 20 actions; instead each action is tried
 * on the (at most JOBS_PER_ACTION) demo jobs whose triage with the whole policy sent that call:
 * about 18 s of test time for all 20 actions on this project's 2-core machine.
 */
const JOBS_PER_ACTION = 3;
const actions = readPolicyActions();

let whole: DemoTriage;
beforeAll(async () => {
  whole = await triageDemo({ allowOnly: actions }, FAILED_DEMO_JOBS, []);
}, 120_000);

function jobsCalling(action: string) {
  return FAILED_DEMO_JOBS.filter((j) => [...(whole.calls[j.name] ?? [])].some((op) => iamActionOf(op) === action)).slice(0, JOBS_PER_ACTION);
}

function value(detail: DemoTriage['details'][string] | undefined, name: string): JobDetailResponse {
  if (!detail?.ok) throw new Error(`${name}: ${JSON.stringify(detail)}`);
  return detail.value;
}

/**
 * The whole-policy check for the same request: by id, else by action and resource (an alias the
 * dashboard could not resolve leaves the engine the failure text's quoted key ARN, a check of its own).
 */
function counterpart(check: Check, before: Check[]): Check | undefined {
  return (
    before.find((c) => c.id === check.id) ??
    before.find((c) => c.request.action === check.request.action && c.request.resource === check.request.resource)
  );
}

/** The check may differ from the whole-policy one only by being unknown for want of `action`. */
function expectHonest(check: Check, before: Check | undefined, action: string, job: string) {
  const where = `${job} ${check.id} (${check.status}: ${check.reason})`;
  if (check.status !== 'unknown') {
    // Proven either way: it must be what the whole policy proved, from the same reading.
    expect(before?.status, where).toBe(check.status);
    return;
  }
  if (before?.status === 'unknown') return;
  expect(check.missing?.map((m) => m.dashboardNeeds), where).toContain(action);
}

// Taking away sagemaker:ListTrainingJobs or DescribeTrainingJob stops the list or the page, not a check: see below.
const perCheck = actions.filter((a) => a !== 'sagemaker:ListTrainingJobs' && a !== 'sagemaker:DescribeTrainingJob');

describe('the shipped read policy, one action taken away', () => {
  it('every action of the policy is one the triage of some demo job sends', () => {
    for (const action of actions.filter((a) => a !== 'sagemaker:ListTrainingJobs')) expect(jobsCalling(action).length, action).toBeGreaterThan(0);
  });

  it.each(perCheck)('without %s: affected checks are unknown naming it, never a false pass', async (action) => {
    const jobs = jobsCalling(action);
    const run = await triageDemo({ allowOnly: actions.filter((a) => a !== action) }, jobs, []);
    let named = 0;
    for (const job of jobs) {
      const before = value(whole.details[job.name], job.name);
      const after = value(run.details[job.name], job.name);
      // Only the action taken away is newly refused.
      const denied = (d: JobDetailResponse) => missingPieces(d.evidence).filter((m) => m.missing.kind === 'access-denied');
      const newly = denied(after).filter((m) => !denied(before).some((b) => b.path === m.path));
      for (const m of newly) expect(m.missing.action, `${job.name} ${m.path}`).toBe(action);
      const d = after.diagnosis!;
      const b = before.diagnosis!;
      for (const check of d.checks) expectHonest(check, counterpart(check, b.checks), action, job.name);
      // A confirmed verdict rests on evidence that was read: it is the whole policy's verdict.
      if (d.confidence === 'confirmed') expect({ cause: d.cause, confidence: b.confidence }, job.name).toEqual({ cause: b.cause, confidence: 'confirmed' });
      if (newly.length > 0) {
        // The page says what to grant.
        expect(d.missingEvidence.map((m) => m.dashboardNeeds), job.name).toContain(action);
        named += 1;
      }
    }
    // The action mattered to at least one of the jobs that send it: the test sees its absence.
    expect(named).toBeGreaterThan(0);
  }, 60_000);

  it('without sagemaker:DescribeTrainingJob a job page is a 403 naming it, and the list shows the jobs as undescribed', async () => {
    const job = FAILED_DEMO_JOBS[0]!;
    const run = await triageDemo({ allowOnly: actions.filter((a) => a !== 'sagemaker:DescribeTrainingJob') }, [job], [job.region]);
    expect(run.details[job.name]).toMatchObject({ ok: false, status: 403, error: { code: 'access-denied', dashboardNeeds: 'sagemaker:DescribeTrainingJob' } });
    const list = run.lists[job.region];
    if (!list?.ok) throw new Error(JSON.stringify(list));
    expect(list.value.jobs.filter((j) => j.described)).toEqual([]);
    expect(list.value.undescribed.length).toBe(FAILED_DEMO_JOBS.filter((j) => j.region === job.region).length);
    for (const u of list.value.undescribed) expect(u.missing).toMatchObject({ kind: 'access-denied', action: 'sagemaker:DescribeTrainingJob' });
  }, 60_000);

  it('without sagemaker:ListTrainingJobs the list is a 403 naming it, never an empty list', async () => {
    const run = await triageDemo({ allowOnly: actions.filter((a) => a !== 'sagemaker:ListTrainingJobs') }, [], ['us-east-1']);
    expect(run.lists['us-east-1']).toMatchObject({ ok: false, status: 403, error: { code: 'access-denied', dashboardNeeds: 'sagemaker:ListTrainingJobs' } });
  }, 60_000);
});
