import type { Fix } from '@/lib/analysis/diagnosis';
import { CopyButton } from '@/components/ui/copy-button';
import { formatPolicy } from '@/components/policy/policy-lines';
import { PolicyJson } from '@/components/policy/policy-json';
import { ReplacedStatement } from './replaced-statement';
import { describeFixTarget, whoMustChange } from './wording';

/** One change to make: where, the exact document and command, and whether it was re-checked. */
export function FixCard({ fix, jobAccountId }: { fix: Fix; jobAccountId: string }) {
  const policyText = fix.policy !== undefined ? formatPolicy(fix.policy) : undefined;
  return (
    <article className="space-y-3 rounded-md border border-slate-200 bg-white p-4" data-testid="fix" data-fix-id={fix.id} data-verified={fix.verified}>
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">Fix · {describeFixTarget(fix.target)}</p>
          <h4 className="mt-0.5 break-words text-sm font-semibold text-slate-900">{fix.title}</h4>
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
            <li key={i}>{n}</li>
          ))}
        </ul>
      ) : null}
      {fix.replaces !== undefined ? <ReplacedStatement statement={fix.replaces} /> : null}
      {policyText !== undefined ? (
        <div>
          <div className="mb-1 flex items-center justify-between gap-2">
            <p className="text-xs font-medium text-slate-600">Policy document {fix.changedStatements?.length ? '(changed statements highlighted)' : ''}</p>
            <CopyButton text={policyText} label="Copy policy" />
          </div>
          <PolicyJson document={fix.policy} highlight={fix.changedStatements ?? []} highlightLabel="changed" label={`Policy document for: ${fix.title}`} />
        </div>
      ) : null}
      {fix.cli ? (
        <div>
          <div className="mb-1 flex items-center justify-between gap-2">
            <p className="text-xs font-medium text-slate-600">AWS CLI</p>
            <CopyButton text={fix.cli} label="Copy command" />
          </div>
          <pre tabIndex={0} data-testid="fix-cli" className="max-h-56 overflow-auto whitespace-pre-wrap break-all rounded-md bg-slate-900 px-3 py-2 font-mono text-xs leading-5 text-slate-100 focus-visible:outline-2 focus-visible:outline-blue-400">
            {fix.cli}
          </pre>
        </div>
      ) : null}
    </article>
  );
}
