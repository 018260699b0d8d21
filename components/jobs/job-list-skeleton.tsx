/** The list's final layout with placeholder rows, so nothing jumps when the data lands. */
export function JobListSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <div aria-busy="true" aria-label="Loading failed jobs" className="space-y-4" data-testid="list-skeleton">
      <div className="flex flex-wrap gap-3">
        {[28, 36, 56].map((w) => (
          <div key={w} className="h-14 animate-pulse rounded-md bg-slate-200" style={{ width: `${w * 4}px` }} />
        ))}
      </div>
      <div className="flex gap-2">
        {[24, 32, 28, 20].map((w, i) => (
          <div key={i} className="h-6 animate-pulse rounded-full bg-slate-200" style={{ width: `${w * 4}px` }} />
        ))}
      </div>
      <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
        <div className="h-9 bg-slate-50" />
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="flex items-center gap-4 border-t border-slate-100 px-3 py-3">
            <div className="h-4 w-[20%] animate-pulse rounded bg-slate-200" />
            <div className="h-4 w-[8%] animate-pulse rounded bg-slate-100" />
            <div className="h-5 w-[12%] animate-pulse rounded-full bg-slate-200" />
            <div className="h-4 flex-1 animate-pulse rounded bg-slate-100" />
            <div className="h-4 w-[10%] animate-pulse rounded bg-slate-100" />
          </div>
        ))}
      </div>
    </div>
  );
}
