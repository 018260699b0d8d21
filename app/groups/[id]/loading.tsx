export default function Loading() {
  return (
    <div className="space-y-4" data-testid="group-skeleton" aria-busy>
      <div className="h-4 w-32 animate-pulse rounded bg-slate-200" />
      <div className="h-8 w-2/3 animate-pulse rounded bg-slate-200" />
      <div className="h-40 animate-pulse rounded-lg bg-slate-100" />
    </div>
  );
}
