'use client';

import { formatPolicy } from '@/components/policy/policy-lines';
import { anchorOfStatement } from './statement-quotes';
import { useTriageFacts } from './triage-context';

/**
 * The statement a fix replaces (or, with `removed`, takes out: nothing takes its place). It is nearly always the deny
 * quoted as the deciding statement above: then it is named and linked, not printed again. Otherwise it is quoted here.
 */
export function ReplacedStatement({ statement, removed = false }: { statement: unknown; removed?: boolean }) {
  const { quotes } = useTriageFacts();
  const anchor = anchorOfStatement(quotes, statement);
  const sid = sidOf(statement);
  if (anchor) {
    return (
      <p className="text-xs font-medium text-slate-600" data-testid="replaces-link">
        {removed ? 'Removes' : 'Replaces'} {sid ? `statement “${sid}”` : 'the deciding statement'} (
        <a href={`#${anchor}`} className="rounded text-blue-700 underline hover:text-blue-900 focus-visible:outline-2 focus-visible:outline-blue-600">
          quoted above <span aria-hidden>↑</span>
        </a>
        ){removed ? '; the document below is the policy without it.' : '; the highlighted one in the document below takes its place.'}
      </p>
    );
  }
  return (
    <div>
      {/* Not struck through: the reader has to compare it with the replacement, so it must stay readable. */}
      <p className="text-xs font-medium text-slate-600">{removed ? 'Removes this statement (the document below is the policy without it):' : 'Replaces this statement (the highlighted one in the document below takes its place):'}</p>
      <pre tabIndex={0} className="mt-1 max-h-56 overflow-auto rounded-md border-l-4 border-red-400 bg-red-50 px-3 py-2 font-mono text-xs leading-5 text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-600">
        {formatPolicy(statement)}
      </pre>
    </div>
  );
}

function sidOf(statement: unknown): string | undefined {
  if (typeof statement !== 'object' || statement === null || Array.isArray(statement)) return undefined;
  const sid = (statement as { Sid?: unknown }).Sid;
  return typeof sid === 'string' && sid !== '' ? sid : undefined;
}
