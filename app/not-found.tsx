import Link from 'next/link';

export default function NotFound() {
  return (
    <section data-testid="not-found" className="mx-auto max-w-xl space-y-3 rounded-lg border border-slate-200 bg-white px-6 py-8 text-center shadow-sm">
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">404</p>
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="text-sm text-slate-600">There is nothing at this address. Job pages live at /jobs/&lt;region&gt;/&lt;job name&gt;.</p>
      <Link href="/" className="inline-block rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600">
        Back to failed jobs
      </Link>
    </section>
  );
}
