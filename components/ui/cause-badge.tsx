import type { Cause } from '@/lib/analysis/diagnosis';
import { causeMeta } from './cause-meta';

/** The cause as a label on its colour; the id rides along for tests and scripts. */
export function CauseBadge({ cause, size = 'sm' }: { cause: Cause; size?: 'sm' | 'md' }) {
  const meta = causeMeta(cause);
  const padding = size === 'md' ? 'px-2.5 py-1 text-sm' : 'px-2 py-0.5 text-xs';
  return (
    <span data-cause={cause} className={`inline-flex items-center gap-1.5 whitespace-nowrap rounded-full font-medium ring-1 ring-inset ${padding} ${meta.badge}`}>
      <span aria-hidden className={`h-1.5 w-1.5 rounded-full ${meta.swatch}`} />
      {meta.label}
    </span>
  );
}
