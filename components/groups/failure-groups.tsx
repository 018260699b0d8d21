'use client';

import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useCallback } from 'react';
import type { Cause } from '@/lib/analysis/diagnosis';
import { ApiRequestError } from '@/lib/queries/api-fetch';
import { groupQueries } from '@/lib/queries/groups';
import { ApiErrorPanel } from '@/components/ui/api-error-panel';
import { GroupRow } from './group-row';
import { FILTER_LABELS, GROUP_FILTERS, inWindow, matchesFilter, parseGroupFilter, type GroupFilter } from './group-filter';
import { useLastVisit, useLocalName } from './use-last-visit';

/** While jobs are still being proven, groups grow: poll until done. */
const POLL_MS = 2_000;

interface Props {
  region: string;
  /** The account the list shows (absent: the default one). */
  accountId?: string;
  /** The list's cause chips, time window and name search apply to groups too. */
  causes: readonly Cause[];
  nameContains?: string;
  since?: string;
  until?: string;
}

/**
 * The grouped view of the failed-jobs list (the default): one row per problem with its count,
 * 30-day trend and triage state, filtered by status tabs (`?status=` in the URL).
 */
export function FailureGroups({ region, accountId, causes, nameContains, since, until }: Props) {
  const params = useSearchParams();
  const filter = parseGroupFilter(params.get('status'));
  const setFilter = useCallback((next: GroupFilter) => {
    const url = new URL(window.location.href);
    if (next === 'unresolved') url.searchParams.delete('status');
    else url.searchParams.set('status', next);
    window.history.replaceState(null, '', `${url.pathname}${url.search}`);
  }, []);
  const lastVisit = useLastVisit(region);
  const [localName] = useLocalName();
  const query = useQuery({ ...groupQueries.list({ region, ...(accountId ? { accountId } : {}) }, nameContains), refetchInterval: (q) => ((q.state.data?.proving ?? 0) > 0 ? POLL_MS : false) });
  const data = query.data;

  if (query.error) {
    const error = query.error instanceof ApiRequestError ? query.error.toBody() : { code: 'internal' as const, message: query.error.message };
    return <ApiErrorPanel error={error} what={`could not list failure groups in ${region}`} />;
  }
  if (!data) return <p className="text-sm text-slate-600" data-testid="groups-loading">Loading failure groups…</p>;

  const me = data.me ?? (localName || undefined);
  const wanted = new Set<string>(causes);
  const scoped = data.groups.filter((g) => (wanted.size === 0 || wanted.has(g.cause)) && inWindow(g, since, until));
  const shown = scoped.filter((g) => matchesFilter(g, filter, me));
  const now = Date.parse(data.fetchedAt);

  return (
    <section className="space-y-3" data-testid="failure-groups" aria-label="Failure groups">
      <div role="tablist" aria-label="Group status" className="flex flex-wrap gap-1 border-b border-slate-200">
        {GROUP_FILTERS.map((f) => {
          const count = scoped.filter((g) => matchesFilter(g, f, me)).length;
          return (
            <button
              key={f}
              type="button"
              role="tab"
              aria-selected={f === filter}
              onClick={() => setFilter(f)}
              data-testid={`group-filter-${f}`}
              className={`-mb-px border-b-2 px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-blue-600 ${f === filter ? 'border-blue-600 font-semibold text-slate-900' : 'border-transparent text-slate-600 hover:text-slate-900'}`}
            >
              {FILTER_LABELS[f]} <span className="text-xs text-slate-500">{count}</span>
            </button>
          );
        })}
      </div>
      {filter === 'mine' && !me ? (
        <p className="text-sm text-slate-600">Without sign-in the dashboard does not know who you are: set your name on a group page (“Assign to me”) to use this tab.</p>
      ) : null}
      {data.proving > 0 ? <p className="text-xs text-slate-500" aria-live="polite">{data.proving} failed {data.proving === 1 ? 'job is' : 'jobs are'} still being proven; they join their groups when done.</p> : null}
      {shown.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-sm text-slate-600" data-testid="groups-empty">
          No {filter === 'all' ? '' : `${FILTER_LABELS[filter].toLowerCase()} `}failure groups{nameContains ? ` with “${nameContains}” in a job's name` : ''}{scoped.length > 0 ? `: ${scoped.length} in other tabs.` : ' in this range.'}
        </p>
      ) : (
        <ul className="space-y-2">
          {shown.map((g) => (
            <GroupRow key={g.id} group={g} now={now} isNew={lastVisit !== undefined && g.firstSeen > lastVisit} hasNewFailures={lastVisit !== undefined && g.lastSeen > lastVisit} />
          ))}
        </ul>
      )}
    </section>
  );
}
