import { describe, expect, it } from 'vitest';
import { formatAbsolute, formatDuration, formatRelative } from './format-time';

const NOW = Date.parse('2026-11-23T12:00:00Z');

describe('formatRelative', () => {
  it.each([
    ['2026-11-23T11:59:30Z', 'just now'],
    ['2026-11-23T11:55:00Z', '5 min ago'],
    ['2026-11-23T09:00:01Z', '2 h ago'],
    ['2026-11-20T12:00:00Z', '3 d ago'],
    ['2026-11-23T14:00:00Z', 'in 2 h'],
    ['not a time', 'unknown time'],
  ])('%s -> %s', (iso, expected) => {
    expect(formatRelative(iso, NOW)).toBe(expected);
  });
});

describe('formatAbsolute', () => {
  it('prints UTC whatever the input zone', () => {
    expect(formatAbsolute('2026-11-23T14:05:09+02:00')).toBe('2026-11-23 12:05 UTC');
    expect(formatAbsolute('2026-11-23T14:05:09Z', true)).toBe('2026-11-23 14:05:09 UTC');
  });

  it('returns what it cannot read unchanged', () => {
    expect(formatAbsolute('yesterday')).toBe('yesterday');
  });
});

describe('formatDuration', () => {
  it.each([
    [12_000, '12 s'],
    [200_000, '3 min 20 s'],
    [180_000, '3 min'],
    [3_840_000, '1 h 4 min'],
    [90_000_000, '1 d 1 h'],
    [-1, 'unknown'],
  ])('%d ms -> %s', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});
