'use client';

import { useEffect, useState } from 'react';
import type { Check, DeniedRequest, Fix } from '@/lib/analysis/diagnosis';
import { StatusPill } from '@/components/ui/status-icon';
import { useLocationHash } from '@/components/ui/use-location-hash';
import { CheckItem } from './check-item';
import { describeAllowed, splitChecks } from './check-groups';
import { anchorOf, fixesFor, fixHomes, opensByDefault, orderChecks, standsForDenied } from './next-step';
import { STAGE_LABELS } from './wording';

/**
 * Every request the job makes, pass / fail / unknown. Failing and unproven items come one per
 * line, failing ones open with their fix; the passed ones fold into one line ("7 requests
 * allowed") that expands. A `#check-...` link opens, scrolls to and highlights its item, unfolding
 * the passed ones when it points at one of them.
 */
export function Checklist({ checks, fixes, jobAccountId, denied }: { checks: readonly Check[]; fixes: readonly Fix[]; jobAccountId: string; denied?: DeniedRequest }) {
  const ordered = orderChecks(checks);
  const { attention, passed } = splitChecks(ordered, (c) => standsForDenied(c, denied));
  // Failing items (and unproven ones with a change offered) start open, and so does the item a
  // `#check-...` link points at; clicks override.
  const target = useLocationHash();
  const [overrides, setOverrides] = useState<ReadonlyMap<string, boolean>>(() => new Map());
  const isOpen = (c: Check) => overrides.get(c.id) ?? (opensByDefault(c, fixes) || anchorOf(c) === target);
  // The passed group's own toggle holds only while the address stays the same: following a link to
  // one of its checks must unfold it even if the reader folded it before.
  const [passedToggle, setPassedToggle] = useState<{ hash: string; open: boolean } | undefined>(undefined);
  const passedTargeted = passed.some((c) => anchorOf(c) === target);
  const passedOpen = passedToggle && passedToggle.hash === target ? passedToggle.open : passedTargeted;

  useEffect(() => {
    if (!target.startsWith('check-')) return;
    // After the render that opened it, bring the item into view.
    const frame = requestAnimationFrame(() => document.getElementById(target)?.scrollIntoView({ block: 'start' }));
    return () => cancelAnimationFrame(frame);
  }, [target]);

  const homes = fixHomes(ordered, fixes);
  const toggle = (c: Check) => setOverrides((prev) => new Map(prev).set(c.id, !isOpen(c)));
  const item = (check: Check) => (
    <CheckItem key={check.id} check={check} fixes={fixesFor(check, fixes)} homes={homes} open={isOpen(check)} highlighted={target === anchorOf(check)} onToggle={() => toggle(check)} jobAccountId={jobAccountId} />
  );

  const counts = { fail: 0, unknown: 0, pass: 0 };
  for (const c of ordered) counts[c.status] += 1;
  const passedStages = [...new Set(passed.map((c) => STAGE_LABELS[c.stage] ?? c.stage))];

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
        {attention.map(item)}
        {passed.length > 0 ? (
          <li data-testid="passed-checks" data-count={passed.length}>
            <h3>
              <button
                type="button"
                aria-expanded={passedOpen}
                aria-controls="passed-checks-list"
                onClick={() => setPassedToggle({ hash: target, open: !passedOpen })}
                className="flex w-full items-start gap-3 px-5 py-3 text-left hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-600"
              >
                <StatusPill status="pass" />
                <span className="min-w-0 flex-1 pt-0.5 text-sm">
                  <span className="font-medium text-slate-900">{describeAllowed(passed.length)}</span>
                  <span className="text-slate-600"> · {passedStages.join(', ')}</span>
                </span>
                <span aria-hidden className="pt-0.5 text-slate-400">
                  {passedOpen ? '▾' : '▸'}
                </span>
              </button>
            </h3>
            {passedOpen ? (
              <ol id="passed-checks-list" className="divide-y divide-slate-100 border-t border-slate-100 bg-slate-50/50">
                {passed.map(item)}
              </ol>
            ) : null}
          </li>
        ) : null}
      </ol>
    </section>
  );
}
