import { formatAbsolute, formatRelative } from './format-time';

/**
 * "3 h ago" with the exact UTC time as its tooltip and machine-readable datetime. `now` is passed
 * in (the time the data was fetched) so the server render and the browser print the same words.
 */
export function RelativeTime({ iso, now }: { iso: string; now: number }) {
  const absolute = formatAbsolute(iso, true);
  return (
    <time dateTime={iso} title={absolute} className="whitespace-nowrap">
      {formatRelative(iso, now)}
      <span className="sr-only"> ({absolute})</span>
    </time>
  );
}
