'use client';

import { useEffect, useRef, useState } from 'react';

type State = 'idle' | 'copied' | 'failed';

/** Copies `text` and says so: "Copied" for two seconds, or why it could not. */
// One size per use instead of overriding classes: two Tailwind utilities for the same property
// do not combine predictably, so `px-3 text-sm` passed in could lose to the defaults.
const SIZES = { sm: 'gap-1 px-2 py-1 text-xs', md: 'gap-1.5 px-3 py-1.5 text-sm' } as const;

/** `srLabel` completes the name for screen readers when many buttons share a label ("Copy link" to which check). */
export function CopyButton({ text, label = 'Copy', size = 'sm', srLabel }: { text: string; label?: string; size?: keyof typeof SIZES; srLabel?: string }) {
  const [state, setState] = useState<State>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      // Clipboard access needs a secure context and permission; say so instead of failing silently.
      setState('failed');
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 2000);
  }

  return (
    <button
      type="button"
      onClick={copy}
      className={`inline-flex items-center rounded-md border border-slate-300 bg-white font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 ${SIZES[size]}`}
    >
      {state === 'copied' ? (
        <span aria-hidden className="text-emerald-700">
          ✓
        </span>
      ) : (
        <svg aria-hidden viewBox="0 0 16 16" className="h-3.5 w-3.5" fill="none" stroke="currentColor" strokeWidth="1.5">
          <rect x="5" y="5" width="8.5" height="8.5" rx="1.5" />
          <path d="M3 10.5V3.5A1 1 0 0 1 4 2.5h6.5" />
        </svg>
      )}
      {label}
      {srLabel ? <span className="sr-only"> {srLabel}</span> : null}
      <span role="status" aria-live="polite" className={state === 'idle' ? 'sr-only' : 'text-emerald-700'}>
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed: select the text instead' : ''}
      </span>
    </button>
  );
}
