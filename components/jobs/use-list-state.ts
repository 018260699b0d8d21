'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import type { AccountOption } from '@/lib/dto/jobs';
import { parseListParams, toSearchParams, type ListFilters, type ListView } from '@/lib/queries/list-params';

/**
 * The list's state lives in the URL and nowhere else, so a reload or a shared link reproduces the
 * view. Updates go through the History API, which Next keeps in sync with useSearchParams without a
 * server round trip: the data itself comes from React Query.
 */
export function useListState(regions: readonly string[], accounts: readonly AccountOption[]) {
  const params = useSearchParams();
  const state = useMemo(() => parseListParams(new URLSearchParams(params.toString()), regions, accounts), [params, regions, accounts]);

  const update = useCallback(
    (change: { filters?: Partial<ListFilters>; view?: Partial<ListView> }, mode: 'push' | 'replace' = 'push') => {
      const filters = dropUndefined({ ...state.filters, ...change.filters });
      // Any change other than turning the page starts again at page one.
      const resetPage = change.filters !== undefined || (change.view !== undefined && !('page' in change.view));
      const view = { ...state.view, ...(resetPage ? { page: 1 } : {}), ...change.view };
      const next = toSearchParams(filters, view, regions, accounts);
      // The grouped view keeps its own status tab (`?status=`, components/groups) across filter changes.
      const status = params.get('status');
      if (view.view === 'groups' && status) next.set('status', status);
      const query = next.toString();
      const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    },
    [state, params, regions, accounts],
  );

  return { ...state, update };
}

function dropUndefined(filters: ListFilters): ListFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== '')) as unknown as ListFilters;
}
