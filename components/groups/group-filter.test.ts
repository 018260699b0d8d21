import { describe, expect, it } from 'vitest';
import { inWindow, matchesFilter, parseGroupFilter } from './group-filter';

describe('group list filters', () => {
  it.each([
    ['unresolved', 'open', true],
    ['unresolved', 'regressed', true],
    ['unresolved', 'resolved', false],
    ['resolved', 'resolved', true],
    ['ignored', 'open', false],
    ['all', 'ignored', true],
  ] as const)('%s shows %s: %s', (filter, status, shown) => {
    expect(matchesFilter({ status }, filter, undefined)).toBe(shown);
  });

  it('"assigned to me" needs a me, and matches it case-insensitively', () => {
    expect(matchesFilter({ status: 'open', assignee: 'Ana@Example.com' }, 'mine', 'ana@example.com')).toBe(true);
    expect(matchesFilter({ status: 'open', assignee: 'bo' }, 'mine', 'ana@example.com')).toBe(false);
    expect(matchesFilter({ status: 'open' }, 'mine', undefined)).toBe(false);
  });

  it('reads unknown tabs as the default, and windows by any failure inside', () => {
    expect(parseGroupFilter('<x>')).toBe('unresolved');
    expect(parseGroupFilter('mine')).toBe('mine');
    const g = { firstSeen: '2026-11-01T00:00:00Z', lastSeen: '2026-11-10T00:00:00Z' };
    expect(inWindow(g, '2026-11-05T00:00:00Z')).toBe(true);
    expect(inWindow(g, '2026-11-11T00:00:00Z')).toBe(false);
    expect(inWindow(g, undefined, '2026-11-01T00:00:00Z')).toBe(false);
  });
});
