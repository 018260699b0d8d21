import type { Fix } from '@/lib/analysis/diagnosis';
import { CopyButton } from '@/components/ui/copy-button';
import { formatPolicy } from '@/components/policy/policy-lines';
import { PolicyJson } from '@/components/policy/policy-json';
import { ReplacedStatement } from './replaced-statement';
import { FixCodeTabs } from './fix-code-tabs';
import { fixCodes } from './fix-codes';
import { FixKindLabel } from './fix-kind-label';
import { JobConfigChange } from './job-config-change';
import { KeyArnText } from './key-arn-text';
import { describeFixTarget, whoMustChange } from './wording';

/** One change to make: where, the exact document and command, and whether it was re-checked. */
export function FixCard({ fix, jobAccountId }: { fix: Fix; jobAccountId: string }) {
  const policyText = fix.policy !== undefined ? formatPolicy(fix.policy) : undefined;
  return (
    <article
      className={`space-y-3 rounded-md border p-4 ${fix.kind === 'exception' ? 'border-amber-400 bg-amber-50/40' : 'border-slate-200 bg-white'}`}
      data-testid="fix"
      data-fix-id={fix.id}
      data-verified={fix.verified}
      data-kind={fix.kind ?? 'grant'}
    >
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">Fix · {describeFixTarget(fix.target)}</p>
          <h4 className="mt-0.5 break-words text-sm font-semibold text-slate-900">
            <KeyArnText text={fix.title} />
          </h4>
          {fix.appliedBy ? (
            <p className="mt-0.5 text-xs text-slate-600" data-testid="fix-applied-by">
              Applied by {fix.appliedBy}
            </p>
          ) : null}
        </div>
        {fix.verified ? (
          <span data-testid="verified" className="inline-flex items-center gap-1 rounded-full bg-emerald-50 px-2.5 py-1 text-xs font-semibold text-emerald-800 ring-1 ring-inset ring-emerald-300">
            <span aria-hidden>✓</span> Verified by simulation
          </span>
        ) : (
          <span data-testid="not-verified" className="inline-flex items-center gap-1 rounded-full bg-amber-50 px-2.5 py-1 text-xs font-semibold text-amber-900 ring-1 ring-inset ring-amber-300">
            <span aria-hidden>!</span> Not verified — check before applying
          </span>
        )}
      </header>
      <FixKindLabel kind={fix.kind} />
      {fix.jobConfig ? <JobConfigChange jobConfig={fix.jobConfig} verified={fix.verified} /> : null}
      {fix.crossAccount || fix.accountId !== jobAccountId ? (
        <p className="rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-950" data-testid="cross-account">
          <span aria-hidden>⇄ </span>
          This change {whoMustChange(fix.accountId)}
          {fix.accountId && fix.accountId !== jobAccountId ? ` (the job runs in ${jobAccountId})` : ''}: send its owner this statement.
        </p>
      ) : null}
      {fix.notes && fix.notes.length > 0 ? (
        <ul className="list-disc space-y-0.5 pl-5 text-sm text-slate-700">
          {fix.notes.map((n, i) => (
            <li key={i}>
              <KeyArnText text={n} />
            </li>
          ))}
        </ul>
      ) : null}
      {fix.replaces !== undefined ? <ReplacedStatement statement={fix.replaces} removed={fix.changedStatements?.length === 0} /> : null}
      {policyText !== undefined ? (
        <div>
          <div className="mb-1 flex items-center justify-between gap-2">
            <p className="text-xs font-medium text-slate-600">Policy document {fix.changedStatements?.length ? '(changed statements highlighted)' : ''}</p>
            <CopyButton text={policyText} label="Copy policy" />
          </div>
          <PolicyJson document={fix.policy} highlight={fix.changedStatements ?? []} highlightLabel="changed" label={`Policy document for: ${fix.title}`} />
        </div>
      ) : null}
      {fix.cli || fix.terraform ? <FixCodeTabs codes={fixCodes(fix)} /> : null}
    </article>
  );
}
