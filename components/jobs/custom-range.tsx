'use client';

import { useId, useState } from 'react';
import type { ListFilters } from '@/lib/queries/list-params';
import { checkUtcRange, formatUtcInput, UTC_INPUT_EXAMPLE } from '@/lib/queries/utc-input';

const input =
  'w-40 rounded-md border bg-white px-2.5 py-1.5 font-mono text-sm shadow-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600';

/**
 * From and To, typed as 24-hour UTC (`2026-11-20 14:00`), checked as they are typed. What is wrong
 * is said below the inputs in a line that floats over the gap under the toolbar: the message
 * appearing moves nothing, so the table under it stays where the eye left it.
 */
export function CustomRange({ filters, onFilters }: { filters: ListFilters; onFilters: (change: Partial<ListFilters>) => void }) {
  const id = useId();
  const [from, setFrom] = useState(formatUtcInput(filters.from));
  const [to, setTo] = useState(formatUtcInput(filters.to));
  const checked = checkUtcRange(from, to);
  const bad = (field: 'from' | 'to') => !checked.ok && checked.field === field;
  const messageId = `${id}-range-message`;
  return (
    <form
      className="relative flex items-end gap-2"
      data-testid="custom-range"
      onSubmit={(e) => {
        e.preventDefault();
        if (checked.ok) onFilters({ from: checked.from, to: checked.to });
      }}
    >
      {(['from', 'to'] as const).map((field) => (
        <label key={field} className="flex flex-col gap-1 text-xs font-medium text-slate-600">
          {field === 'from' ? 'From (UTC)' : 'To (UTC)'}
          <input
            type="text"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            placeholder={UTC_INPUT_EXAMPLE}
            value={field === 'from' ? from : to}
            onChange={(e) => (field === 'from' ? setFrom : setTo)(e.target.value)}
            aria-invalid={bad(field) || undefined}
            aria-describedby={messageId}
            className={`${input} ${bad(field) ? 'border-red-600' : 'border-slate-300'}`}
          />
        </label>
      ))}
      <button type="submit" disabled={!checked.ok} className="rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm font-medium shadow-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 disabled:opacity-50">
        Apply
      </button>
      <p id={messageId} aria-live="polite" data-testid="range-message" className={`absolute left-0 top-full whitespace-nowrap text-xs leading-4 ${checked.ok ? 'text-slate-600' : 'text-red-700'}`}>
        {checked.ok ? '24-hour UTC; leave one empty for an open range.' : checked.message}
      </p>
    </form>
  );
}
