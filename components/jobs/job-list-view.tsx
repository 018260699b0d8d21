'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useRef, type ReactNode } from 'react';
import type { Cause } from '@/lib/analysis/diagnosis';
import type { AccountOption, JobListResponse, UseCaseResult } from '@/lib/dto/jobs';
import { ApiRequestError } from '@/lib/queries/api-fetch';
import { jobQueries } from '@/lib/queries/jobs';
import type { ListFilters, ListView, SortKey } from '@/lib/queries/list-params';
import { widerRange } from '@/lib/queries/wider-range';
import { ApiErrorPanel } from '@/components/ui/api-error-panel';
import { formatAbsolute } from '@/components/ui/format-time';
import { CauseChips } from './cause-chips';
import { ExportLinks } from './export-links';
import { FailureGroups } from '@/components/groups/failure-groups';
import { JobListSkeleton } from './job-list-skeleton';
import { JobTable } from './job-table';
import { ListBanners } from './list-banners';
import { ListToolbar } from './list-toolbar';
import { Pager } from './pager';
import { useListState } from './use-list-state';
import { useListKeys } from './use-list-keys';

/** While the background sync is still listing, describing or proving, the page polls this often. */
const POLL_MS = 1_500;

interface Props {
  regions: string[];
  /** The configured accounts, the default first; empty when the dashboard reads only its own account. */
  accounts: AccountOption[];
  /** The filters and view the server rendered with, and what it got: the first paint needs no fetch. */
  initialFilters: ListFilters;
  initialView: ListView;
  initial: UseCaseResult<JobListResponse>;
}

