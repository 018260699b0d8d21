import { queryOptions } from '@tanstack/react-query';
import type { JobDetailResponse, JobListResponse } from '@/lib/dto/jobs';
import { apiFetch } from './api-fetch';
import { resolveWindow, type ListFilters } from './list-params';

/**
 * Query keys and fetchers together, one factory per entity: the pages hydrate these keys from the
 * server render and the hooks refresh them.
 */
export const jobQueries = {
  all: () => ['jobs'] as const,
  list: (filters: ListFilters) =>
    queryOptions({
      queryKey: [...jobQueries.all(), 'list', filters] as const,
      // Relative ranges ("last 24 h") are resolved when fetched, so a refresh moves the window.
      queryFn: ({ signal }) => apiFetch<JobListResponse>(listUrl(filters, Date.now()), { signal }),
    }),
  detail: (region: string, jobName: string) =>
    queryOptions({
      queryKey: [...jobQueries.all(), 'detail', region, jobName] as const,
      queryFn: ({ signal }) => apiFetch<JobDetailResponse>(detailUrl(region, jobName), { signal }),
    }),
};

export function listUrl(filters: ListFilters, nowMs: number): string {
  const params = new URLSearchParams({ region: filters.region });
  const window = resolveWindow(filters, nowMs);
  if (window.since) params.set('since', window.since);
  if (window.until) params.set('until', window.until);
  if (filters.q) params.set('nameContains', filters.q);
  return `/api/jobs?${params.toString()}`;
}

export function detailUrl(region: string, jobName: string): string {
  return `/api/jobs/${encodeURIComponent(region)}/${encodeURIComponent(jobName)}`;
}
