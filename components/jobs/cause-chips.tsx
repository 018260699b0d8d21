import type { Cause } from '@/lib/analysis/diagnosis';
import { causeMeta } from '@/components/ui/cause-meta';

interface Props {
  counts: readonly { cause: Cause; count: number }[];
  total: number;
  selected: readonly Cause[];
  onToggle: (cause: Cause) => void;
  onClear: () => void;
}

/**
 * Counts per cause, which double as the cause filter: pressed chips narrow the list. Pressed is
 * filled dark with a check mark, never a ring: a ring is what keyboard focus looks like, and the
 * focus ring (blue, offset) stays for focus alone.
 */
const PRESSED = 'border-slate-900 bg-slate-900 text-white';
const RELEASED = 'border-slate-300 bg-white text-slate-800 hover:bg-slate-50';

export function CauseChips({ counts, total, selected, onToggle, onClear }: Props) {
  const base = 'inline-flex items-center gap-2 rounded-full border px-3 py-1 text-xs font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600';
  return (
    <div role="group" aria-label="Filter by cause" className="flex flex-wrap gap-2" data-testid="cause-chips">
      <button type="button" aria-pressed={selected.length === 0} onClick={onClear} className={`${base} ${selected.length === 0 ? PRESSED : RELEASED}`}>
        All causes <span className="tabular-nums">{total}</span>
      </button>
      {counts.map(({ cause, count }) => {
        const on = selected.includes(cause);
        const meta = causeMeta(cause);
        return (
          <button
            key={cause}
            type="button"
            aria-pressed={on}
            data-cause={cause}
            onClick={() => onToggle(cause)}
            className={`${base} ${on ? PRESSED : RELEASED}`}
          >
            <span aria-hidden className={`h-2 w-2 rounded-full ${meta.swatch}`} />
            {meta.label}
            <span className={`tabular-nums ${on ? 'text-slate-300' : 'text-slate-600'}`}>{count}</span>
            {on ? <span aria-hidden>✓</span> : null}
          </button>
        );
      })}
    </div>
  );
}
