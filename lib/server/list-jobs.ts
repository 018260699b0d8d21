import 'server-only';
import { accountOfArn } from '@/lib/analysis/arns';
import type { Cause, Confidence } from '@/lib/analysis/diagnosis';
import type { TrainingJob } from '@/lib/analysis/evidence';
import { partitionOf } from '@/lib/analysis/partition';
import type { JobListResponse, JobSummary, ListedScope, ListProgress, ListViewQuery, UndescribedJob, UseCaseResult } from '@/lib/dto/jobs';
import type { JobRow } from '@/lib/store/types';
import { failFromMissing } from './api-error';
import { chipCounts, countCauses, filterByCause, paginate, sortJobs } from './arrange-jobs';
import type { RequestContext } from './context';
import { isProven, scopeOf } from './stored-diagnosis';
import { storedFailedJobs } from './stored-jobs';

export interface ListJobsFilters {
  since?: Date;
  until?: Date;
  nameContains?: string;
}

// Fifty rows: a screenful or two, and the page stays light (the benchmark weighs it) however large the account.
export const LIST_PAGE_SIZE = 50;
const DEFAULT_VIEW: ListViewQuery = { causes: [], sort: 'failedAt', dir: 'desc', view: 'table', page: 1 };

/**
 * The failed-jobs list, served from the store: every failed job of the window the background sync
 * has listed, with its stored diagnosis (proven, or the text's reading until the proof has run).
 * The request starts a refresh when one is due and, on a cold store, waits only for the first
 * listed rows; the rest fills in as the page polls. The server filters, sorts and pages, so the
 * browser receives one page however large the account. The export asks for one page of every
 * row (`pageSize` Infinity): the same filters, sort and rows as the screen, without the paging.
 */
export async function listJobs(ctx: RequestContext, filters: ListJobsFilters = {}, view: ListViewQuery = DEFAULT_VIEW, pageSize = LIST_PAGE_SIZE): Promise<UseCaseResult<JobListResponse>> {
  const rows = await collectScopeRows(ctx, filters);
  if (!rows.ok) return rows;
  return { ok: true, value: arrangeList(rows.value, filters, view, { region: ctx.region, account: { id: ctx.accountId, name: ctx.accountName }, fetchedAt: ctx.settings.now() }, pageSize) };
}

/** One account and region's part of the list: its failed jobs as rows, and how far its sync has got. */
export interface ScopeRows {
  jobs: JobSummary[];
  pending: JobSummary[];
  undescribed: UndescribedJob[];
  listing: ListProgress['listing'];
  truncatedReason?: string;
}

/** Starts a refresh when one is due, then reads the scope's stored failed jobs in the window. */
export async function collectScopeRows(ctx: RequestContext, filters: ListJobsFilters): Promise<UseCaseResult<ScopeRows>> {
  const status = await ctx.syncs.kick(ctx);
  if (status.listingFailure) return failFromMissing(status.listingFailure, `could not list the failed training jobs in ${ctx.region}`);

  const rows = await storedFailedJobs(ctx.store, scopeOf(ctx), filters);
  const account = { accountId: ctx.accountId, accountName: ctx.accountName };
  const jobs: JobSummary[] = [];
  const pending: JobSummary[] = [];
  const undescribed: UndescribedJob[] = [];
  for (const row of rows) {
    const job = row.description as TrainingJob | undefined;
    if (job) {
      if (job.status === 'Failed') jobs.push({ ...toSummary(job, row, status.proveFailures.get(row.ref.name)), ...account });
      continue;
    }
    const missing = status.describeFailures.get(row.ref.name);
    if (missing) undescribed.push({ name: row.ref.name, createdAt: row.ref.createdAt, missing, ...account, region: ctx.region });
    else pending.push(listedOnly(ctx, row));
  }
  return { ok: true, value: { jobs, pending, undescribed, listing: status.listing, ...(status.truncatedReason ? { truncatedReason: status.truncatedReason } : {}) } };
}

