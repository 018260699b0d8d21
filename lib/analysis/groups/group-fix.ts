import { diagnose } from '../diagnose';
import type { Diagnosis, Fix } from '../diagnosis';
import type { EvidenceBundle } from '../evidence';
import { applyChanges, type Change } from '../fixes/changes';
import { shellQuote } from '../fixes/shell';
import { changeOfFix, cliFlag } from './fix-changes';

/** One job of a group with what its proof was made from. */
export interface ProvenJob {
  name: string;
  bundle: EvidenceBundle;
  diagnosis: Diagnosis;
}

/** A fix of the group: one of its jobs' verified fixes, or several merged into one document. */
export interface GroupFixItem extends Omit<Fix, 'checkIds' | 'id' | 'applyWith'> {
  /** The jobs whose own verified fixes this one unites. */
  fromJobs: string[];
}

export interface GroupFix {
  fixes: GroupFixItem[];
  /** Jobs re-simulated with every fix above applied: every check that failed now passes. */
  verifiedFor: string[];
  /** Jobs for which that is not shown, and why. */
  notVerifiedFor: { name: string; reason: string }[];
  /** How many of the group's jobs were re-simulated (the newest ones when there are many). */
  checked: number;
}

/**
 * One fix for a whole group: the union of its jobs' verified fixes (fixes to one document merged
 * into one document), then re-simulated against every job's evidence with all of them applied.
 * A job is counted as verified only if each check that failed for it now passes and none fails.
 */
export async function buildGroupFix(jobs: readonly ProvenJob[]): Promise<GroupFix> {
  const fixes = unionOfFixes(jobs);
  const verifiedFor: string[] = [];
  const notVerifiedFor: GroupFix['notVerifiedFor'] = [];
  for (const job of jobs) {
    const failedBefore = job.diagnosis.checks.filter((c) => c.status === 'fail');
    if (contributedFixes(job).length === 0 && job.diagnosis.fixes.some((f) => f.kind === 'compliant')) {
      notVerifiedFor.push({ name: job.name, reason: 'its way forward is to start it again with a changed configuration, shown on its page (an exemption is never the group’s fix)' });
      continue;
    }
    if (failedBefore.length === 0) {
      notVerifiedFor.push({ name: job.name, reason: 'its proof names no failing check to re-simulate' });
      continue;
    }
    const changes = fixes.map((f) => changeOfFix({ ...f, id: '', checkIds: [] }, job.bundle));
    const applicable = changes.filter((c): c is Change => c !== undefined);
    if (applicable.length === 0) {
      notVerifiedFor.push({ name: job.name, reason: 'none of the fixes can be modelled on its evidence' });
      continue;
    }
    const after = await diagnose(applyChanges(job.bundle, applicable));
    const status = new Map(after.checks.map((c) => [c.id, c]));
    const still = failedBefore.filter((c) => status.get(c.id)?.status !== 'pass');
    const newly = after.checks.filter((c) => c.status === 'fail' && !failedBefore.some((b) => b.id === c.id));
    if (still.length === 0 && newly.length === 0) verifiedFor.push(job.name);
    else notVerifiedFor.push({ name: job.name, reason: `still refused with the fixes applied: ${[...still, ...newly].map((c) => c.title).join('; ')}` });
  }
  // Verified now means: for the whole group, with every fix applied together.
  const all = notVerifiedFor.length === 0 && verifiedFor.length > 0;
  return { fixes: fixes.map((f) => ({ ...f, verified: all })), verifiedFor, notVerifiedFor, checked: jobs.length };
}

/**
 * The fixes a job contributes to its group's: its verified ones, never an exemption while it is
 * offered any other change. A job whose way forward is an unverified compliant change (start it in
 * routed subnets, as another role) would otherwise see its verified exemption become the group's
 * one fix, and so the first thing a reader is handed.
 */
export function contributedFixes(job: ProvenJob): Fix[] {
  const verified = job.diagnosis.fixes.filter((f) => f.verified);
  const hasOther = job.diagnosis.fixes.some((f) => f.kind !== 'exception');
  return hasOther ? verified.filter((f) => f.kind !== 'exception') : verified;
}

/** Each job's contributed fixes, deduplicated and merged per document. */
export function unionOfFixes(jobs: readonly ProvenJob[]): GroupFixItem[] {
  const byDocument = new Map<string, GroupFixItem>();
  for (const job of jobs) {
    for (const fix of contributedFixes(job)) {
      const key = documentKey(fix);
      const seen = byDocument.get(key);
      if (!seen) {
        const { checkIds: _c, id: _i, applyWith: _a, ...rest } = fix;
        byDocument.set(key, { ...rest, fromJobs: [job.name] });
      } else {
        if (!seen.fromJobs.includes(job.name)) seen.fromJobs.push(job.name);
        mergeInto(seen, fix);
      }
    }
  }
  return [...byDocument.values()];
}

/** Fixes that write one document share this; a fix whose command cannot be re-written stays on its own. */
function documentKey(fix: Fix): string {
  const names = ['role-name', 'policy-name', 'policy-arn', 'bucket', 'vpc-endpoint-id'].map((n) => cliFlag(fix.cli, n) ?? '');
  return endsWithDocument(fix) && !fix.replaces ? [fix.target, ...names].join('|') : `cli|${fix.cli}`;
}

/** True when the command's last argument is the fix's whole policy, as put-role-policy and put-bucket-policy take it. */
function endsWithDocument(fix: Fix): boolean {
  return fix.policy !== undefined && fix.cli.endsWith(shellQuote(JSON.stringify(fix.policy)));
}

/** Adds the other fix's changed statements to the merged document, and re-writes the command for it. */
function mergeInto(target: GroupFixItem, other: Fix): void {
  if (target.cli === other.cli) return;
  const doc = structuredClone(target.policy) as { Statement?: unknown[] };
  const statements = Array.isArray(doc.Statement) ? doc.Statement : [];
  const present = new Set(statements.map((s) => JSON.stringify(s)));
  const added = (other.changedStatements ?? []).filter((s) => !present.has(JSON.stringify(s)));
  if (added.length === 0) return;
  const before = shellQuote(JSON.stringify(target.policy));
  doc.Statement = [...statements, ...added];
  target.cli = `${target.cli.slice(0, -before.length)}${shellQuote(JSON.stringify(doc))}`;
  target.policy = doc;
  target.changedStatements = [...(target.changedStatements ?? []), ...added];
  delete target.terraform; // written for one job's document
  target.notes = [...new Set([...(target.notes ?? []), 'Merged from several jobs\u2019 fixes to the same document.'])];
}
