import Link from 'next/link';

export default function JobNotFound() {
  return (
    <section data-testid="not-found" className="mx-auto max-w-xl space-y-3 rounded-lg border border-slate-200 bg-white px-6 py-8 text-center shadow-sm">
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">404</p>
      <h1 className="text-xl font-semibold">Training job not found</h1>
      <p className="text-sm text-slate-600">
        SageMaker has no training job by this name in this region, or the region is not one this dashboard is configured for. Jobs are kept by SageMaker for a limited time; check the name and the region in the link.
      </p>
      <Link href="/" className="inline-block rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600">
        Back to failed jobs
      </Link>
    </section>
  );
}
