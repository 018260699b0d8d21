/**
 * Turns a scenario TimeSpec into a Date: an ISO time as is, or an offset like `-3h20m` from `now`,
 * so fixtures stay "recent" whenever they are served.
 */
const UNIT_MS: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1_000 };

export function resolveTimeSpec(spec: string, now: Date): Date {
  if (!spec.startsWith('-')) {
    const at = new Date(spec);
    if (Number.isNaN(at.getTime())) throw new Error(`not a time: ${spec}`);
    return at;
  }
  let offset = 0;
  for (const [, amount, unit] of spec.slice(1).matchAll(/(\d+)([dhms])/g)) {
    offset += Number(amount) * (UNIT_MS[unit ?? 's'] ?? 0);
  }
  return new Date(now.getTime() - offset);
}
