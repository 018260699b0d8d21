import 'server-only';
import { summaryResource } from '@/lib/analysis/summary-resource';
import type { JobListResponse, JobSummary, ListViewQuery, UseCaseResult } from '@/lib/dto/jobs';
import type { RequestContext } from './context';
import { toCsv, type CsvValue } from './csv';
import { listJobs, type ListJobsFilters } from './list-jobs';

/**
 * The list as a file: every row the screen's filters select, on every page, in the screen's order.
 * Served by list-jobs itself (one page as large as the list), so the export and the screen cannot
 * disagree about which jobs a filter keeps.
 */
export type ExportFormat = 'csv' | 'json';

export interface JobExport {
  region: string;
  since?: string;
  until?: string;
  exportedAt: string;
  /** Rows in the file. */
  count: number;
  jobs: JobSummary[];
  /** What the file lacks, said as the page says it: jobs not described, a listing still running or capped. */
  undescribed: JobListResponse['undescribed'];
  progress: JobListResponse['progress'];
  truncated: boolean;
  truncatedReason?: string;
}

/** Every row on one page: what the list functions are asked for when they serve a file. */
export const EVERY_ROW = Number.MAX_SAFE_INTEGER;

/** The view a file is listed with: rows (the grouped view's rows are its jobs), one page. */
export function exportView(view: ListViewQuery): ListViewQuery {
  return { ...view, view: 'table', page: 1 };
}

export async function exportJobs(ctx: RequestContext, filters: ListJobsFilters, view: ListViewQuery): Promise<UseCaseResult<JobExport>> {
  const listed = await listJobs(ctx, filters, exportView(view), EVERY_ROW);
  return listed.ok ? { ok: true, value: toExport(listed.value) } : listed;
}

/** A listed page of every row (one account, or the merged list) as the file's content. */
export function toExport(v: JobListResponse): JobExport {
  return {
    region: v.region,
    ...(v.since ? { since: v.since } : {}),
    ...(v.until ? { until: v.until } : {}),
    exportedAt: v.fetchedAt,
    count: v.jobs.length,
    jobs: v.jobs,
    undescribed: v.undescribed,
    progress: v.progress,
    truncated: v.truncated,
    ...(v.truncatedReason ? { truncatedReason: v.truncatedReason } : {}),
  };
}

/** The CSV's columns, in order: what a person sorts and filters a spreadsheet by comes first. */
export const CSV_COLUMNS: readonly { header: string; value: (job: JobSummary) => CsvValue }[] = [
  { header: 'name', value: (j) => j.name },
  { header: 'account', value: (j) => j.accountId },
  { header: 'region', value: (j) => j.region },
  { header: 'failedAt', value: (j) => j.failedAt },
  { header: 'cause', value: (j) => j.cause },
  { header: 'confidence', value: (j) => j.confidence },
  { header: 'proven', value: (j) => j.proven },
  { header: 'resource', value: (j) => summaryResource(j.summary) },
  { header: 'summary', value: (j) => j.summary },
  { header: 'instanceType', value: (j) => j.instanceType },
  { header: 'roleArn', value: (j) => j.roleArn },
  { header: 'failureReason', value: (j) => j.failureReason },
  { header: 'createdAt', value: (j) => j.createdAt },
  { header: 'groupKey', value: (j) => j.groupKey },
  { header: 'arn', value: (j) => j.arn },
];

export function jobsCsv(jobs: readonly JobSummary[]): string {
  return toCsv(
    CSV_COLUMNS.map((c) => c.header),
    jobs.map((job) => CSV_COLUMNS.map((c) => c.value(job))),
  );
}

/** `jobtriage-failed-jobs-us-east-1-20261128T0942Z.csv`: region and time, nothing a header must escape. */
export function exportFileName(region: string, exportedAt: string, format: ExportFormat): string {
  const stamp = exportedAt.replace(/[-:]/g, '').slice(0, 13);
  return `jobtriage-failed-jobs-${region.replace(/[^a-z0-9-]/g, '')}-${stamp}Z.${format}`;
}
