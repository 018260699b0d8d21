import { STAGES, type Check, type Diagnosis, type Fix } from '@/lib/analysis/diagnosis';

/** Checks in the order SageMaker makes the requests; ties keep the engine's order. */
export function orderChecks(checks: readonly Check[]): Check[] {
  const rank = (c: Check) => STAGES.indexOf(c.stage);
  return checks
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map(({ c }) => c);
}

export const anchorOf = (check: Pick<Check, 'id'>) => `check-${check.id}`;

/** The fixes that belong to a check, whichever side of the link the engine recorded. */
export function fixesFor(check: Check, fixes: readonly Fix[]): Fix[] {
  return fixes.filter((f) => check.fixIds.includes(f.id) || f.checkIds.includes(check.id));
}

/**
 * Which check shows each fix in full: the first, in stage order, that it targets. One fix often
 * covers several requests (s3:ListBucket and s3:GetObject on the same bucket); printing the same
 * document and command under each of them doubles the page for nothing.
 */
export function fixHomes(ordered: readonly Check[], fixes: readonly Fix[]): Map<string, Check> {
  const homes = new Map<string, Check>();
  for (const check of ordered) for (const fix of fixesFor(check, fixes)) if (!homes.has(fix.id)) homes.set(fix.id, check);
  return homes;
}

/** A check opens by default when it failed, or when it is unproven but a change is offered for it. */
export function opensByDefault(check: Check, fixes: readonly Fix[]): boolean {
  return check.status === 'fail' || (check.status === 'unknown' && fixesFor(check, fixes).length > 0);
}

export type NextStep =
  | { kind: 'fix'; anchor: string; check: Check; fix: Fix }
  | { kind: 'check'; anchor: string; check: Check }
  | { kind: 'logs' };

/**
 * Where a reader should go first. The checklist is in stage order, so the failing request can sit
 * below a dozen passing ones; this names it and links straight to it. Verified fixes win, then any
 * fix, then a failing (or else unproven) check without one; with every request allowed, the logs hold the answer (user code,
 * out of memory, capacity).
 */
export function chooseNextStep(diagnosis: Pick<Diagnosis, 'checks' | 'fixes'>): NextStep {
  const ordered = orderChecks(diagnosis.checks).filter((c) => c.status !== 'pass');
  const withFix = (verifiedOnly: boolean) => {
    for (const check of ordered) {
      const fix = fixesFor(check, diagnosis.fixes).find((f) => !verifiedOnly || f.verified);
      if (fix) return { kind: 'fix' as const, anchor: anchorOf(check), check, fix };
    }
    return undefined;
  };
  const found = withFix(true) ?? withFix(false);
  if (found) return found;
  // A failure first; else the first request that could not be proven either way.
  const open = ordered.find((c) => c.status === 'fail') ?? ordered[0];
  if (open) return { kind: 'check', anchor: anchorOf(open), check: open };
  return { kind: 'logs' };
}
