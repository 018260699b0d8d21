import { queryOptions } from '@tanstack/react-query';
import type { GroupDetailResponse, GroupListResponse, GroupPatch, GroupSummary } from '@/lib/dto/groups';
import { apiFetch } from './api-fetch';

/** Where a group lives: its region and account (absent: the dashboard's default account). */
export interface GroupScope {
  region: string;
  accountId?: string;
}

/** Failure groups: query keys and fetchers together. Scope is query parameters (`region`, `account`). */
export const groupQueries = {
  all: () => ['groups'] as const,
  // The name search is the key's last part, so invalidating a scope's list (no search) covers every search of it.
  list: (scope: GroupScope, nameContains?: string) =>
    queryOptions({
      queryKey: [...groupQueries.all(), 'list', scope.region, scope.accountId ?? '', ...(nameContains ? [nameContains] : [])] as const,
      queryFn: ({ signal }) =>
        apiFetch<GroupListResponse>(`/api/groups?${scopeParams(scope)}${nameContains ? `&nameContains=${encodeURIComponent(nameContains)}` : ''}`, { signal }),
    }),
  detail: (scope: GroupScope, id: string) =>
    queryOptions({
      queryKey: [...groupQueries.all(), 'detail', scope.region, scope.accountId ?? '', id] as const,
      queryFn: ({ signal }) => apiFetch<GroupDetailResponse>(groupApiUrl(scope, id), { signal }),
    }),
};

function scopeParams({ region, accountId }: GroupScope): string {
  return new URLSearchParams(accountId ? { region, account: accountId } : { region }).toString();
}

export function groupApiUrl(scope: GroupScope, id: string): string {
  return `/api/groups/${encodeURIComponent(id)}?${scopeParams(scope)}`;
}

/** The group page's shareable address. */
export function groupPageUrl(scope: GroupScope, id: string): string {
  return `/groups/${encodeURIComponent(id)}?${scopeParams(scope)}`;
}

/** One change to a group; the answer is the group as it is now. */
export function patchGroup(scope: GroupScope, id: string, patch: GroupPatch): Promise<GroupSummary> {
  return apiFetch<GroupSummary>(groupApiUrl(scope, id), { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(patch) });
}
