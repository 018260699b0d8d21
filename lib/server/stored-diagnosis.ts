import 'server-only';
import { createHash } from 'node:crypto';
import { classifyText } from '@/lib/analysis/classify-text';
import { inJobPartition } from '@/lib/analysis/read-text';
import type { TrainingJob } from '@/lib/analysis/evidence';
import type { JobDetailResponse } from '@/lib/dto/jobs';
import type { StoredDiagnosis } from '@/lib/store/types';
import type { RequestContext } from './context';

/**
 * Diagnoses in the store: the one source the list, its chips and groups, and the job page read, so
 * they always agree. A job first gets the failure text's reading (fingerprint `text`, the list's
 * "proving…"); the proof replaces it with the diagnosis and the fingerprint of its evidence.
 */
export const TEXT_FINGERPRINT = 'text';

export function isProven(diagnosis: { fingerprint: string } | undefined): boolean {
  return diagnosis !== undefined && diagnosis.fingerprint !== TEXT_FINGERPRINT;
}

/** The failure text's reading of a described job, stored until the proof replaces it. */
export function textDiagnosis(job: TrainingJob, nowMs: number): StoredDiagnosis {
  const text = inJobPartition(
    classifyText({
      failureReason: job.failureReason,
      statusMessages: job.transitions.flatMap((t) => (t.statusMessage ? [{ status: t.status, message: t.statusMessage }] : [])),
    }),
    job.region,
  );
  return {
    cause: text.cause,
    confidence: text.confidence,
    summary: text.summary,
    groupKey: text.groupKey,
    fingerprint: TEXT_FINGERPRINT,
    diagnosedAt: new Date(nowMs).toISOString(),
    full: null,
  };
}

/** Stores a triage's diagnosis for its job (jobs that did not fail have none to store). */
export async function storeDiagnosis(ctx: RequestContext, detail: JobDetailResponse): Promise<void> {
  const { diagnosis } = detail;
  if (!diagnosis) return;
  await ctx.store.putDiagnosis(scopeOf(ctx), detail.job.name, {
    cause: diagnosis.cause,
    confidence: diagnosis.confidence,
    summary: diagnosis.summary,
    groupKey: diagnosis.groupKey,
    fingerprint: fingerprintOf(detail.evidence),
    diagnosedAt: new Date(ctx.settings.now()).toISOString(),
    full: detail,
  });
}

/** A proven diagnosis younger than the evidence TTL, as the job page shows it; else undefined. */
export async function storedTriage(ctx: RequestContext, jobName: string): Promise<JobDetailResponse | undefined> {
  const stored = await ctx.store.getDiagnosis(scopeOf(ctx), jobName).catch(() => undefined);
  if (!stored || !isProven(stored) || !stored.full) return undefined;
  const age = ctx.settings.now() - Date.parse(stored.diagnosedAt);
  return age >= 0 && age < ctx.settings.evidenceTtlMs ? (stored.full as JobDetailResponse) : undefined;
}

/** The evidence a diagnosis was made from, as a short hash: the same evidence gives the same fingerprint. */
export function fingerprintOf(evidence: JobDetailResponse['evidence']): string {
  const { collectedAt: _collectedAt, ...rest } = evidence;
  return createHash('sha256').update(JSON.stringify(rest)).digest('hex').slice(0, 32);
}

export function scopeOf(ctx: RequestContext): { accountId: string; region: string } {
  return { accountId: ctx.accountId, region: ctx.region };
}
