'use client';

import { useEffect, useRef } from 'react';
import { policyLines } from './policy-lines';

interface Props {
  document: unknown;
  /** Statements to highlight (the deciding one, or the ones a fix adds). */
  highlight?: readonly unknown[];
  highlightIndexes?: readonly number[];
  /** Said to screen readers and shown in the gutter: "changed", "deciding". */
  highlightLabel?: string;
  label: string;
}

/**
 * A policy document, formatted, its highlighted statement marked by colour and by a gutter sign
 * (never colour alone). Rendered as text: whatever the document holds stays characters.
 */
export function PolicyJson({ document, highlight = [], highlightIndexes = [], highlightLabel = 'highlighted', label }: Props) {
  const lines = policyLines(document, highlight, highlightIndexes);
  const box = useRef<HTMLPreElement>(null);
  // A string, so a parent re-render (new but equal arrays) does not undo the reader's own scrolling.
  const marks = lines.map((l) => (l.highlighted ? '1' : '0')).join('');
  // A long document scrolls inside its box: a statement appended at the end would sit below the
  // fold, and the reader would see only unchanged lines. Bring the first highlighted line into
  // the box's view (the box scrolls, not the page).
  useEffect(() => {
    const pre = box.current;
    const first = pre?.querySelector<HTMLElement>('[data-highlighted]');
    if (!pre || !first) return;
    if (first.offsetTop + first.offsetHeight > pre.clientHeight) pre.scrollTop = Math.max(0, first.offsetTop - 24);
  }, [marks]);
  return (
    <pre ref={box} aria-label={label} tabIndex={0} className="relative max-h-[28rem] overflow-auto rounded-md border border-slate-200 bg-slate-50 py-2 font-mono text-xs leading-5 text-slate-800 focus-visible:outline-2 focus-visible:outline-blue-600">
      {lines.map((line, i) =>
        line.highlighted ? (
          <span key={i} data-highlighted={highlightLabel} className="block border-l-4 border-amber-500 bg-amber-100 pl-2 pr-3">
            <span className="sr-only">{`${highlightLabel}: `}</span>
            {line.text}
          </span>
        ) : (
          <span key={i} className="block border-l-4 border-transparent pl-2 pr-3">
            {line.text}
          </span>
        ),
      )}
    </pre>
  );
}
