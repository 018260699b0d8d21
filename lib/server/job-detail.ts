import 'server-only';
import { diagnose } from '@/lib/analysis/diagnose';
import { markFixedSince } from '@/lib/analysis/fixed-since';
import type { JobDetailResponse, UseCaseResult } from '@/lib/dto/jobs';
import { redactDeep } from '@/lib/redact';
import { collectEvidence } from './collect-evidence';
import type { RequestContext } from './context';
import { announceFailure } from './groups/announce-failure';
import { recordFailure } from './groups/record-failure';
import { scopeOf, storeDiagnosis, storedTriage } from './stored-diagnosis';

export interface JobDetailOptions {
  /** "Re-run triage": read every piece of evidence from AWS now instead of serving the stored diagnosis. */
  refresh?: boolean;
}

/**
 * One job's triage page. A diagnosis made within the evidence TTL is served from the store at once
 * (it is the one the list shows); otherwise, or on "Re-run triage", the evidence is collected again
 * and the new diagnosis replaces the stored one for every page.
 */
export async function getJobDetail(ctx: RequestContext, jobName: string, options: JobDetailOptions = {}): Promise<UseCaseResult<JobDetailResponse>> {
  if (!options.refresh) {
    const stored = await storedTriage(ctx, jobName);
    if (stored) return { ok: true, value: stored };
  }
  return triageJob(ctx, jobName, { fresh: options.refresh === true });
}

/**
 * Collects the evidence, diagnoses it and stores the result. The analysis reads the documents as AWS
 * holds them; only then are AWS credentials masked everywhere in the answer, fixes included (a fix
 * quotes whole policies), and the masked answer is what the store keeps.
 */
export async function triageJob(ctx: RequestContext, jobName: string, options: { fresh: boolean }): Promise<UseCaseResult<JobDetailResponse>> {
  const evidence = await collectEvidence(options.fresh ? { ...ctx, gateways: ctx.fresh } : ctx, jobName);
  if (!evidence.ok) return evidence;
  const bundle = evidence.value;
  // Only a failed job has a failure to explain: a completed, stopped or running one gets no verdict
  // (the engine would otherwise read its silence as "a reason the text rules do not recognise").
  const fresh = bundle.job.status === 'Failed' ? await diagnose(bundle) : null;
  // "Is it fixed now?": a re-run compares with the diagnosis made before it.
  const previous = fresh && options.fresh ? await ctx.store.getDiagnosis(scopeOf(ctx), jobName).catch(() => undefined) : undefined;
  const before = (previous?.full as JobDetailResponse | null | undefined)?.diagnosis;
  const diagnosis = fresh && before && previous ? markFixedSince(before, previous.diagnosedAt, fresh) : fresh;
  const detail: JobDetailResponse = redactDeep({ job: bundle.job, diagnosis, evidence: bundle });
  await storeDiagnosis(ctx, detail);
  // Its group learns of it (opened, or regressed if it was resolved), and the team if that is news;
  // triage never fails for either.
  if (diagnosis) await placeInGroup(ctx, jobName);
  return { ok: true, value: detail };
}

async function placeInGroup(ctx: RequestContext, jobName: string): Promise<void> {
  try {
    const recorded = await recordFailure(ctx, jobName);
    if (recorded) await announceFailure(ctx, jobName, recorded);
  } catch (error) {
    console.error(`[groups] could not record ${jobName}:`, error);
  }
}
