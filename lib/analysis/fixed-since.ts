import type { Diagnosis } from './diagnosis';

/**
 * "Is it fixed now?": compares a fresh diagnosis with the one made before it for the same job. When
 * every request that was denied then passes now, and nothing fails, the policies were changed after
 * the job failed: the verdict says so and that the job should be started again, instead of blaming
 * a policy the dashboard cannot see (an SCP or a session policy) for a denial that is gone.
 */
export function markFixedSince(previous: Pick<Diagnosis, 'checks' | 'fixedSince'>, previousAt: string, current: Diagnosis): Diagnosis {
  // A second re-run after the fix compares with the first: what was denied is what that one recorded.
  const failedThen = previous.checks.filter((c) => c.status === 'fail').map((c) => c.id);
  const wereDenied = failedThen.length > 0 ? failedThen : (previous.fixedSince?.checkIds ?? []);
  if (failedThen.length === 0 && previous.fixedSince) previousAt = previous.fixedSince.previousAt;
  if (wereDenied.length === 0) return current;
  const status = new Map(current.checks.map((c) => [c.id, c.status]));
  const nowPass = wereDenied.every((id) => status.get(id) === 'pass');
  const anyFails = current.checks.some((c) => c.status === 'fail');
  if (!nowPass || anyFails) return current;
  const unread = current.checks.filter((c) => c.status === 'unknown').length;
  const requests = wereDenied.length === 1 ? 'the request that was denied' : `the ${wereDenied.length} requests that were denied`;
  const caveat = unread > 0 ? ` (${unread} other ${unread === 1 ? 'check' : 'checks'} could not be proven: see below)` : '';
  return {
    ...current,
    fixedSince: { previousAt, checkIds: wereDenied },
    summary: `The policies now allow every request this job makes: ${requests} at the last triage (${previousAt}) now ${wereDenied.length === 1 ? 'passes' : 'pass'}${caveat}. The change was made after the job failed — start the job again.`,
  };
}
