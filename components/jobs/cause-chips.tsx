import type { Cause } from '@/lib/analysis/diagnosis';
import { causeMeta } from '@/components/ui/cause-meta';

interface Props {
  counts: readonly { cause: Cause; count: number }[];
  total: number;
  selected: readonly Cause[];
  onToggle: (cause: Cause) => void;
  onClear: () => void;
}

/** Counts per cause, which double as the cause filter: pressed chips narrow the list. */
export function CauseChips({ counts, total, selected, onToggle, onClear }: Props) {
  const base = 'inline-flex items-center gap-2 rounded-full border px-3 py-1 text-xs font-medium focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600';
  return (
    <div role="group" aria-label="Filter by cause" className="flex flex-wrap gap-2" data-testid="cause-chips">
      <button type="button" aria-pressed={selected.length === 0} onClick={onClear} className={`${base} ${selected.length === 0 ? 'border-slate-900 bg-slate-900 text-white' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-50'}`}>
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
            className={`${base} ${on ? 'border-slate-900 bg-slate-100 ring-1 ring-slate-900' : 'border-slate-300 bg-white hover:bg-slate-50'} text-slate-800`}
          >
            <span aria-hidden className={`h-2 w-2 rounded-full ${meta.swatch}`} />
            {meta.label}
            <span className="tabular-nums text-slate-500">{count}</span>
            {on ? <span aria-hidden>✓</span> : null}
          </button>
        );
      })}
    </div>
  );
}
