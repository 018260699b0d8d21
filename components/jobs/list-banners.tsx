import type { JobListResponse, UndescribedJob } from '@/lib/dto/jobs';
import { Notice } from '@/components/ui/notice';

const KIND_WORDS: Record<UndescribedJob['missing']['kind'], string> = {
  throttled: 'throttled by AWS',
  'access-denied': 'access denied',
  'cross-account': 'in another account',
  'not-found': 'no longer found',
  timeout: 'timed out',
  error: 'AWS error',
};

/** What the list could not show, said plainly: jobs it could not describe, and a capped listing. */
export function ListBanners({ data, onRetry, retrying }: { data: JobListResponse; onRetry: () => void; retrying: boolean }) {
  const byKind = new Map<string, UndescribedJob[]>();
  for (const u of data.undescribed) byKind.set(u.missing.kind, [...(byKind.get(u.missing.kind) ?? []), u]);
  const { listing, describing, proving } = data.progress;
  const busy = listing === 'in-progress' || describing > 0 || proving > 0;
  const unreachable = (data.scopes ?? []).filter((s) => s.error);
  return (
    <>
      {unreachable.length > 0 ? (
        // The other accounts are listed below; these are said, not silently left out.
        <Notice tone="warning" testId="scope-errors" title={`${unreachable.length} of ${data.scopes?.length ?? 0} accounts and regions could not be listed`}>
          <ul className="list-disc pl-5">
            {unreachable.map((s) => (
              <li key={`${s.accountId}|${s.region}`} data-account={s.accountId} className="break-words">
                <span className="font-medium">
                  {s.accountName} ({s.accountId}) · {s.region}
                </span>
                : {s.error?.message}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {busy ? (
        // Not an error: the background sync is filling the list in, within AWS's rate limits.
        <p role="status" data-testid="progress-banner" className="rounded-md border border-slate-200 bg-slate-50 px-4 py-2 text-sm text-slate-700">
          {[
            listing === 'in-progress' ? 'Listing failed jobs…' : undefined,
            describing > 0 ? `${describing} ${describing === 1 ? 'job' : 'jobs'} still being described` : undefined,
            proving > 0 ? `${proving} ${proving === 1 ? 'cause' : 'causes'} still being proven (shown from the failure text until then)` : undefined,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      ) : null}
      {data.undescribed.length > 0 ? (
        <Notice
          tone="warning"
          testId="undescribed-banner"
          title={`${data.undescribed.length} failed ${data.undescribed.length === 1 ? 'job' : 'jobs'} could not be described and ${data.undescribed.length === 1 ? 'is' : 'are'} not in the table`}
          action={
            <button type="button" onClick={onRetry} disabled={retrying} className="rounded-md border border-amber-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-blue-600 disabled:opacity-60">
              {retrying ? 'Retrying…' : 'Retry'}
            </button>
          }
        >
          <ul className="list-disc pl-5">
            {[...byKind.entries()].map(([kind, jobs]) => {
              const first = jobs[0];
              return (
                <li key={kind}>
                  {jobs.length} {KIND_WORDS[kind as UndescribedJob['missing']['kind']] ?? kind}
                  {kind === 'access-denied' && first ? (
                    <>
                      {' '}
                      (the dashboard needs <code className="font-mono text-xs">{first.missing.action}</code>)
                    </>
                  ) : null}
                  : <span className="break-all">{jobs.slice(0, 5).map((j) => j.name).join(', ')}{jobs.length > 5 ? ` and ${jobs.length - 5} more` : ''}</span>
                </li>
              );
            })}
          </ul>
        </Notice>
      ) : null}
      {data.truncated ? (
        <Notice tone="info" testId="truncated-banner" title="Older failed jobs exist beyond what was listed">
          <p>{data.truncatedReason ?? 'The listing stopped at its page limit.'} Narrow the time range or the name search to see them.</p>
        </Notice>
      ) : null}
    </>
  );
}
