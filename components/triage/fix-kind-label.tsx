import type { Fix } from '@/lib/analysis/diagnosis';

/**
 * Says what kind of change a fix is before anyone copies it: complying with someone's control, or
 * an exception to it that only the policy's owner can approve. A plain grant needs no label.
 */
export function FixKindLabel({ kind }: { kind: Fix['kind'] }) {
  if (kind === 'exception') {
    return (
      <p data-testid="fix-exception" className="rounded-md border border-amber-300 bg-amber-100 px-3 py-2 text-sm font-medium text-amber-950">
        <span aria-hidden>⚠ </span>
        Exception — the policy’s owner must approve. It exempts this job’s role from a deny someone put there on purpose; prefer the fixes above.
      </p>
    );
  }
  if (kind === 'compliant') {
    return (
      <p data-testid="fix-compliant" className="text-sm font-medium text-emerald-800">
        <span aria-hidden>✓ </span>
        Complies with the control: it changes how the job runs, not the policy.
      </p>
    );
  }
  return null;
}
