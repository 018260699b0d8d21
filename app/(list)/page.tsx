import type { Metadata } from 'next';
import { JobListView } from '@/components/jobs/job-list-view';
import { ApiErrorPanel } from '@/components/ui/api-error-panel';
import type { AccountOption } from '@/lib/dto/jobs';
import { ALL, parseListParams, resolveWindow, type ListFilters, type ListView } from '@/lib/queries/list-params';
import { describeAccounts } from '@/lib/server/accounts-config';
import { accountOptions } from '@/lib/server/accounts-env';
import { configuredRegions } from '@/lib/server/env';
import { listAllJobs } from '@/lib/server/list-all-jobs';
import { listJobs } from '@/lib/server/list-jobs';
import { checkAccount } from '@/lib/server/route-input';
import { withContext, withIdentity } from '@/lib/server/with-context';
import { validateRegion } from '@/lib/validation';

export const metadata: Metadata = { title: 'Failed training jobs' };
export const dynamic = 'force-dynamic';

/**
 * The failed-jobs list. The server renders the first view straight from the use case, for the
 * filters in the URL; the client takes over for filter changes and refreshes.
 */
export default async function FailedJobsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const regions = configuredRegions();
  const accounts = accountOptions();
  const raw = await searchParams;
  // An account or region this dashboard does not serve is said so, naming the ones it does: showing
  // the default instead would pass off another account's or region's jobs as the ones asked for.
  const refusal = checkScope(raw, regions, accounts);
  if (refusal) return <ApiErrorPanel error={refusal} what="cannot list failed jobs" />;
  const { filters, view } = parseListParams(raw, regions, accounts);
  // With one account the URL may still name it (a link from a multi-account setup): the context checks it.
  const askedAccount = filters.account ?? (typeof raw.account === 'string' && raw.account !== '' ? raw.account : undefined);
  const initial = await loadFirstView(filters, view, askedAccount);
  return <JobListView regions={regions} accounts={accounts} initialFilters={filters} initialView={view} initial={initial} />;
}

function checkScope(raw: Record<string, string | string[] | undefined>, regions: string[], accounts: AccountOption[]) {
  const rawAccount = typeof raw.account === 'string' ? raw.account : null;
  const account = checkAccount(rawAccount, true);
  if (!account.ok) return account.error;
  const configured = accounts.find((a) => a.id === account.value);
  if (account.value && account.value !== ALL && accounts.length > 0 && !configured) {
    return { code: 'invalid-account' as const, message: `Account ${account.value} is not configured for this dashboard. Configured accounts: ${describeAccounts(accounts.map((a) => ({ name: a.name, accountId: a.id })))}.` };
  }
  const asked = typeof raw.region === 'string' ? raw.region : undefined;
  if (asked === undefined || (asked === ALL && account.value === ALL)) return undefined;
  const region = validateRegion(asked, configured ? configured.regions : regions);
  if (!region.ok) return { code: 'invalid-region' as const, message: configured ? `${region.message.replace(/ Configured regions:.*$/, '')} Account ${configured.name} (${configured.id}) reads: ${configured.regions.join(', ')}.` : region.message };
  return undefined;
}

// The same window the browser would ask for: relative ranges end at the time of the request.
function loadFirstView(filters: ListFilters, view: ListView, accountId: string | undefined) {
  const window = resolveWindow(filters, Date.now());
  const query = {
    ...(window.since ? { since: new Date(window.since) } : {}),
    ...(window.until ? { until: new Date(window.until) } : {}),
    ...(filters.q ? { nameContains: filters.q } : {}),
  };
  if (accountId === ALL) {
    const region = filters.region === ALL ? undefined : filters.region;
    return withIdentity((identity, svc) => listAllJobs(svc, identity, region, query, view, configuredRegions()[0] ?? 'us-east-1'));
  }
  return withContext({ ...(accountId ? { accountId } : {}), region: filters.region }, (ctx) => listJobs(ctx, query, view));
}
