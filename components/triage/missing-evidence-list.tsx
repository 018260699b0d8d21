import type { Check } from '@/lib/analysis/diagnosis';

type MissingItem = NonNullable<Check['missing']>[number];

/** What the dashboard could not read, why, and the permission that would let it: one line each. */
export function MissingEvidenceList({ items, className = 'list-disc pl-5' }: { items: readonly MissingItem[]; className?: string }) {
  return (
    <ul className={className}>
      {items.map((m, i) => (
        <li key={`${m.what}-${i}`}>
          {m.what} — {m.because}
          {m.dashboardNeeds ? (
            <>
              {' '}
              (grant the dashboard <code className="font-mono text-xs">{m.dashboardNeeds}</code>)
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
