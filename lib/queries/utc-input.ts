/**
 * The custom range's bounds as a person types them: `2026-11-20 14:00`, 24-hour UTC, the way
 * every other time on the page is written. A browser's datetime-local input follows the
 * browser's locale instead (12-hour in en-US) and cannot be told otherwise, so the bounds are
 * plain text checked here, with a message that says what is wrong.
 */
const FORMAT = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/;
export const UTC_INPUT_EXAMPLE = '2026-11-20 14:00';

/** `2026-11-20T14:00:00.000Z` -> `2026-11-20 14:00` ('' for none). */
export function formatUtcInput(iso: string | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 16).replace('T', ' ') : '';
}

export type ParsedBound = { ok: true; iso?: string } | { ok: false; message: string };

/** One bound: empty (open-ended), or a real date and a 24-hour time. */
export function parseUtcInput(text: string, label: string): ParsedBound {
  const value = text.trim();
  if (value === '') return { ok: true };
  const m = FORMAT.exec(value);
  if (!m) return { ok: false, message: `${label}: write it as ${UTC_INPUT_EXAMPLE} (24-hour, UTC).` };
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi);
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March 2 and 24:00 to the next day: a different time than typed.
  if (h > 23 || mi > 59 || back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return { ok: false, message: `${label}: ${value} is not a real date and time (hours 00–23).` };
  }
  return { ok: true, iso: back.toISOString() };
}

export type CheckedRange = { ok: true; from?: string; to?: string } | { ok: false; field: 'from' | 'to'; message: string };

/** Both bounds, and their order: "From" after "To" would ask for a window with nothing in it. */
export function checkUtcRange(fromText: string, toText: string): CheckedRange {
  const from = parseUtcInput(fromText, 'From');
  if (!from.ok) return { ok: false, field: 'from', message: from.message };
  const to = parseUtcInput(toText, 'To');
  if (!to.ok) return { ok: false, field: 'to', message: to.message };
  if (from.iso && to.iso && from.iso > to.iso) {
    return { ok: false, field: 'from', message: `“From” (${formatUtcInput(from.iso)}) is after “To” (${formatUtcInput(to.iso)}): swap them or change one.` };
  }
  return { ok: true, ...(from.iso ? { from: from.iso } : {}), ...(to.iso ? { to: to.iso } : {}) };
}
