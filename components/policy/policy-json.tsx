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
  return (
    <pre aria-label={label} tabIndex={0} className="max-h-[28rem] overflow-auto rounded-md border border-slate-200 bg-slate-50 py-2 font-mono text-xs leading-5 text-slate-800 focus-visible:outline-2 focus-visible:outline-blue-600">
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
