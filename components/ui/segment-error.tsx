'use client';

import { useEffect } from 'react';

/** What a route segment shows when its render throws: say so, keep the digest for the logs, offer a retry. */
export function SegmentError({ error, retry, what }: { error: unknown; retry: () => void; what: string }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && 'digest' in error ? String((error as { digest?: unknown }).digest ?? '') : '';
  return (
    <section role="alert" className="rounded-lg border border-red-300 bg-red-50 px-5 py-4 text-sm text-red-950">
      <h1 className="text-base font-semibold">Could not show {what}</h1>
      <p className="mt-1">The dashboard hit an unexpected error while rendering this page. Nothing was changed in your AWS account.</p>
      {digest ? <p className="mt-1 text-xs text-red-800">Reference for the server log: {digest}</p> : null}
      <button type="button" onClick={() => retry()} className="mt-3 rounded-md border border-red-300 bg-white px-3 py-1.5 font-medium hover:bg-red-100 focus-visible:outline-2 focus-visible:outline-blue-600">
        Try again
      </button>
    </section>
  );
}
