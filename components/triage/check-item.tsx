'use client';

import type { Check, Fix } from '@/lib/analysis/diagnosis';
import { StatusPill } from '@/components/ui/status-icon';
import { CheckLinkButton } from './check-link-button';
import { DecidingStatement } from './deciding-statement';
import { FixCard } from './fix-card';
import { KeyArnText } from './key-arn-text';
import { MissingEvidenceList } from './missing-evidence-list';
import { anchorOf } from './next-step';
import { checkPlace } from './statement-quotes';
import { missingLead, STAGE_LABELS } from './wording';

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

/** One request: a row that opens to the request itself, what kept it from being proven, the statement that decided it and its fix. */
export function CheckItem({ check, fixes, homes, open, highlighted, onToggle, jobAccountId }: ItemProps) {
  const id = anchorOf(check);
  return (
    <li id={id} data-testid="check" data-check-id={check.id} data-status={check.status} data-highlighted={highlighted || undefined} className={`scroll-mt-4 ${highlighted ? 'bg-amber-50 ring-2 ring-inset ring-amber-400' : ''}`}>
      <div className="flex items-start">
        <h3 className="min-w-0 flex-1">
          <button type="button" aria-expanded={open} aria-controls={`${id}-body`} onClick={onToggle} className="flex w-full items-start gap-3 py-3 pl-5 pr-2 text-left hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-600">
            <StatusPill status={check.status} />
            <span className="w-24 shrink-0 pt-0.5 text-xs font-medium uppercase tracking-wide text-slate-500">{STAGE_LABELS[check.stage] ?? check.stage}</span>
            <span className="min-w-0 flex-1">
              <span className="block break-words text-sm font-medium text-slate-900">
                <KeyArnText text={check.title} />
              </span>
              <span className="mt-0.5 block break-words text-sm text-slate-600">
                <KeyArnText text={check.reason} />
              </span>
            </span>
            <span aria-hidden className="pt-0.5 text-slate-400">
              {open ? '▾' : '▸'}
            </span>
          </button>
        </h3>
        <div className="shrink-0 py-2.5 pr-5" data-testid="check-link">
          <CheckLinkButton anchor={id} title={check.title} />
        </div>
      </div>
      {open ? (
        <div id={`${id}-body`} className="space-y-3 px-5 pb-4 sm:pl-[14.75rem]">
          <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-xs">
            <dt className="text-slate-500">Request</dt>
            <dd className="break-all font-mono">{check.request.action}</dd>
            <dt className="text-slate-500">Resource</dt>
            <dd className="break-all font-mono">
              <KeyArnText text={check.request.resource} />
            </dd>
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
              <p className="font-medium">{missingLead(check.missing)}</p>
              <MissingEvidenceList items={check.missing} />
            </div>
          ) : null}
          {check.decidedBy && check.status !== 'pass' ? <DecidingStatement decidedBy={check.decidedBy} place={checkPlace(check)} /> : null}
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
