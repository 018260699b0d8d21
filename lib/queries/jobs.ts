import { queryOptions } from '@tanstack/react-query';
import type { JobDetailResponse, JobListResponse, ListViewQuery } from '@/lib/dto/jobs';
import { apiFetch } from './api-fetch';
import { resolveWindow, type ListFilters } from './list-params';

/**
 * Query keys and fetchers together, one factory per entity: the pages hydrate these keys from the
 * server render and the hooks refresh them.
 */
export const jobQueries = {
  all: () => ['jobs'] as const,
  list: (filters: ListFilters, view: ListViewQuery) =>
    queryOptions({
      queryKey: [...jobQueries.all(), 'list', filters, view] as const,
      // Relative ranges ("last 24 h") are resolved when fetched, so a refresh moves the window.
      queryFn: ({ signal }) => apiFetch<JobListResponse>(listUrl(filters, Date.now(), view), { signal }),
    }),
  detail: (region: string, jobName: string, accountId?: string) =>
    queryOptions({
      queryKey: [...jobQueries.all(), 'detail', accountId ?? '', region, jobName] as const,
      // The page's first paint comes from the server (the stored diagnosis); the browser only fetches
      // on "Re-run triage", which reads every piece of evidence from AWS again.
      queryFn: ({ signal }) => apiFetch<JobDetailResponse>(withQuery(detailUrl(region, jobName, accountId), 'refresh=1'), { signal }),
    }),
};

export function listUrl(filters: ListFilters, nowMs: number, view?: ListViewQuery): string {
  const params = new URLSearchParams();
  if (filters.account) params.set('account', filters.account);
  if (filters.region !== 'all') params.set('region', filters.region);
  const window = resolveWindow(filters, nowMs);
  if (window.since) params.set('since', window.since);
  if (window.until) params.set('until', window.until);
  if (filters.q) params.set('nameContains', filters.q);
  if (view) {
    // The server filters, sorts, groups and pages: the browser receives one page.
    if (view.causes.length > 0) params.set('cause', view.causes.join(','));
    if (view.sort !== 'failedAt') params.set('sort', view.sort);
    if (view.dir !== 'desc') params.set('dir', view.dir);
    if (view.view !== 'table') params.set('view', view.view);
    if (view.page > 1) params.set('page', String(view.page));
  }
  return `/api/jobs?${params.toString()}`;
}

/** The file of every row the list's filters keep (all pages, the list's order): the page is not sent. */
export function exportUrl(filters: ListFilters, nowMs: number, view: ListViewQuery, format: 'csv' | 'json'): string {
  const params = new URL(listUrl(filters, nowMs, { ...view, view: 'table', page: 1 }), 'http://x').searchParams;
  params.set('format', format);
  return `/api/jobs/export?${params.toString()}`;
}

export function detailUrl(region: string, jobName: string, accountId?: string): string {
  return withQuery(`/api/jobs${jobPath(region, jobName)}`, accountId ? `account=${encodeURIComponent(accountId)}` : '');
}

/** `/jobs/<region>/<name>?account=<id>`: a job page's shareable address, naming its account when known. */
export function jobPageUrl(region: string, jobName: string, accountId?: string): string {
  return withQuery(`/jobs${jobPath(region, jobName)}`, accountId ? `account=${encodeURIComponent(accountId)}` : '');
}

function jobPath(region: string, jobName: string): string {
  return `/${encodeURIComponent(region)}/${encodeURIComponent(jobName)}`;
}

function withQuery(path: string, query: string): string {
  if (query === '') return path;
  return `${path}${path.includes('?') ? '&' : '?'}${query}`;
}
