'use client';

import { useEffect, useId, useState } from 'react';
import type { AccountOption } from '@/lib/dto/jobs';
import { ALL, isValidNameQuery, RANGES, regionsFor, type ListFilters, type ListView, type RangeKey } from '@/lib/queries/list-params';

const RANGE_LABELS: Record<RangeKey, string> = { '24h': 'Last 24 hours', '7d': 'Last 7 days', '30d': 'Last 30 days', custom: 'Custom range' };
const control =
  'rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm shadow-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600';

interface Props {
  regions: readonly string[];
  accounts: readonly AccountOption[];
  filters: ListFilters;
  view: ListView;
  onFilters: (change: Partial<ListFilters>, mode?: 'push' | 'replace') => void;
  onView: (change: Partial<ListView>) => void;
}

/** Account, region, time range, name search and layout: every control labelled, every value in the URL. */
export function ListToolbar({ regions, accounts, filters, view, onFilters, onView }: Props) {
  const id = useId();
  return (
    <div className="flex flex-wrap items-end gap-3" role="group" aria-label="Filters">
      {accounts.length > 1 ? (
        <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
          Account
          {/* Another account has its own regions: the region starts again at its first. */}
          <select className={control} value={filters.account} onChange={(e) => onFilters({ account: e.target.value, region: undefined })} data-testid="account-select">
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.id})
              </option>
            ))}
            <option value={ALL}>All accounts</option>
          </select>
        </label>
      ) : null}
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
        Region
        <select className={control} value={filters.region} onChange={(e) => onFilters({ region: e.target.value })}>
          {regionsFor(filters.account, regions, accounts).map((r) => (
            <option key={r} value={r}>
              {r === ALL ? 'All regions' : r}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
        Time range
        <select className={control} value={filters.range} onChange={(e) => onFilters({ range: e.target.value as RangeKey })}>
          {RANGES.map((r) => (
            <option key={r} value={r}>
              {RANGE_LABELS[r]}
            </option>
          ))}
        </select>
      </label>
      {filters.range === 'custom' ? <CustomRange filters={filters} onFilters={onFilters} /> : null}
      <SearchBox id={`${id}-q`} value={filters.q ?? ''} onSearch={(q) => onFilters({ q }, 'replace')} />
      <fieldset className="ml-auto flex flex-col gap-1">
        <legend className="text-xs font-medium text-slate-600">Show</legend>
        <div className="inline-flex rounded-md shadow-sm">
          {(['table', 'groups'] as const).map((v, i) => (
            <button
              key={v}
              type="button"
              aria-pressed={view.view === v}
              onClick={() => onView({ view: v })}
              className={`border border-slate-300 px-3 py-1.5 text-sm focus-visible:z-10 focus-visible:outline-2 focus-visible:outline-blue-600 ${i === 0 ? 'rounded-l-md' : '-ml-px rounded-r-md'} ${view.view === v ? 'bg-slate-900 text-white' : 'bg-white text-slate-700 hover:bg-slate-50'}`}
            >
              {v === 'table' ? 'All jobs' : 'Grouped by cause'}
            </button>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** Typing narrows after a pause; characters SageMaker names cannot contain are refused on the spot. */
function SearchBox({ id, value, onSearch }: { id: string; value: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(value);
  const [applied, setApplied] = useState(value);
  // The URL can change under the box (back button, chip links): follow it without losing focus.
  if (applied !== value) {
    setApplied(value);
    if (text.trim() !== value) setText(value);
  }
  const valid = isValidNameQuery(text.trim());
  useEffect(() => {
    if (!valid || text.trim() === value) return;
    const timer = setTimeout(() => onSearch(text.trim()), 350);
    return () => clearTimeout(timer);
  }, [text, valid, value, onSearch]);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-600">
        Job name contains
      </label>
      <input
        id={id}
        type="search"
        value={text}
        maxLength={63}
        placeholder="e.g. resnet"
        aria-invalid={!valid}
        aria-describedby={valid ? undefined : `${id}-err`}
        onChange={(e) => setText(e.target.value)}
        className={`${control} w-56 ${valid ? '' : 'border-red-500'}`}
      />
      {valid ? null : (
        <span id={`${id}-err`} className="text-xs text-red-700">
          Job names hold only letters, digits and hyphens.
        </span>
      )}
    </div>
  );
}

function CustomRange({ filters, onFilters }: { filters: ListFilters; onFilters: Props['onFilters'] }) {
  const [from, setFrom] = useState(toInput(filters.from));
  const [to, setTo] = useState(toInput(filters.to));
  const inverted = from !== '' && to !== '' && from > to;
  return (
    <form
      className="flex items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (!inverted) onFilters({ from: from ? `${from}:00.000Z` : undefined, to: to ? `${to}:00.000Z` : undefined });
      }}
    >
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
        From (UTC)
        <input type="datetime-local" className={control} value={from} onChange={(e) => setFrom(e.target.value)} />
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
        To (UTC)
        <input type="datetime-local" className={control} value={to} onChange={(e) => setTo(e.target.value)} aria-invalid={inverted} />
      </label>
      <button type="submit" disabled={inverted} className={`${control} font-medium disabled:opacity-50`}>
        Apply
      </button>
      {inverted ? <span className="text-xs text-red-700">“From” is after “To”.</span> : null}
    </form>
  );
}

function toInput(iso: string | undefined): string {
  return iso ? iso.slice(0, 16) : '';
}
