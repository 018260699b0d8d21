import type { GroupStatus } from '@/lib/analysis/groups/group-status';

const STYLE: Record<GroupStatus, { label: string; className: string }> = {
  open: { label: 'Open', className: 'bg-amber-50 text-amber-900 ring-amber-300' },
  regressed: { label: 'Regressed', className: 'bg-rose-50 text-rose-900 ring-rose-300' },
  resolved: { label: 'Resolved', className: 'bg-emerald-50 text-emerald-900 ring-emerald-300' },
  ignored: { label: 'Ignored', className: 'bg-slate-100 text-slate-700 ring-slate-300' },
};

export function GroupStatusBadge({ status }: { status: GroupStatus }) {
  const s = STYLE[status];
  return (
    <span data-status={status} className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${s.className}`}>
      {s.label}
    </span>
  );
}
