import type { Diagnosis } from '../diagnosis';

/** One job's answer to "is it fixed now?", from the diagnosis made with today's policies. */
export type RecheckOutcome =
  /** Every request that was denied now passes and none fails: the change came after the job failed. */
  | { name: string; outcome: 'fixed'; since: string }
  /** Some request is still refused: the failing checks, in words. */
  | { name: string; outcome: 'still-failing'; failing: string[] }
  /** Nothing fails, but nothing was denied before either, or the evidence could not be read again. */
  | { name: string; outcome: 'unproven'; reason: string };

export function recheckOutcome(name: string, diagnosis: Diagnosis | null, error?: string): RecheckOutcome {
  if (!diagnosis) return { name, outcome: 'unproven', reason: error ?? 'the job has nothing to re-check (it did not fail)' };
  const failing = diagnosis.checks.filter((c) => c.status === 'fail').map((c) => c.title);
  if (failing.length > 0) return { name, outcome: 'still-failing', failing };
  if (diagnosis.fixedSince) return { name, outcome: 'fixed', since: diagnosis.fixedSince.previousAt };
  const unknown = diagnosis.checks.filter((c) => c.status === 'unknown').length;
  return { name, outcome: 'unproven', reason: unknown > 0 ? `${unknown} check(s) could not be proven with the evidence the dashboard can read` : 'no request was ever shown to be denied, so there is nothing to see fixed' };
}

/** The group's verdict: fixed only when every job re-checked is. */
export function recheckSummary(outcomes: readonly RecheckOutcome[], total: number): { allFixed: boolean; message: string } {
  const fixed = outcomes.filter((o) => o.outcome === 'fixed').length;
  const still = outcomes.filter((o) => o.outcome === 'still-failing').length;
  const partial = outcomes.length < total ? ` (the newest ${outcomes.length} of ${total} jobs were re-checked)` : '';
  if (outcomes.length > 0 && fixed === outcomes.length) {
    return { allFixed: true, message: `The policies now allow every request ${outcomes.length === 1 ? 'this job makes' : 'these jobs make'}${partial}: the change was made after they failed — rerun them.` };
  }
  if (still > 0) return { allFixed: false, message: `Not fixed: ${still} of ${outcomes.length} re-checked ${still === 1 ? 'job is' : 'jobs are'} still refused with today's policies${partial}.` };
  return { allFixed: false, message: `Could not show it is fixed: ${outcomes.length - fixed} of ${outcomes.length} re-checked jobs could not be proven either way${partial}.` };
}
