/**
 * ISO 8601 times as the list's URLs and the API take them, checked field by field: `Date.parse`
 * rolls impossible dates over (`2026-02-30` becomes March 2, `T24:00` the next day), which would
 * silently show another window than the one asked for. Shared by the API's input checks and the
 * list page's URL parser.
 */
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseIsoTime(raw: string): Date | undefined {
  const m = ISO_TIME.exec(raw);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const zone = m[7];
  if (zone && zone !== 'Z' && !isValidOffset(zone)) return undefined;
  const ms = Date.parse(raw);
  return Number.isFinite(ms) ? new Date(ms) : undefined;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (UTC, so no DST edge).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isValidOffset(zone: string): boolean {
  const digits = zone.slice(1).replace(':', '');
  return Number(digits.slice(0, 2)) <= 23 && Number(digits.slice(2)) <= 59;
}
