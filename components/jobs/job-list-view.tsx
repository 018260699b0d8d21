'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import type { Cause } from '@/lib/analysis/diagnosis';
import type { JobListResponse, UseCaseResult } from '@/lib/dto/jobs';
import { ApiRequestError } from '@/lib/queries/api-fetch';
import { jobQueries } from '@/lib/queries/jobs';
import type { ListFilters, SortKey } from '@/lib/queries/list-params';
import { ApiErrorPanel } from '@/components/ui/api-error-panel';
import { formatAbsolute } from '@/components/ui/format-time';
import { chipCounts, countCauses, filterByCause, groupJobs, paginate, sortJobs } from './arrange-jobs';
import { CauseChips } from './cause-chips';
import { JobGroups } from './job-groups';
import { JobListSkeleton } from './job-list-skeleton';
import { JobTable } from './job-table';
import { ListBanners } from './list-banners';
import { ListToolbar } from './list-toolbar';
import { Pager } from './pager';
import { useListState } from './use-list-state';

const PAGE_SIZE = 100;

interface Props {
  regions: string[];
  /** The filters the server rendered with, and what it got: the first paint needs no fetch. */
  initialFilters: ListFilters;
  initial: UseCaseResult<JobListResponse>;
}

export function JobListView({ regions, initialFilters, initial }: Props) {
  const { filters, view, update } = useListState(regions);
  const fromServer = sameFilters(filters, initialFilters);
  const query = useQuery({
    ...jobQueries.list(filters),
    initialData: fromServer && initial.ok ? initial.value : undefined,
    initialDataUpdatedAt: fromServer && initial.ok ? Date.parse(initial.value.fetchedAt) : undefined,
    placeholderData: keepPreviousData,
  });
  const data = query.data;
  const error = query.error instanceof ApiRequestError ? query.error.toBody() : query.error ? { code: 'internal' as const, message: query.error.message } : !data && fromServer && !initial.ok ? initial.error : undefined;

  const arranged = useMemo(() => {
    if (!data) return undefined;
    const shown = filterByCause(data.jobs, view.causes);
    return { counts: chipCounts(countCauses(data.jobs), view.causes), shown, sorted: sortJobs(shown, view.sort, view.dir), groups: view.view === 'groups' ? groupJobs(shown) : [] };
  }, [data, view.causes, view.sort, view.dir, view.view]);

  const toggleCause = (cause: Cause) => update({ view: { causes: view.causes.includes(cause) ? view.causes.filter((c) => c !== cause) : [...view.causes, cause] } });
  // Same column flips the order; a new column starts newest-first for time, A to Z otherwise.
  const onSort = (key: SortKey) => update({ view: { sort: key, dir: view.sort === key ? (view.dir === 'asc' ? 'desc' : 'asc') : key === 'failedAt' ? 'desc' : 'asc' } }, 'replace');

  const now = data ? Date.parse(data.fetchedAt) : 0;
  const windowText = data ? describeWindow(data) : '';
  const page = arranged ? paginate(arranged.sorted, view.page, PAGE_SIZE) : undefined;
  const groupPage = arranged ? paginate(arranged.groups, view.page, PAGE_SIZE) : undefined;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <h1 className="text-xl font-semibold tracking-tight">Failed training jobs</h1>
          <p className="text-sm text-slate-600" data-testid="list-subtitle">
            {data ? `${data.jobs.length} failed in ${data.region}${windowText ? ` ${windowText}` : ''}` : `in ${filters.region}`}
          </p>
        </div>
        <div className="flex items-center gap-3 text-xs text-slate-500">
          <span aria-live="polite">{query.isFetching ? 'Updating…' : data ? `Fetched ${formatAbsolute(data.fetchedAt, true)}` : ''}</span>
          <button type="button" onClick={() => query.refetch()} disabled={query.isFetching} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600 disabled:opacity-60">
            Refresh
          </button>
        </div>
      </div>

      <ListToolbar regions={regions} filters={filters} view={view} onFilters={(change, mode) => update({ filters: change }, mode)} onView={(change) => update({ view: change })} />

      {error ? <ApiErrorPanel error={error} what={`could not list failed jobs in ${filters.region}`} action={<RetryButton onRetry={() => query.refetch()} busy={query.isFetching} />} /> : null}

      {!data && !error ? <JobListSkeleton /> : null}

      {data && arranged && page && groupPage ? (
        // While another region or range loads, the previous answer stays on screen, dimmed and
        // marked busy, so it is not mistaken for the new one.
        <div className={`space-y-4 transition-opacity ${query.isPlaceholderData ? 'opacity-50' : ''}`} aria-busy={query.isPlaceholderData || undefined} data-testid="list-results">
          <ListBanners data={data} onRetry={() => query.refetch()} retrying={query.isFetching} />
          {data.jobs.length > 0 ? <CauseChips counts={arranged.counts} total={data.jobs.length} selected={view.causes} onToggle={toggleCause} onClear={() => update({ view: { causes: [] } })} /> : null}
          {data.jobs.length === 0 ? (
            <Empty>
              No failed jobs in {data.region} {windowText || 'in this range'}
              {filters.q ? ` with “${filters.q}” in the name` : ''}.
            </Empty>
          ) : arranged.shown.length === 0 ? (
            <Empty>No jobs with the selected causes. Choose “All causes” to see all {data.jobs.length}.</Empty>
          ) : view.view === 'groups' ? (
            <>
              <JobGroups groups={groupPage.items} now={now} />
              <Pager page={groupPage.page} pages={groupPage.pages} total={arranged.groups.length} size={PAGE_SIZE} noun="groups" onPage={(p) => update({ view: { page: p } })} />
            </>
          ) : (
            <>
              <JobTable jobs={page.items} now={now} caption={`Failed training jobs in ${data.region}`} sort={{ key: view.sort, dir: view.dir, onSort }} />
              <Pager page={page.page} pages={page.pages} total={arranged.shown.length} size={PAGE_SIZE} noun="jobs" onPage={(p) => update({ view: { page: p } })} />
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-sm text-slate-600" data-testid="empty-list">
      {children}
    </p>
  );
}

function RetryButton({ onRetry, busy }: { onRetry: () => void; busy: boolean }) {
  return (
    <button type="button" onClick={onRetry} disabled={busy} className="rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-red-100 focus-visible:outline-2 focus-visible:outline-blue-600 disabled:opacity-60">
      {busy ? 'Retrying…' : 'Retry'}
    </button>
  );
}

function describeWindow(data: JobListResponse): string {
  if (data.since && data.until) return `between ${formatAbsolute(data.since)} and ${formatAbsolute(data.until)}`;
  if (data.since) return `since ${formatAbsolute(data.since)}`;
  if (data.until) return `before ${formatAbsolute(data.until)}`;
  return '';
}

function sameFilters(a: ListFilters, b: ListFilters): boolean {
  return a.region === b.region && a.range === b.range && a.from === b.from && a.to === b.to && (a.q ?? '') === (b.q ?? '');
}
