import { describe, expect, it } from 'vitest';
import type { ListFilters } from './list-params';
import { widerRange } from './wider-range';

const base: ListFilters = { region: 'us-east-1', range: '7d' };

describe('widerRange', () => {
  it.each<[Partial<ListFilters>, string | undefined, Partial<ListFilters> | undefined]>([
    [{ range: '24h' }, 'Widen to the last 7 days', { range: '7d' }],
    [{ range: '7d' }, 'Widen to the last 30 days', { range: '30d' }],
    [{ range: '30d' }, 'Search all time', { range: 'custom', from: undefined, to: undefined }],
    [{ range: 'custom', from: '2026-11-01T00:00:00.000Z' }, 'Remove the date bounds', { from: undefined, to: undefined }],
    [{ range: 'custom', to: '2026-11-01T00:00:00.000Z' }, 'Remove the date bounds', { from: undefined, to: undefined }],
    [{ range: 'custom' }, undefined, undefined],
  ])('%j', (filters, label, change) => {
    const wider = widerRange({ ...base, ...filters });
    expect(wider?.label).toBe(label);
    expect(wider?.change).toEqual(change);
  });
});
