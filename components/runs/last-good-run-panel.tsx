'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import type { LastGoodRunResponse } from '@/lib/dto/runs';
import { apiFetch } from '@/lib/queries/api-fetch';
import { jobPageUrl } from '@/lib/queries/jobs';
import { formatAbsolute } from '@/components/ui/format-time';

/** "What changed since it last worked?": the family's last completed run beside a failed job, and what differs. */
export function LastGoodRunPanel({ region, jobName, accountId }: { region: string; jobName: string; accountId?: string | undefined }) {
  const query = useQuery({
    queryKey: ['jobs', 'last-good-run', accountId ?? '', region, jobName],
    queryFn: ({ signal }) => apiFetch<LastGoodRunResponse>(jobPageUrl(region, jobName, accountId).replace(/^\/jobs\/([^?]*)/, '/api/jobs/$1/last-good-run'), { signal }),
    staleTime: 5 * 60_000,
  });
  const data = query.data;
  return (
    <section aria-labelledby="last-good-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="last-good-run">
      <h2 id="last-good-heading" className="text-base font-semibold">What changed since it last worked?</h2>
      {query.isPending ? <p className="text-sm text-slate-600">Looking for the last completed run of this job’s family…</p> : null}
      {query.error ? <p role="alert" className="text-sm text-red-900">Could not look for the last good run: {query.error.message}</p> : null}
      {data ? (
        <>
          <p className="text-sm text-slate-700">
            {data.lastGood ? (
              <>
                <Link href={jobPageUrl(region, data.lastGood.name, accountId)} className="font-medium text-blue-800 hover:underline">
                  {data.lastGood.name}
                </Link>{' '}
                completed ({formatAbsolute(data.lastGood.endedAt ?? data.lastGood.createdAt, true)}; same {data.lastGood.matchedBy === 'name-stem' ? 'name' : 'role and input bucket'}). {data.message.replace(/^\S+ completed;?\s*/, '')}
              </>
            ) : (
              data.message
            )}
          </p>
          {data.differences && data.differences.length > 0 ? (
            <table className="w-full text-left text-sm" data-testid="run-differences">
              <thead className="text-xs text-slate-500">
                <tr>
                  <th className="py-1 pr-3 font-medium">What</th>
                  <th className="py-1 pr-3 font-medium">When it worked</th>
                  <th className="py-1 font-medium">When it failed</th>
                </tr>
              </thead>
              <tbody>
                {data.differences.map((d) => (
                  <tr key={d.field} className="border-t border-slate-100 align-top">
                    <th scope="row" className="py-1.5 pr-3 font-medium">{d.field}</th>
                    <td className="whitespace-pre-wrap break-all py-1.5 pr-3 font-mono text-xs">{d.good}</td>
                    <td className="whitespace-pre-wrap break-all py-1.5 font-mono text-xs">{d.failed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
