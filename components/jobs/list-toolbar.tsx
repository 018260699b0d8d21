'use client';

import { useEffect, useId, useState, type RefObject } from 'react';
import type { AccountOption } from '@/lib/dto/jobs';
import { ALL, isValidNameQuery, RANGES, regionsFor, type ListFilters, type ListView, type RangeKey } from '@/lib/queries/list-params';
import { CustomRange } from './custom-range';

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
  /** The search box, for the `/` key; Escape in it calls `onLeaveSearch`. */
  searchRef?: RefObject<HTMLInputElement | null>;
  onLeaveSearch?: () => void;
}

/** Account, region, time range, name search and layout: every control labelled, every value in the URL. */
export function ListToolbar({ regions, accounts, filters, view, onFilters, onView, searchRef, onLeaveSearch }: Props) {
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
      <SearchBox id={`${id}-q`} value={filters.q ?? ''} onSearch={(q) => onFilters({ q }, 'replace')} inputRef={searchRef} onLeave={onLeaveSearch} />
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
function SearchBox({ id, value, onSearch, inputRef, onLeave }: { id: string; value: string; onSearch: (q: string) => void; inputRef?: RefObject<HTMLInputElement | null> | undefined; onLeave?: (() => void) | undefined }) {
  const [text, setText] = useState(value);
  const [applied, setApplied] = useState(value);
  // The search this box last sent: when it comes back through the URL, the user may have typed on.
  const [sent, setSent] = useState<string | undefined>(undefined);
  // The URL can change under the box (back button, chip links, "clear search"): follow it without
  // losing focus, but never overwrite what was typed after the search now arriving was sent.
  if (applied !== value) {
    setApplied(value);
    if (value === sent) setSent(undefined);
    else if (text.trim() !== value) setText(value);
  }
  const valid = isValidNameQuery(text.trim());
  useEffect(() => {
    if (!valid || text.trim() === value) return;
    const timer = setTimeout(() => {
      setSent(text.trim());
      onSearch(text.trim());
    }, 350);
    return () => clearTimeout(timer);
  }, [text, valid, value, onSearch]);
  return (
    <div className="relative flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-600">
        Job name contains{' '}
        <kbd aria-hidden className="rounded border border-slate-300 px-1 font-mono text-[10px] font-normal text-slate-600" title="Press / to search">
          /
        </kbd>
      </label>
      <input
        id={id}
        ref={inputRef}
        type="search"
        aria-keyshortcuts="/"
        value={text}
        maxLength={63}
        placeholder="e.g. resnet"
        aria-invalid={!valid}
        aria-describedby={valid ? undefined : `${id}-err`}
        onChange={(e) => setText(e.target.value)}
        // Escape leaves the box for the list (a search box would otherwise clear itself).
        onKeyDown={(e) => {
          if (e.key !== 'Escape' || !onLeave) return;
          e.preventDefault();
          onLeave();
        }}
        className={`${control} w-56 ${valid ? '' : 'border-red-500'}`}
      />
      {/* Floats over the gap below, like the range's message: typing a bad character moves nothing. */}
      {valid ? null : (
        <span id={`${id}-err`} className="absolute left-0 top-full whitespace-nowrap text-xs leading-4 text-red-700">
          Job names hold only letters, digits and hyphens.
        </span>
      )}
    </div>
  );
}
