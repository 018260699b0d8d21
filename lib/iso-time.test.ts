import { describe, expect, it } from 'vitest';
import { parseIsoTime } from './iso-time';

describe('parseIsoTime', () => {
  it.each([
    ['2026-02-28', '2026-02-28T00:00:00.000Z'],
    ['2028-02-29', '2028-02-29T00:00:00.000Z'],
    ['2026-11-23T08:00:00Z', '2026-11-23T08:00:00.000Z'],
    ['2026-11-23T08:00+02:00', '2026-11-23T06:00:00.000Z'],
    ['2026-12-31T23:59:59.999Z', '2026-12-31T23:59:59.999Z'],
  ])('accepts %s', (raw, iso) => {
    expect(parseIsoTime(raw)?.toISOString()).toBe(iso);
  });

  it.each([
    '2026-02-30', // Date.parse gives March 2
    '2026-02-29', // not a leap year
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-01-01T24:00Z', // Date.parse gives the next day
    '2026-01-01T23:60Z',
    '2026-01-01T10:00+25:00',
    'yesterday',
    '',
  ])('refuses %s', (raw) => {
    expect(parseIsoTime(raw)).toBeUndefined();
  });
});
