'use client';

import { splitKeyArns } from './key-aliases';
import { useTriageFacts } from './triage-context';

/** Text with the alias printed after each KMS key ARN the page knows an alias for. Plain text throughout. */
export function KeyArnText({ text }: { text: string }) {
  const { aliases } = useTriageFacts();
  const segments = splitKeyArns(text, aliases);
  if (segments.length === 1 && !segments[0]?.alias) return <>{text}</>;
  return (
    <>
      {segments.map((s, i) =>
        s.alias ? (
          <span key={i}>
            {s.text}{' '}
            <span data-testid="key-alias" className="whitespace-nowrap rounded bg-slate-100 px-1 font-mono text-xs text-slate-700">
              ({s.alias})
            </span>
          </span>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