/** What the response says it lists: one account and region, or every configured pair (`all`). */
export interface ListScopeLabel {
  region: string;
  account: { id: string; name: string } | 'all';
  fetchedAt: number;
  scopes?: ListedScope[];
}

/** The server-side arithmetic over one scope's rows or several merged: filter, count, sort, page. */
export function arrangeList(rows: ScopeRows, filters: ListJobsFilters, view: ListViewQuery, label: ListScopeLabel, pageSize = LIST_PAGE_SIZE): JobListResponse {
  const { jobs, pending, undescribed, listing, truncatedReason } = rows;
  // Jobs still being described have no cause yet: they are rows of the table, not of a cause.
  const shownJobs = view.causes.length === 0 ? [...jobs, ...pending] : filterByCause(jobs, view.causes);
  const counts = chipCounts(countCauses(jobs), view.causes);
  // The grouped view of one scope shows failure groups (`/api/groups`), so rows here would be
  // weight the page never shows; a merged list has no groups and shows its rows instead.
  const sendsRows = view.view === 'table' || label.account === 'all' || label.region === 'all';
  const current = paginate(sendsRows ? sortJobs(shownJobs, view.sort, view.dir) : [], view.page, pageSize);

  return {
      region: label.region,
      account: label.account,
      ...(label.scopes ? { scopes: label.scopes } : {}),
      ...(filters.since ? { since: filters.since.toISOString() } : {}),
      ...(filters.until ? { until: filters.until.toISOString() } : {}),
      total: jobs.length + pending.length,
      causeCounts: counts,
      shown: shownJobs.length,
      page: current.page,
      pages: sendsRows ? current.pages : Math.max(1, Math.ceil(shownJobs.length / pageSize)),
      pageSize,
      jobs: current.items,
      undescribed,
      progress: { listing, describing: pending.length, proving: jobs.filter((j) => !j.proven && !j.proofError).length },
      truncated: listing === 'truncated',
      ...(truncatedReason ? { truncatedReason } : {}),
      fetchedAt: new Date(label.fetchedAt).toISOString(),
  };
}

export function toSummary(job: TrainingJob, row: Pick<JobRow, 'diagnosis'>, proofError?: string): JobSummary {
  const d = row.diagnosis;
  const summary: JobSummary = {
    // The job's own ARN names its account; collectScopeRows adds the configured name.
    accountId: accountOfArn(job.arn) ?? '',
    name: job.name,
    region: job.region,
    arn: job.arn,
    createdAt: job.createdAt,
    failedAt: job.endedAt ?? job.lastModifiedAt ?? job.createdAt,
    failureReason: job.failureReason ?? '',
    cause: (d?.cause ?? 'unknown') as Cause,
    confidence: (d?.confidence ?? 'unknown') as Confidence,
    summary: d?.summary ?? '',
    groupKey: d?.groupKey ?? `unknown:${job.name}`,
    proven: isProven(d),
    described: true,
  };
  if (proofError && !summary.proven) summary.proofError = proofError;
  if (job.secondaryStatus) summary.secondaryStatus = job.secondaryStatus;
  if (job.roleArn) summary.roleArn = job.roleArn;
  if (job.resources.instanceType) summary.instanceType = job.resources.instanceType;
  return summary;
}

/** A failed job the listing named, not yet described: what ListTrainingJobs said, and nothing more. */
function listedOnly(ctx: RequestContext, row: JobRow): JobSummary {
  return {
    name: row.ref.name,
    region: ctx.region,
    arn: `arn:${partitionOf(ctx.region).name}:sagemaker:${ctx.region}:${ctx.accountId}:training-job/${row.ref.name}`,
    createdAt: row.ref.createdAt,
    failedAt: row.ref.createdAt,
    failureReason: '',
    cause: 'unknown',
    confidence: 'unknown',
    summary: 'Being described…',
    groupKey: `describing:${row.ref.name}`,
    proven: false,
    described: false,
    accountId: ctx.accountId,
    accountName: ctx.accountName,
  };
}
