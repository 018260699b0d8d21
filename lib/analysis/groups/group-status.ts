/**
 * A group's triage state. `regressed` is never chosen by a person: it is set when a job fails in a
 * group someone marked resolved, after they did.
 */
export const GROUP_STATUSES = ['open', 'resolved', 'ignored', 'regressed'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];
/** What a person may set. */
export const SETTABLE_STATUSES = ['open', 'resolved', 'ignored'] as const;

/** True when a failure at `failedAt` re-opens a group resolved at `statusChangedAt` (both ISO). */
export function isRegression(state: { status: string; statusChangedAt: string } | undefined, failedAt: string): boolean {
  return state?.status === 'resolved' && Date.parse(failedAt) > Date.parse(state.statusChangedAt);
}
