import 'server-only';
import type { JobListResponse, ListedScope, ListViewQuery, UseCaseResult } from '@/lib/dto/jobs';
import { fail } from './api-error';
import type { Identity } from './context';
import { arrangeList, collectScopeRows, LIST_PAGE_SIZE, type ListJobsFilters, type ScopeRows } from './list-jobs';
import type { Services } from './services';

/**
 * The merged list (`account=all`): every configured account and region (or every account that has
 * `region`), their rows together, each labelled with its account and region, then filtered, sorted,
 * grouped and paged as one list, so page 2 is page 2 of the whole. An account whose role cannot be
 * assumed, or whose listing is refused, is reported beside the others (`scopes[].error`), which
 * still answer.
 */
export async function listAllJobs(
  svc: Services,
  identity: Identity,
  region: string | undefined,
  filters: ListJobsFilters,
  view: ListViewQuery,
  defaultRegion: string,
  pageSize = LIST_PAGE_SIZE,
): Promise<UseCaseResult<JobListResponse>> {
  const accounts = await svc.accounts(defaultRegion);
  if (!accounts.ok) return accounts;
  const pairs = accounts.value.flatMap((account) => account.regions.filter((r) => region === undefined || r === region).map((r) => ({ account, region: r })));
  if (pairs.length === 0) return fail(400, 'invalid-region', `No configured account reads region ${region}.`);

  const parts = await Promise.all(
    pairs.map(async ({ account, region: r }) => {
      const scope: ListedScope = { accountId: account.accountId, accountName: account.name, region: r };
      const ctx = await svc.context({ accountId: account.accountId, region: r }, identity);
      const rows = ctx.ok ? await collectScopeRows(ctx.value, filters) : ctx;
      return rows.ok ? { scope, rows: rows.value } : { scope: { ...scope, error: rows.error } };
    }),
  );
  const merged: ScopeRows = { jobs: [], pending: [], undescribed: [], listing: 'complete' };
  const reasons: string[] = [];
  for (const part of parts) {
    if (!part.rows) continue;
    merged.jobs.push(...part.rows.jobs);
    merged.pending.push(...part.rows.pending);
    merged.undescribed.push(...part.rows.undescribed);
    // The merged listing is as far along as its slowest part.
    if (part.rows.listing === 'in-progress') merged.listing = 'in-progress';
    else if (part.rows.listing === 'truncated' && merged.listing === 'complete') merged.listing = 'truncated';
    if (part.rows.truncatedReason) reasons.push(`${part.scope.accountName} ${part.scope.region}: ${part.rows.truncatedReason}`);
  }
  if (reasons.length > 0) merged.truncatedReason = reasons.join('; ');
  return {
    ok: true,
    value: arrangeList(merged, filters, view, { region: region ?? 'all', account: 'all', fetchedAt: svc.settings.now(), scopes: parts.map((p) => p.scope) }, pageSize),
  };
}
