import type { DecidedBy } from '@/lib/analysis/diagnosis';
import type { EvidenceBundle } from '@/lib/analysis/evidence';
import { PolicyJson } from '@/components/policy/policy-json';
import { MissingNote } from './missing-note';
import { collectPolicySources, decidingIn } from './policy-sources';

/** Every policy the diagnosis read, formatted, the deciding statement highlighted and its document open. */
export function PolicyDocuments({ evidence, decisions }: { evidence: EvidenceBundle; decisions: readonly DecidedBy[] }) {
  const sources = collectPolicySources(evidence);
  return (
    <ul className="space-y-2" data-testid="policy-documents">
      {sources.map((s) => {
        const deciding = decidingIn(s, decisions);
        const isDeciding = deciding.indexes.length > 0 || deciding.statements.length > 0;
        return (
          <li key={s.key}>
            <details open={isDeciding} className="group rounded-md border border-slate-200 bg-white" data-testid="policy-document" data-deciding={isDeciding || undefined}>
              <summary className="flex cursor-pointer flex-wrap items-center gap-2 rounded-md px-3 py-2 text-sm font-medium hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600">
                {/* A flex summary loses the browser's disclosure triangle: draw one, so the row reads as openable. */}
                <span aria-hidden className="inline-block w-3 text-slate-400 transition-transform group-open:rotate-90">
                  ▸
                </span>
                <span className="break-all">{s.title}</span>
                {isDeciding ? <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 ring-1 ring-inset ring-amber-300">holds the deciding statement</span> : null}
                {s.missing ? <span className="rounded-full bg-amber-50 px-2 py-0.5 text-xs text-amber-900 ring-1 ring-inset ring-amber-300">? could not be read</span> : null}
                {s.document === null ? <span className="text-xs font-normal text-slate-500">none</span> : null}
              </summary>
              <div className="px-3 pb-3">
                {s.missing ? <MissingNote what={s.title.charAt(0).toLowerCase() + s.title.slice(1)} missing={s.missing} /> : null}
                {s.document === null ? <p className="text-sm text-slate-600">There is no such policy (AWS answered that none is set).</p> : null}
                {s.document ? <PolicyJson document={s.document} highlight={deciding.statements} highlightIndexes={deciding.indexes} highlightLabel="deciding" label={s.title} /> : null}
              </div>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
