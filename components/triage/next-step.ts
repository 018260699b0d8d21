import { PERMISSION_CAUSES, STAGES, type Check, type Diagnosis, type Fix } from '@/lib/analysis/diagnosis';

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

type MissingItem = Diagnosis['missingEvidence'][number];

/** Must match lib/analysis/bundle-missing.ts LOGS_WHAT: the engine lists unreadable logs under this name. */
const LOGS_WHAT = "the job's logs";

export type NextStep =
  | { kind: 'fix'; anchor: string; check: Check; fix: Fix }
  | { kind: 'check'; anchor: string; check: Check }
  | { kind: 'logs' }
  /** The logs could not be read (or do not exist): say so and what would let the dashboard read them. */
  | { kind: 'no-logs'; missing: MissingItem }
  /** A service control policy denies: only the organization's administrators can act; `ask` is what to ask them for. */
  | { kind: 'ask-organization'; ask: string }
  /** The requests denied at an earlier triage pass now: start the job again. */
  | { kind: 'rerun'; previousAt: string };

type NextStepInput = Pick<Diagnosis, 'checks' | 'fixes'> & Partial<Pick<Diagnosis, 'cause' | 'deniedRequest' | 'decidedBy' | 'missingEvidence' | 'fixedSince'>>;

/** "allow s3:GetObject on arn:… (service control policy arn:…)": the request the SCP refused, as AWS quoted it. */
export function organizationAsk(d: Pick<Diagnosis, 'deniedRequest' | 'decidedBy'>): string {
  const r = d.deniedRequest;
  const request = r?.action ? `${r.action}${r.resource ? ` on ${r.resource.replace(/^"|"$/g, '')}` : ''}` : 'the denied request';
  const arn = d.decidedBy?.policyArn ?? r?.policyArn;
  // An SCP names roles by aws:PrincipalArn, the role's ARN: the session AWS quoted is asked for as its role.
  const role = r?.principal ? /:assumed-role\/([^/]+)\//.exec(r.principal)?.[1] : undefined;
  const who = role ? `role ${role}` : r?.principal;
  return `allow ${request}${who ? ` for ${who}` : ''}${arn ? ` in service control policy ${arn}` : ''}`;
}

/** Does a check stand for the request AWS refused (same action; same resource, or under its pattern)? */
export function standsForDenied(check: Check, denied: Diagnosis['deniedRequest']): boolean {
  if (!denied?.action || check.request.action !== denied.action) return false;
  const wanted = denied.resource?.replace(/^"|"$/g, '');
  if (!wanted) return true;
  const shown = check.request.resource;
  return shown === wanted || (shown.endsWith('*') && wanted.startsWith(shown.slice(0, -1)));
}

const KIND_ORDER: Record<NonNullable<Fix['kind']>, number> = { compliant: 0, grant: 1, exception: 2 };

/**
 * The fix to point a reader at among a request's fixes: in the engine's order of kinds (the change
 * that complies with a control, then a grant, then an exemption), verified before unverified within
 * a kind. A verified exemption must not pass for the answer over an unverified compliant change:
 * the exemption needs its owner's approval, the compliant change needs nobody's.
 */
export function preferredFix(fixes: readonly Fix[]): Fix | undefined {
  const rank = (f: Fix) => KIND_ORDER[f.kind ?? 'grant'];
  return [...fixes].sort((a, b) => rank(a) - rank(b) || Number(b.verified) - Number(a.verified))[0];
}

/**
 * Where a reader should go first. The checklist is in stage order, so the failing request can sit
 * below a dozen passing ones; this names it and links straight to it. A denial by a service control
 * policy goes to the organization's administrators (only they can act, whatever else could not be
 * read). Then the request AWS refused wins (its fix, else the check itself: an unproven refusal is
 * not answered by another request's fix); then verified fixes, then any fix; then a failing check
 * without a fix, or for a permission cause an unproven one; otherwise the logs hold the answer (user
 * code, out of memory, capacity), unless they could not be read, which is said instead of sending
 * the reader to an empty panel.
 */
export function chooseNextStep(diagnosis: NextStepInput): NextStep {
  // The policies were changed after the job failed and now allow it: the answer is to run it again.
  if (diagnosis.fixedSince) return { kind: 'rerun', previousAt: diagnosis.fixedSince.previousAt };
  // Only the organization's administrators can lift an SCP's denial, whatever else could not be read.
  if (diagnosis.cause === 'scp') return { kind: 'ask-organization', ask: organizationAsk(diagnosis) };
  const ordered = orderChecks(diagnosis.checks).filter((c) => c.status !== 'pass');
  // The request AWS refused comes first: another request's fix must not pass for the answer.
  const refused = ordered.find((c) => standsForDenied(c, diagnosis.deniedRequest));
  if (refused) {
    const fix = preferredFix(fixesFor(refused, diagnosis.fixes));
    return fix ? { kind: 'fix', anchor: anchorOf(refused), check: refused, fix } : { kind: 'check', anchor: anchorOf(refused), check: refused };
  }
  const withFix = (accept: (f: Fix) => boolean) => {
    for (const check of ordered) {
      const fix = preferredFix(fixesFor(check, diagnosis.fixes).filter(accept));
      if (fix) return { kind: 'fix' as const, anchor: anchorOf(check), check, fix };
    }
    return undefined;
  };
  // An exemption is the last resort on the page too: any other change, verified or not, comes first.
  const found = withFix((f) => f.verified && f.kind !== 'exception') ?? withFix((f) => f.kind !== 'exception') ?? withFix(() => true);
  if (found) return found;
  // A failure first; else, when the cause is a permission, the first request that could not be proven either way. For a
  // failure of the code, the data or the capacity, an unproven request is not the answer: the logs are.
  // As the page's order has it (check-groups.ts): only a permission cause keeps the checklist first.
  const permission = diagnosis.cause === undefined || (PERMISSION_CAUSES as readonly string[]).includes(diagnosis.cause);
  const first = ordered.find((c) => c.status === 'fail') ?? (permission ? ordered[0] : undefined);
  if (first) return { kind: 'check', anchor: anchorOf(first), check: first };
  const logs = diagnosis.missingEvidence?.find((m) => m.what === LOGS_WHAT);
  if (logs) return { kind: 'no-logs', missing: logs };
  return { kind: 'logs' };
}
