/**
 * Failures per day as a small inline SVG: one bar per day, oldest left, today right, scaled to the
 * busiest day. The label says the same in words for screen readers.
 */
export function Sparkline({ daily, width = 90, height = 20 }: { daily: readonly number[]; width?: number; height?: number }) {
  const max = Math.max(1, ...daily);
  const total = daily.reduce((a, b) => a + b, 0);
  const bar = width / Math.max(1, daily.length);
  const label = `${total} ${total === 1 ? 'failure' : 'failures'} in the last ${daily.length} days${total ? `, at most ${max} a day` : ''}`;
  return (
    <svg role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="shrink-0 text-rose-500" data-testid="sparkline">
      <title>{label}</title>
      <line x1={0} y1={height - 0.5} x2={width} y2={height - 0.5} className="stroke-slate-200" strokeWidth={1} />
      {daily.map((count, i) =>
        count > 0 ? <rect key={i} x={i * bar + 0.5} y={height - 1 - Math.max(2, (count / max) * (height - 2))} width={Math.max(1, bar - 1)} height={Math.max(2, (count / max) * (height - 2))} className="fill-current" /> : null,
      )}
    </svg>
  );
}
