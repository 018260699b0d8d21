/**
 * Which log lines to show: the matched lines with `context` lines around each, the rest folded into
 * gaps the reader can open. With no matched line, the tail (where a crash usually is).
 */
export type LogRow = { kind: 'line'; index: number } | { kind: 'gap'; from: number; to: number };

export function logWindow(matched: readonly boolean[], context: number, tail = 20): LogRow[] {
  const n = matched.length;
  const keep = new Array<boolean>(n).fill(false);
  const anyMatch = matched.some(Boolean);
  for (let i = 0; i < n; i++) {
    if (anyMatch ? matched[i] : i >= n - tail) {
      for (let k = Math.max(0, i - context); k <= Math.min(n - 1, i + context); k++) keep[k] = true;
    }
  }
  const rows: LogRow[] = [];
  let gapStart = -1;
  for (let i = 0; i < n; i++) {
    if (keep[i]) {
      if (gapStart >= 0) rows.push({ kind: 'gap', from: gapStart, to: i - 1 });
      gapStart = -1;
      rows.push({ kind: 'line', index: i });
    } else if (gapStart < 0) gapStart = i;
  }
  if (gapStart >= 0) rows.push({ kind: 'gap', from: gapStart, to: n - 1 });
  return rows;
}
