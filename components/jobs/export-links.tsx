'use client';

import type { SyntheticEvent } from 'react';
import { exportUrl } from '@/lib/queries/jobs';
import type { ListFilters, ListView } from '@/lib/queries/list-params';

const link = 'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600';

/**
 * Download what the list shows, every page of it. A relative range ("last 7 days") is resolved
 * when clicked, like a refresh, so the file ends at the moment it was asked for.
 */
export function ExportLinks({ filters, view }: { filters: ListFilters; view: ListView }) {
  // Before any way of following the link (click, middle click, Enter after focus) the href is renewed.
  const freshen = (format: 'csv' | 'json') => (e: SyntheticEvent<HTMLAnchorElement>) => {
    e.currentTarget.href = exportUrl(filters, Date.now(), view, format);
  };
  return (
    <span className="flex items-center gap-2" role="group" aria-label="Export the list (every page)">
      {(['csv', 'json'] as const).map((format) => (
        <a key={format} href={exportUrl(filters, 0, view, format)} download onPointerDown={freshen(format)} onFocus={freshen(format)} onClick={freshen(format)} className={link} data-testid={`export-${format}`}>
          Export {format.toUpperCase()}
        </a>
      ))}
    </span>
  );
}
