import 'server-only';
import { classifyText } from '@/lib/analysis/classify-text';
import type { Piece, TrainingJob } from '@/lib/analysis/evidence';
import type { JobListResponse, JobSummary, UndescribedJob, UseCaseResult } from '@/lib/dto/jobs';
import { mapLimit } from '@/lib/aws/concurrency';
import type { FailedJobRef } from '@/lib/aws/sagemaker';
import { failFromMissing } from './api-error';
import { cacheDescription, getCachedDescription } from './description-cache';
import type { RequestContext } from './context';

export interface ListJobsFilters {
  since?: Date;
  until?: Date;
  nameContains?: string;
}

/**
 * The failed-jobs list: every failed job in the region and window, described (from cache when
 * already seen) and classified by its own words, newest first. A job that could not be described
 * is listed under `undescribed` with the reason; only a failure to list at all is an error.
 */
export async function listJobs(ctx: RequestContext, filters: ListJobsFilters = {}): Promise<UseCaseResult<JobListResponse>> {
  const { region, settings } = ctx;
  const listed = await ctx.gateways.listFailedJobs({ ...filters, maxPages: settings.listMaxPages });
  if (!listed.ok) return failFromMissing(listed.missing, `could not list the failed training jobs in ${region}`);

  const described = await mapLimit(listed.jobs, settings.concurrency, (ref) => describeCached(ctx, ref));
  const jobs: JobSummary[] = [];
  const undescribed: UndescribedJob[] = [];
  listed.jobs.forEach((ref, i) => {
    const piece = described[i];
    if (!piece) return;
    if (piece.ok) {
      if (piece.value.status === 'Failed') jobs.push(toSummary(piece.value));
    } else {
      undescribed.push({ name: ref.name, ...(ref.createdAt ? { createdAt: ref.createdAt } : {}), missing: piece.missing });
    }
  });
  jobs.sort((a, b) => b.failedAt.localeCompare(a.failedAt) || b.createdAt.localeCompare(a.createdAt) || a.name.localeCompare(b.name));

  const response: JobListResponse = {
    region,
    ...(filters.since ? { since: filters.since.toISOString() } : {}),
    ...(filters.until ? { until: filters.until.toISOString() } : {}),
    jobs,
    undescribed,
    truncated: listed.truncated,
    ...(listed.truncatedReason ? { truncatedReason: listed.truncatedReason } : {}),
    fetchedAt: new Date(settings.now()).toISOString(),
  };
  return { ok: true, value: response };
}

async function describeCached(ctx: RequestContext, ref: FailedJobRef): Promise<Piece<TrainingJob>> {
  const cached = getCachedDescription(ctx.region, ref.name);
  if (cached) return { ok: true, value: cached };
  const piece = await ctx.gateways.describeTrainingJob(ref.name);
  if (piece.ok) cacheDescription(piece.value);
  return piece;
}

export function toSummary(job: TrainingJob): JobSummary {
  const text = classifyText({
    failureReason: job.failureReason,
    statusMessages: job.transitions.flatMap((t) => (t.statusMessage ? [{ status: t.status, message: t.statusMessage }] : [])),
  });
  const summary: JobSummary = {
    name: job.name,
    region: job.region,
    arn: job.arn,
    createdAt: job.createdAt,
    failedAt: job.endedAt ?? job.lastModifiedAt ?? job.createdAt,
    failureReason: job.failureReason ?? '',
    cause: text.cause,
    confidence: text.confidence,
    summary: text.summary,
    groupKey: text.groupKey,
  };
  if (job.secondaryStatus) summary.secondaryStatus = job.secondaryStatus;
  if (job.roleArn) summary.roleArn = job.roleArn;
  if (job.resources.instanceType) summary.instanceType = job.resources.instanceType;
  return summary;
}
