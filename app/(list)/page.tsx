import type { Metadata } from 'next';
import { JobListView } from '@/components/jobs/job-list-view';
import { parseListParams, resolveWindow, type ListFilters, type ListView } from '@/lib/queries/list-params';
import { configuredRegions } from '@/lib/server/env';
import { listJobs } from '@/lib/server/list-jobs';
import { withContext } from '@/lib/server/with-context';

export const metadata: Metadata = { title: 'Failed training jobs' };
export const dynamic = 'force-dynamic';

/**
 * The failed-jobs list. The server renders the first view straight from the use case, for the
 * filters in the URL; the client takes over for filter changes and refreshes.
 */
export default async function FailedJobsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const regions = configuredRegions();
  const { filters, view } = parseListParams(await searchParams, regions);
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
