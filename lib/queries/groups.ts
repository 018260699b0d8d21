import { queryOptions } from '@tanstack/react-query';
import type { GroupDetailResponse, GroupListResponse, GroupPatch, GroupSummary } from '@/lib/dto/groups';
import { apiFetch } from './api-fetch';

/**
 * Failure groups: query keys and fetchers together. Scope is query parameters (`region` today,
 * `account` later), so a link or a call gains a scope by one parameter.
 */
export const groupQueries = {
  all: () => ['groups'] as const,
  list: (region: string) =>
    queryOptions({
      queryKey: [...groupQueries.all(), 'list', region] as const,
      queryFn: ({ signal }) => apiFetch<GroupListResponse>(`/api/groups?${scopeParams(region)}`, { signal }),
    }),
  detail: (region: string, id: string) =>
    queryOptions({
      queryKey: [...groupQueries.all(), 'detail', region, id] as const,
      queryFn: ({ signal }) => apiFetch<GroupDetailResponse>(groupApiUrl(region, id), { signal }),
    }),
};

function scopeParams(region: string): string {
  return new URLSearchParams({ region }).toString();
}

export function groupApiUrl(region: string, id: string): string {
  return `/api/groups/${encodeURIComponent(id)}?${scopeParams(region)}`;
}

/** The group page's shareable address. */
export function groupPageUrl(region: string, id: string): string {
  return `/groups/${encodeURIComponent(id)}?${scopeParams(region)}`;
}

/** One change to a group; the answer is the group as it is now. */
export function patchGroup(region: string, id: string, patch: GroupPatch): Promise<GroupSummary> {
  return apiFetch<GroupSummary>(groupApiUrl(region, id), { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(patch) });
}
