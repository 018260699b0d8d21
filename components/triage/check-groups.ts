import { PERMISSION_CAUSES, type Check, type Diagnosis } from '@/lib/analysis/diagnosis';

/**
 * How the checklist reads in one minute: the requests that need a look (failed, unproven, and the
 * one AWS says was refused even when every policy the dashboard reads allows it, as under an SCP)
 * stay one per line; the other passed ones fold into one line that expands. Both keep stage order.
 */
export function splitChecks(ordered: readonly Check[], refused: (c: Check) => boolean = () => false): { attention: Check[]; passed: Check[] } {
  const needsLook = (c: Check) => c.status !== 'pass' || refused(c);
  return { attention: ordered.filter(needsLook), passed: ordered.filter((c) => !needsLook(c)) };
}

/** "1 request allowed", "7 requests allowed". */
export function describeAllowed(count: number): string {
  return `${count} ${count === 1 ? 'request' : 'requests'} allowed`;
}

/**
 * The logs hold the answer when the cause is not a denial and no request failed: out of memory,
 * the training code, capacity, bad data. Then the excerpt comes before the checklist. A failing
 * request keeps the checklist first whatever the text said, since the denial is the thing to fix.
 * Logs that could not be read hold no answer (a job that never started has none): they stay with
 * the evidence, and the next step says so. Cause ids are matched against the permission list, so a
 * non-permission id added later (`disk-space`) lands on the logs side without a change here.
 */
export function logsLeadTheAnswer(diagnosis: Pick<Diagnosis, 'cause' | 'checks'>, logsReadable = true): boolean {
  const permission = (PERMISSION_CAUSES as readonly string[]).includes(diagnosis.cause);
  return logsReadable && !permission && !diagnosis.checks.some((c) => c.status === 'fail');
}
