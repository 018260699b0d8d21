import type { CheckStatus } from '@/lib/analysis/diagnosis';

const STATUS: Record<CheckStatus, { icon: string; label: string; classes: string }> = {
  pass: { icon: '✓', label: 'Passed', classes: 'bg-emerald-100 text-emerald-800 ring-emerald-300' },
  fail: { icon: '✕', label: 'Failed', classes: 'bg-red-100 text-red-800 ring-red-300' },
  unknown: { icon: '?', label: 'Unknown', classes: 'bg-amber-100 text-amber-900 ring-amber-300' },
};

/** Pass / fail / unknown as an icon and a word, never colour alone. */
export function StatusPill({ status }: { status: CheckStatus }) {
  const s = STATUS[status];
  return (
    <span data-status={status} className={`inline-flex w-24 shrink-0 items-center justify-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${s.classes}`}>
      <span aria-hidden>{s.icon}</span>
      {s.label}
    </span>
  );
}
