import type { ListFilters } from './list-params';

/**
 * The next wider window for an empty list, and how to say it: 24 h -> 7 days -> 30 days -> all
 * time. Undefined when the window is already unbounded (nothing wider to offer).
 */
export function widerRange(filters: ListFilters): { label: string; change: Partial<ListFilters> } | undefined {
  switch (filters.range) {
    case '24h':
      return { label: 'Widen to the last 7 days', change: { range: '7d' } };
    case '7d':
      return { label: 'Widen to the last 30 days', change: { range: '30d' } };
    case '30d':
      return { label: 'Search all time', change: { range: 'custom', from: undefined, to: undefined } };
    case 'custom':
      return filters.from || filters.to ? { label: 'Remove the date bounds', change: { from: undefined, to: undefined } } : undefined;
  }
}
