'use client';

import { useEffect, useState } from 'react';
import type { Check, Fix } from '@/lib/analysis/diagnosis';
import { StatusPill } from '@/components/ui/status-icon';
import { useLocationHash } from '@/components/ui/use-location-hash';
import { DecidingStatement } from './diagnosis-card';
import { FixCard } from './fix-card';
import { MissingEvidenceList } from './missing-evidence-list';
import { anchorOf, fixesFor, fixHomes, opensByDefault, orderChecks } from './next-step';
import { STAGE_LABELS } from './wording';

/**
 * Every request the job makes, pass / fail / unknown. Failing items open with their fix; a
 * `#check-...` link opens, scrolls to and highlights its item.
 */
export function Checklist({ checks, fixes, jobAccountId }: { checks: readonly Check[]; fixes: readonly Fix[]; jobAccountId: string }) {
  const ordered = orderChecks(checks);
  // Failing items (and unproven ones with a change offered) start open, and so does the item a
  // `#check-...` link points at; clicks override.
  const target = useLocationHash();
  const [overrides, setOverrides] = useState<ReadonlyMap<string, boolean>>(() => new Map());
  const isOpen = (c: Check) => overrides.get(c.id) ?? (opensByDefault(c, fixes) || anchorOf(c) === target);

  useEffect(() => {
    if (!target.startsWith('check-')) return;
    // After the render that opened it, bring the item into view.
    const frame = requestAnimationFrame(() => document.getElementById(target)?.scrollIntoView({ block: 'start' }));
    return () => cancelAnimationFrame(frame);
  }, [target]);

  const homes = fixHomes(ordered, fixes);
  const toggle = (c: Check) => setOverrides((prev) => new Map(prev).set(c.id, !isOpen(c)));

  const counts = { fail: 0, unknown: 0, pass: 0 };
  for (const c of ordered) counts[c.status] += 1;

  return (
    <section aria-labelledby="checklist-heading" className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-100 px-5 py-3">
        <h2 id="checklist-heading" className="text-base font-semibold">
          What the job asks AWS for
        </h2>
        <p className="text-sm text-slate-600">
          {counts.fail} failed · {counts.unknown} unknown · {counts.pass} passed
        </p>
      </div>
      {ordered.length === 0 ? <p className="px-5 py-4 text-sm text-slate-600">The engine derived no requests for this job.</p> : null}
      <ol className="divide-y divide-slate-100" data-testid="checklist">
        {ordered.map((check) => (
          <CheckItem key={check.id} check={check} fixes={fixesFor(check, fixes)} homes={homes} open={isOpen(check)} highlighted={target === anchorOf(check)} onToggle={() => toggle(check)} jobAccountId={jobAccountId} />
        ))}
      </ol>
    </section>
  );
}

interface ItemProps {
  check: Check;
  fixes: Fix[];
  /** Where each fix is shown in full; elsewhere it is a link there. */
  homes: ReadonlyMap<string, Check>;
  open: boolean;
  highlighted: boolean;
  onToggle: () => void;
  jobAccountId: string;
}

function CheckItem({ check, fixes, homes, open, highlighted, onToggle, jobAccountId }: ItemProps) {
  const id = anchorOf(check);
  return (
    <li id={id} data-testid="check" data-check-id={check.id} data-status={check.status} data-highlighted={highlighted || undefined} className={`scroll-mt-4 ${highlighted ? 'bg-amber-50 ring-2 ring-inset ring-amber-400' : ''}`}>
      <h3>
        <button type="button" aria-expanded={open} aria-controls={`${id}-body`} onClick={onToggle} className="flex w-full items-start gap-3 px-5 py-3 text-left hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-600">
          <StatusPill status={check.status} />
          <span className="w-24 shrink-0 pt-0.5 text-xs font-medium uppercase tracking-wide text-slate-500">{STAGE_LABELS[check.stage] ?? check.stage}</span>
          <span className="min-w-0 flex-1">
            <span className="block break-words text-sm font-medium text-slate-900">{check.title}</span>
            <span className="mt-0.5 block break-words text-sm text-slate-600">{check.reason}</span>
          </span>
          <span aria-hidden className="pt-0.5 text-slate-400">
            {open ? '▾' : '▸'}
          </span>
        </button>
      </h3>
      {open ? (
        <div id={`${id}-body`} className="space-y-3 px-5 pb-4 sm:pl-[14.75rem]">
          <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-xs">
            <dt className="text-slate-500">Request</dt>
            <dd className="break-all font-mono">{check.request.action}</dd>
            <dt className="text-slate-500">Resource</dt>
            <dd className="break-all font-mono">{check.request.resource}</dd>
            <dt className="text-slate-500">As</dt>
            <dd className="break-all font-mono">{check.request.principal}</dd>
            {check.request.context && Object.keys(check.request.context).length > 0 ? (
              <>
                <dt className="text-slate-500">Context</dt>
                <dd className="break-all font-mono">
                  {/* One key per line: a key split across lines by break-all reads as two. */}
                  {Object.entries(check.request.context).map(([k, v]) => (
                    <span key={k} className="block">
                      {k}={Array.isArray(v) ? v.join(',') : v}
                    </span>
                  ))}
                </dd>
              </>
            ) : null}
          </dl>
          {check.missing && check.missing.length > 0 ? (
            <div className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="check-missing">
              <p className="font-medium">Could not be proven: the dashboard could not read</p>
              <MissingEvidenceList items={check.missing} />
            </div>
          ) : null}
          {check.decidedBy && check.status !== 'pass' ? <DecidingStatement decidedBy={check.decidedBy} /> : null}
          {fixes.map((f) => {
            const home = homes.get(f.id);
            return home && home.id !== check.id ? (
              <p key={f.id} className="text-sm text-slate-700" data-testid="fix-elsewhere" data-fix-id={f.id}>
                The same change fixes this request: {f.title}.{' '}
                <a href={`#${anchorOf(home)}`} className="rounded text-blue-700 hover:underline focus-visible:outline-2 focus-visible:outline-blue-600">
                  See it under “{home.title}” <span aria-hidden>↑</span>
                </a>
              </p>
            ) : (
              <FixCard key={f.id} fix={f} jobAccountId={jobAccountId} />
            );
          })}
          {check.status === 'fail' && fixes.length === 0 ? <p className="text-sm text-slate-600">No verified fix could be built for this request; the reason above says what must change.</p> : null}
        </div>
      ) : null}
    </li>
  );
}
