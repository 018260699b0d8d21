'use client';

import { useQuery } from '@tanstack/react-query';
import type { JobDetailResponse } from '@/lib/dto/jobs';
import { jobPageUrl, jobQueries } from '@/lib/queries/jobs';
import { ApiRequestError } from '@/lib/queries/api-fetch';
import { ApiErrorPanel } from '@/components/ui/api-error-panel';
import { CopyLinkButton } from './copy-link-button';
import { JobHeader } from './job-header';
import { keyAliasesOf } from './key-aliases';
import { resourceConsoleLinks } from './resource-links';
import { TriageBody } from './triage-body';
import { JobStatusNote } from './job-status-note';

/**
 * One job's triage page. The server hands over the whole result, so the first paint (and a link
 * opened by a teammate) needs nothing from the browser; Refresh re-runs the triage.
 */
export function JobDetailView({ region, jobName, accountId, initial }: { region: string; jobName: string; accountId?: string; initial: JobDetailResponse }) {
  const query = useQuery({
    ...jobQueries.detail(region, jobName, accountId),
    initialData: initial,
    initialDataUpdatedAt: Date.parse(initial.evidence.collectedAt),
    // A triage costs dozens of AWS calls: refresh when asked, not behind the reader's back.
    staleTime: Number.POSITIVE_INFINITY,
  });
  const { job, diagnosis, evidence } = query.data;
  const now = Date.parse(evidence.collectedAt);
  // The copied link names the account, so it opens this job whoever follows it, whatever the default account.
  const path = jobPageUrl(region, jobName, accountId);
  const refreshError = query.error instanceof ApiRequestError ? query.error.toBody() : query.error ? { code: 'internal' as const, message: query.error.message } : undefined;

  return (
    <div className="space-y-5">
      <JobHeader
        job={job}
        now={now}
        resourceLinks={resourceConsoleLinks(evidence, keyAliasesOf(evidence))}
        actions={
          <>
            <CopyLinkButton path={path} />
            <button type="button" onClick={() => query.refetch()} disabled={query.isFetching} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600 disabled:opacity-60">
              {query.isFetching ? 'Re-running triage…' : 'Re-run triage'}
            </button>
          </>
        }
      />
      {refreshError ? <ApiErrorPanel error={refreshError} what="could not refresh this job (showing the previous result)" /> : null}
      {diagnosis ? <TriageBody diagnosis={diagnosis} evidence={evidence} /> : <JobStatusNote job={job} />}
    </div>
  );
}
