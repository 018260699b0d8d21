'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';

/** Re-renders the current server page: the retry for errors the server render reported. */
export function RefreshButton({ label = 'Retry' }: { label?: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <button type="button" disabled={pending} onClick={() => start(() => router.refresh())} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600 disabled:opacity-60">
      {pending ? 'Retrying…' : label}
    </button>
  );
}
