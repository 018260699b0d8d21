import { describe, expect, it } from 'vitest';
import { checkUtcRange, formatUtcInput, parseUtcInput } from './utc-input';

describe('formatUtcInput', () => {
  it('writes 24-hour UTC, whatever the zone of the ISO time', () => {
    expect(formatUtcInput('2026-11-20T15:30:00.000Z')).toBe('2026-11-20 15:30');
    expect(formatUtcInput('2026-11-20T17:30:00+02:00')).toBe('2026-11-20 15:30');
    expect(formatUtcInput(undefined)).toBe('');
    expect(formatUtcInput('not a time')).toBe('');
  });
});

describe('parseUtcInput', () => {
  it.each([
    ['2026-11-20 15:30', '2026-11-20T15:30:00.000Z'],
    ['2026-11-20T00:00', '2026-11-20T00:00:00.000Z'],
    ['  2026-11-20 23:59 ', '2026-11-20T23:59:00.000Z'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseUtcInput(text, 'From')).toEqual({ ok: true, iso });
  });

  it('takes an empty bound as open-ended', () => {
    expect(parseUtcInput('', 'From')).toEqual({ ok: true });
  });

  it.each([
    ['11/20/2026 3:30 PM', /From: write it as 2026-11-20 14:00 \(24-hour, UTC\)/],
    ['2026-11-20 3:30', /write it as/],
    ['2026-02-30 10:00', /not a real date and time/],
    ['2026-11-20 24:00', /hours 00–23/],
    ['2026-11-20 12:60', /not a real date/],
  ])('refuses %j, saying what is wrong', (text, message) => {
    const result = parseUtcInput(text, 'From');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('checkUtcRange', () => {
  it('accepts ordered, one-sided and empty ranges', () => {
    expect(checkUtcRange('2026-11-01 00:00', '2026-11-02 00:00')).toEqual({ ok: true, from: '2026-11-01T00:00:00.000Z', to: '2026-11-02T00:00:00.000Z' });
    expect(checkUtcRange('', '2026-11-02 00:00')).toEqual({ ok: true, to: '2026-11-02T00:00:00.000Z' });
    expect(checkUtcRange('', '')).toEqual({ ok: true });
  });

  it('names an inverted range and both times', () => {
    expect(checkUtcRange('2026-11-30 10:00', '2026-11-29 15:30')).toEqual({ ok: false, field: 'from', message: '“From” (2026-11-30 10:00) is after “To” (2026-11-29 15:30): swap them or change one.' });
  });

  it('points at the bound that is malformed', () => {
    expect(checkUtcRange('2026-11-30 10:00', 'tomorrow')).toMatchObject({ ok: false, field: 'to', message: expect.stringMatching(/^To:/) });
  });
});
