'use client';

import { useState } from 'react';
import type { DecidedBy } from '@/lib/analysis/diagnosis';
import type { EvidenceBundle } from '@/lib/analysis/evidence';
import { PolicyJson } from '@/components/policy/policy-json';
import { useLocationHash } from '@/components/ui/use-location-hash';
import { KeyArnText } from '../key-arn-text';
import { MissingNote } from './missing-note';
import { collectPolicySources, decidingIn, policyAnchor, type PolicySource } from './policy-sources';

/**
 * Every policy the diagnosis read, formatted, the deciding statement highlighted. A document whose
 * deciding statement is already quoted above starts closed (the quote links here); one whose
 * statement could only be found by position starts open, since this is the only place to read it.
 */
export function PolicyDocuments({ evidence, decisions }: { evidence: EvidenceBundle; decisions: readonly DecidedBy[] }) {
  const sources = collectPolicySources(evidence);
  const target = useLocationHash();
  // Decisions without the statement's JSON were not quoted anywhere above.
  const unquoted = decisions.filter((d) => d.statement === undefined);
  return (
    <ul className="space-y-2" data-testid="policy-documents">
      {sources.map((s) => {
        const deciding = decidingIn(s, decisions);
        const isDeciding = deciding.indexes.length > 0 || deciding.statements.length > 0;
        const onlyHere = decidingIn(s, unquoted).indexes.length > 0;
        return <PolicyDocumentItem key={s.key} source={s} deciding={deciding} isDeciding={isDeciding} opensByDefault={onlyHere || target === policyAnchor(s)} target={target} />;
      })}
    </ul>
  );
}

interface ItemProps {
  source: PolicySource;
  deciding: { indexes: number[]; statements: unknown[] };
  isDeciding: boolean;
  opensByDefault: boolean;
  target: string;
}

function PolicyDocumentItem({ source: s, deciding, isDeciding, opensByDefault, target }: ItemProps) {
  // The reader's own toggle holds while the address stays the same; a link here opens it again.
  const [toggled, setToggled] = useState<{ hash: string; open: boolean } | undefined>(undefined);
  const open = toggled && toggled.hash === target ? toggled.open : opensByDefault;
  const anchor = policyAnchor(s);
  return (
    <li id={anchor} className="scroll-mt-4">
      <details
        open={open}
        onToggle={(e) => {
          const now = e.currentTarget.open;
          if (now !== open) setToggled({ hash: target, open: now });
        }}
        className="group rounded-md border border-slate-200 bg-white"
        data-testid="policy-document"
        data-deciding={isDeciding || undefined}
      >
        <summary className="flex cursor-pointer flex-wrap items-center gap-2 rounded-md px-3 py-2 text-sm font-medium hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600">
          {/* A flex summary loses the browser's disclosure triangle: draw one, so the row reads as openable. */}
          <span aria-hidden className="inline-block w-3 text-slate-400 transition-transform group-open:rotate-90">
            ▸
          </span>
          <span className="break-all">
            <KeyArnText text={s.title} />
          </span>
          {isDeciding ? <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 ring-1 ring-inset ring-amber-300">holds the deciding statement</span> : null}
          {s.missing ? <span className="rounded-full bg-amber-50 px-2 py-0.5 text-xs text-amber-900 ring-1 ring-inset ring-amber-300">? could not be read</span> : null}
          {s.document === null ? <span className="text-xs font-normal text-slate-500">none</span> : null}
        </summary>
        {/* Mounted only while open: the highlighted statement is scrolled into its box when the box has a size. */}
        {open ? (
          <div className="space-y-2 px-3 pb-3">
            {s.consoleUrl ? (
              <p className="text-xs">
                <a href={s.consoleUrl} target="_blank" rel="noreferrer noopener" className="rounded text-blue-700 hover:underline focus-visible:outline-2 focus-visible:outline-blue-600" data-testid="policy-console-link">
                  Open in the AWS console ↗
                </a>
              </p>
            ) : null}
            {s.missing ? <MissingNote what={s.title.charAt(0).toLowerCase() + s.title.slice(1)} missing={s.missing} /> : null}
            {s.document === null ? <p className="text-sm text-slate-600">There is no such policy (AWS answered that none is set).</p> : null}
            {s.document ? <PolicyJson document={s.document} highlight={deciding.statements} highlightIndexes={deciding.indexes} highlightLabel="deciding" label={s.title} /> : null}
          </div>
        ) : null}
      </details>
    </li>
  );
}