export function JobListView({ regions, accounts, initialFilters, initialView, initial }: Props) {
  const { filters, view, update } = useListState(regions, accounts);
  const merged = filters.account === 'all';
  const where = scopeWords(filters, accounts);
  const fromServer = sameFilters(filters, initialFilters) && sameView(view, initialView);
  const query = useQuery({
    ...jobQueries.list(filters, view),
    initialData: fromServer && initial.ok ? initial.value : undefined,
    initialDataUpdatedAt: fromServer && initial.ok ? Date.parse(initial.value.fetchedAt) : undefined,
    placeholderData: keepPreviousData,
    // Rows fill in as the background sync describes and proves them: poll until it is done.
    refetchInterval: (q) => (q.state.data && isBusy(q.state.data) ? POLL_MS : false),
  });
  const data = query.data;
  const error = query.error instanceof ApiRequestError ? query.error.toBody() : query.error ? { code: 'internal' as const, message: query.error.message } : !data && fromServer && !initial.ok ? initial.error : undefined;

  const toggleCause = (cause: Cause) => update({ view: { causes: view.causes.includes(cause) ? view.causes.filter((c) => c !== cause) : [...view.causes, cause] } });
  // Same column flips the order; a new column starts newest-first for time, A to Z otherwise.
  const onSort = (key: SortKey) => update({ view: { sort: key, dir: view.sort === key ? (view.dir === 'asc' ? 'desc' : 'asc') : key === 'failedAt' ? 'desc' : 'asc' } }, 'replace');

  const now = data ? Date.parse(data.fetchedAt) : 0;
  const windowText = data ? describeWindow(data) : '';

  const tableRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  // Groups belong to one account and region; a merged list shows its jobs instead.
  const groupsAccount = data && typeof data.account === 'object' && data.region !== 'all' ? data.account.id : undefined;
  const showsTable = !!data && (view.view === 'table' || !groupsAccount) && data.shown > 0;
  const keys = useListKeys({ tableRef, searchRef, rowsKey: data ? data.jobs.map((j) => j.name).join(' ') : '', enabled: showsTable });
  const wider = widerRange(filters);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <h1 className="text-xl font-semibold tracking-tight">Failed training jobs</h1>
          <p className="text-sm text-slate-600" data-testid="list-subtitle">
            {data ? `${data.total} failed in ${where}${windowText ? ` ${windowText}` : ''}` : `in ${where}`}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3 text-xs text-slate-600">
          <span aria-live="polite">{query.isFetching ? 'Updating…' : data ? `Fetched ${formatAbsolute(data.fetchedAt, true)}` : ''}</span>
          <button type="button" onClick={() => query.refetch()} disabled={query.isFetching} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600 disabled:opacity-60">
            Refresh
          </button>
          {data && data.total > 0 ? <ExportLinks filters={filters} view={view} /> : null}
        </div>
      </div>

      <ListToolbar regions={regions} accounts={accounts} filters={filters} view={view} onFilters={(change, mode) => update({ filters: change }, mode)} onView={(change) => update({ view: change })} searchRef={searchRef} onLeaveSearch={keys.leaveSearch} />

      {error ? <ApiErrorPanel error={error} what={`could not list failed jobs in ${where}`} action={<RetryButton onRetry={() => query.refetch()} busy={query.isFetching} />} /> : null}

      {!data && !error ? <JobListSkeleton /> : null}

      {data ? (
        // While another region or range loads, the previous answer stays on screen, dimmed and
        // marked busy, so it is not mistaken for the new one.
        <div className={`space-y-4 transition-opacity ${query.isPlaceholderData ? 'opacity-50' : ''}`} aria-busy={query.isPlaceholderData || undefined} data-testid="list-results">
          <ListBanners data={data} onRetry={() => query.refetch()} retrying={query.isFetching} />
          {data.total > 0 ? <CauseChips counts={data.causeCounts} total={data.total} selected={view.causes} onToggle={toggleCause} onClear={() => update({ view: { causes: [] } })} /> : null}
          {data.total === 0 ? (
            <Empty
              actions={
                isBusy(data) ? null : (
                  <>
                    {filters.q ? <EmptyAction onClick={() => update({ filters: { q: undefined } })}>Clear the search “{filters.q}”</EmptyAction> : null}
                    {wider ? <EmptyAction onClick={() => update({ filters: wider.change })}>{wider.label}</EmptyAction> : null}
                  </>
                )
              }
            >
              {isBusy(data) ? `Still listing the failed jobs in ${where}…` : `No failed jobs in ${where} ${windowText || 'in this range'}`}
              {filters.q ? ` with “${filters.q}” in the name` : ''}
              {isBusy(data) ? '' : '.'}
            </Empty>
          ) : data.shown === 0 ? (
            <Empty>No jobs with the selected causes. Choose “All causes” to see all {data.total}.</Empty>
          ) : view.view === 'groups' && groupsAccount ? (
            // Failure groups with their triage state (components/groups), under the same chips and window.
            <FailureGroups region={data.region} accountId={groupsAccount} causes={view.causes} {...(filters.q ? { nameContains: filters.q } : {})} {...(data.since ? { since: data.since } : {})} {...(data.until ? { until: data.until } : {})} />
          ) : (
            <>
              {view.view === 'groups' ? (
                <p className="text-sm text-slate-600" data-testid="groups-need-one-scope">
                  Failure groups belong to one account and region: choose one to see them. Meanwhile, every job:
                </p>
              ) : null}
              <div ref={tableRef}>
                <JobTable jobs={data.jobs} now={now} caption={`Failed training jobs in ${where}`} sort={{ key: view.sort, dir: view.dir, onSort }} selected={keys.selected} showScope={merged} />
              </div>
              <Pager page={data.page} pages={data.pages} total={data.shown} size={data.pageSize} noun="jobs" onPage={(p) => update({ view: { page: p } })} />
              <KeyboardHint />
              <p className="sr-only" role="status" data-testid="keyboard-status">
                {keys.announcement}
              </p>
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}

function Empty({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-sm text-slate-600" data-testid="empty-list">
      <p>{children}</p>
      {actions ? <div className="mt-4 flex flex-wrap justify-center gap-2 empty:hidden">{actions}</div> : null}
    </div>
  );
}

/** A way out of an empty list: each undoes one thing that may have emptied it. */
function EmptyAction({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" onClick={onClick} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600">
      {children}
    </button>
  );
}

function KeyboardHint() {
  const key = 'rounded border border-slate-300 bg-white px-1 font-mono text-[11px] text-slate-700';
  return (
    <p className="text-xs text-slate-600" data-testid="keyboard-hint">
      Keyboard: <kbd className={key}>j</kbd> / <kbd className={key}>k</kbd> move between jobs · <kbd className={key}>Enter</kbd> opens one · <kbd className={key}>/</kbd> searches · <kbd className={key}>Esc</kbd> leaves the search
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

/** True while the background sync has rows still to list, describe or prove. */
function isBusy(data: JobListResponse): boolean {
  return data.progress.listing === 'in-progress' || data.progress.describing > 0 || data.progress.proving > 0;
}

function sameView(a: ListView, b: ListView): boolean {
  return a.sort === b.sort && a.dir === b.dir && a.view === b.view && a.page === b.page && a.causes.join(',') === b.causes.join(',');
}

/** "ml-research · us-east-1", "all accounts · all regions", or just the region with one account. */
function scopeWords(filters: ListFilters, accounts: readonly AccountOption[]): string {
  const region = filters.region === 'all' ? 'all regions' : filters.region;
  if (!filters.account) return region;
  if (filters.account === 'all') return `all accounts · ${region}`;
  const account = accounts.find((a) => a.id === filters.account);
  return `${account ? account.name : filters.account} · ${region}`;
}

function sameFilters(a: ListFilters, b: ListFilters): boolean {
  return a.account === b.account && a.region === b.region && a.range === b.range && a.from === b.from && a.to === b.to && (a.q ?? '') === (b.q ?? '');
}
