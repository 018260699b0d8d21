import type { Metadata } from 'next';
import { JobListView } from '@/components/jobs/job-list-view';
import { ApiErrorPanel } from '@/components/ui/api-error-panel';
import { parseListParams, resolveWindow, type ListFilters, type ListView } from '@/lib/queries/list-params';
import { configuredRegions } from '@/lib/server/env';
import { listJobs } from '@/lib/server/list-jobs';
import { withContext } from '@/lib/server/with-context';
import { validateRegion } from '@/lib/validation';

export const metadata: Metadata = { title: 'Failed training jobs' };
export const dynamic = 'force-dynamic';

/**
 * The failed-jobs list. The server renders the first view straight from the use case, for the
 * filters in the URL; the client takes over for filter changes and refreshes.
 */
export default async function FailedJobsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const regions = configuredRegions();
  const raw = await searchParams;
  // A region this dashboard does not serve is said so, naming the ones it does: showing the first
  // configured region instead would pass off another region's jobs as the ones asked for.
  const asked = typeof raw.region === 'string' ? raw.region : undefined;
  const region = asked === undefined ? undefined : validateRegion(asked, regions);
  if (region && !region.ok) {
    return <ApiErrorPanel error={{ code: 'invalid-region', message: region.message }} what="cannot list failed jobs" />;
  }
  const { filters, view } = parseListParams(raw, regions);
  const initial = await loadFirstView(filters, view);
  return <JobListView regions={regions} initialFilters={filters} initialView={view} initial={initial} />;
}

// The same window the browser would ask for: relative ranges end at the time of the request.
function loadFirstView(filters: ListFilters, view: ListView) {
  const window = resolveWindow(filters, Date.now());
  return withContext(filters.region, (ctx) => listJobs(ctx, {
    ...(window.since ? { since: new Date(window.since) } : {}),
    ...(window.until ? { until: new Date(window.until) } : {}),
    ...(filters.q ? { nameContains: filters.q } : {}),
  }, view));
}
