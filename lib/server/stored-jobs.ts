import 'server-only';
import type { JobRow, Scope, Store } from '@/lib/store/types';

const STORE_PAGE = 1000;

export interface StoredJobsWindow {
  since?: Date;
  until?: Date;
  nameContains?: string;
}

/** Every stored failed job of a scope (and window), read a thousand rows at a time. */
export async function storedFailedJobs(store: Store, scope: Scope, window: StoredJobsWindow = {}): Promise<JobRow[]> {
  const query = {
    status: 'Failed',
    ...(window.since ? { since: window.since.toISOString() } : {}),
    ...(window.until ? { until: window.until.toISOString() } : {}),
    ...(window.nameContains ? { nameContains: window.nameContains } : {}),
  };
  const rows: JobRow[] = [];
  for (let offset = 0; ; offset += STORE_PAGE) {
    const page = await store.listJobs(scope, { ...query, limit: STORE_PAGE, offset });
    rows.push(...page.rows);
    if (page.rows.length < STORE_PAGE) return rows;
  }
}
