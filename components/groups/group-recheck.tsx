'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { GroupRecheckResponse } from '@/lib/dto/groups';
import { apiFetch, ApiRequestError } from '@/lib/queries/api-fetch';
import { groupApiUrl, groupQueries, type GroupScope } from '@/lib/queries/groups';

/**
 * "Is it fixed now?": every job of the group is triaged again with today's policies. When all of
 * them pass, the change was made after they failed: rerun them, and one click marks the group resolved.
 */
export function GroupRecheck({ scope, id, canResolve, onResolve, busy }: { scope: GroupScope; id: string; canResolve: boolean; onResolve: () => void; busy: boolean }) {
  const client = useQueryClient();
  const recheck = useMutation({
    mutationFn: () => apiFetch<GroupRecheckResponse>(groupApiUrl(scope, id).replace('?', '/recheck?')),
    // The re-check stored new diagnoses: the group page and the list read them.
    onSuccess: () => client.invalidateQueries({ queryKey: groupQueries.all() }),
  });
  const result = recheck.data;
  const error = recheck.error instanceof ApiRequestError ? recheck.error.message : recheck.error?.message;
  return (
    <section aria-labelledby="recheck-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="group-recheck">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="recheck-heading" className="text-base font-semibold">Is it fixed now?</h2>
        <button type="button" onClick={() => recheck.mutate()} disabled={recheck.isPending} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600 disabled:opacity-50">
          {recheck.isPending ? 'Re-checking…' : 'Re-check with today’s policies'}
        </button>
      </div>
      <p className="text-xs text-slate-500">Reads every job’s evidence from AWS again and re-simulates the requests that failed.</p>
      {error ? <p role="alert" className="text-sm text-red-900">{error}</p> : null}
      {result ? (
        <div className="space-y-2" aria-live="polite">
          <p className={`text-sm font-medium ${result.allFixed ? 'text-emerald-800' : 'text-amber-900'}`} data-testid="recheck-verdict">
            {result.message}
          </p>
          <ul className="space-y-0.5 text-sm text-slate-700">
            {result.jobs.map((j) => (
              <li key={j.name}>
                <span className="font-medium">{j.name}</span>: {j.outcome === 'fixed' ? 'now allowed' : j.outcome === 'still-failing' ? `still refused (${j.failing.join('; ')})` : `not proven (${j.reason})`}
              </li>
            ))}
          </ul>
          {result.allFixed && canResolve ? (
            <button type="button" disabled={busy} onClick={onResolve} className="rounded-md bg-emerald-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-emerald-800 focus-visible:outline-2 focus-visible:outline-blue-600 disabled:opacity-50" data-testid="recheck-resolve">
              Mark resolved
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
