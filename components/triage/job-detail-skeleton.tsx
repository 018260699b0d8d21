/** The job page's final layout while the triage runs: header, diagnosis, checklist rows. */
export function JobDetailSkeleton() {
  const bar = 'animate-pulse rounded bg-slate-200';
  return (
    <div aria-busy="true" aria-label="Running the triage for this job" className="space-y-5" data-testid="detail-skeleton">
      <div className="space-y-2">
        <div className={`${bar} h-3 w-40`} />
        <div className={`${bar} h-7 w-96 max-w-full`} />
        <div className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-6">
          {Array.from({ length: 6 }, (_, i) => (
            <div key={i} className={`${bar} h-9`} />
          ))}
        </div>
      </div>
      <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
        <div className={`${bar} h-6 w-64`} />
        <div className={`${bar} h-4 w-full`} />
        <div className={`${bar} h-4 w-3/4`} />
      </div>
      <div className="rounded-lg border border-slate-200 bg-white">
        <div className="border-b border-slate-100 px-5 py-3">
          <div className={`${bar} h-5 w-56`} />
        </div>
        {/* The failing requests one per line, then the single line the passed ones fold into. */}
        {Array.from({ length: 2 }, (_, i) => (
          <div key={i} className="flex items-center gap-3 border-t border-slate-100 px-5 py-3">
            <div className={`${bar} h-5 w-24 rounded-full`} />
            <div className={`${bar} h-4 w-20`} />
            <div className={`${bar} h-4 flex-1`} />
          </div>
        ))}
        <div className="flex items-center gap-3 border-t border-slate-100 px-5 py-3">
          <div className={`${bar} h-5 w-24 rounded-full`} />
          <div className={`${bar} h-4 w-40`} />
        </div>
      </div>
      <p className="text-sm text-slate-500">Reading the job, its logs and every policy it depends on…</p>
    </div>
  );
}
