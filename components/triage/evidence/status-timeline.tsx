import type { SecondaryStatusTransition } from '@/lib/analysis/evidence';
import { formatAbsolute, formatDuration } from '@/components/ui/format-time';

/** SageMaker's secondary statuses in order, with how long each took and what it said. */
export function StatusTimeline({ transitions }: { transitions: readonly SecondaryStatusTransition[] }) {
  if (transitions.length === 0) return <p className="text-sm text-slate-600">SageMaker recorded no status transitions.</p>;
  return (
    <ol className="relative space-y-3 border-l-2 border-slate-200 pl-5" data-testid="timeline">
      {transitions.map((t, i) => {
        const failed = /fail/i.test(t.status);
        const took = t.endTime ? Date.parse(t.endTime) - Date.parse(t.startTime) : undefined;
        return (
          <li key={`${t.status}-${i}`} className="relative">
            <span aria-hidden className={`absolute -left-[1.72rem] top-1 h-3 w-3 rounded-full ring-2 ring-white ${failed ? 'bg-red-500' : 'bg-slate-400'}`} />
            <p className="text-sm">
              <span className={`font-semibold ${failed ? 'text-red-800' : 'text-slate-900'}`}>
                {failed ? '✕ ' : ''}
                {t.status}
              </span>
              <span className="text-slate-500">
                {' '}
                · <time dateTime={t.startTime}>{formatAbsolute(t.startTime, true)}</time>
                {took !== undefined ? ` · ${formatDuration(took)}` : ''}
              </span>
            </p>
            {t.statusMessage ? <p className="mt-0.5 break-words text-sm text-slate-700">{t.statusMessage}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
