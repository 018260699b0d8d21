import { CopyButton } from '@/components/ui/copy-button';
import type { GroupFix } from '@/lib/analysis/groups/group-fix';

/** The one fix for the whole group, with which jobs re-simulation showed it fixes. */
export function GroupFixCard({ fix, count }: { fix: GroupFix; count: number }) {
  const all = fix.notVerifiedFor.length === 0 && fix.verifiedFor.length > 0;
  return (
    <section aria-labelledby="group-fix-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="group-fix">
      <h2 id="group-fix-heading" className="text-base font-semibold">
        One fix for {count === 1 ? 'this job' : `all ${count} jobs`}
      </h2>
      <p className={`text-sm ${all ? 'text-emerald-800' : 'text-amber-900'}`} data-testid="group-fix-verdict">
        {all
          ? `Verified: with ${fix.fixes.length === 1 ? 'this change' : `these ${fix.fixes.length} changes`} applied, every request that failed passes for each of the ${fix.checked} job${fix.checked === 1 ? '' : 's'} re-simulated.`
          : `Not verified for every job: ${fix.notVerifiedFor.map((n) => `${n.name} (${n.reason})`).join('; ') || 'no job could be re-simulated'}.`}
        {fix.checked < count ? ` (The newest ${fix.checked} of ${count} jobs were re-simulated.)` : ''}
      </p>
      {fix.fixes.length === 0 ? <p className="text-sm text-slate-600">None of the group&apos;s jobs has a verified fix: open a job for what can be done.</p> : null}
      <ol className="space-y-3">
        {fix.fixes.map((f, i) => (
          <li key={i} className="space-y-1">
            <p className="text-sm font-medium">{f.title}</p>
            {f.appliedBy ? <p className="text-xs text-slate-600">Applied by {f.appliedBy}</p> : null}
            {f.notes?.map((n) => (
              <p key={n} className="text-xs text-slate-600">
                {n}
              </p>
            ))}
            <div className="flex items-start gap-2">
              <pre className="min-w-0 flex-1 overflow-x-auto rounded-md bg-slate-900 p-3 font-mono text-xs text-slate-100">{f.cli}</pre>
              <CopyButton text={f.cli} srLabel={`the command of fix ${i + 1}`} />
            </div>
            <p className="text-xs text-slate-500">From {f.fromJobs.join(', ')}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
