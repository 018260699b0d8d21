import { roleNameOfArn } from '@/lib/analysis/arns';
import type { Cause } from '@/lib/analysis/diagnosis';
import type { JobSummary, ListViewQuery } from '@/lib/dto/jobs';

/**
 * Pure list arithmetic for the failed-jobs page: filter, sort, count, group and page. It runs on
 * the server, so the browser receives one page however large the account.
 */
type SortKey = ListViewQuery['sort'];

export function filterByCause(jobs: readonly JobSummary[], causes: readonly Cause[]): JobSummary[] {
  if (causes.length === 0) return [...jobs];
  const wanted = new Set<string>(causes);
  return jobs.filter((j) => wanted.has(j.cause));
}


const VALUE: Record<SortKey, (j: JobSummary) => string> = {
  failedAt: (j) => j.failedAt,
  name: (j) => j.name.toLowerCase(),
  cause: (j) => j.cause,
  instanceType: (j) => j.instanceType ?? '',
  role: (j) => (j.roleArn ? roleNameOfArn(j.roleArn) : '').toLowerCase(),
};

/** Stable: ties keep newest first, then name, so the order never flickers between renders. */
export function sortJobs(jobs: readonly JobSummary[], key: SortKey, dir: 'asc' | 'desc'): JobSummary[] {
  const sign = dir === 'asc' ? 1 : -1;
  const value = VALUE[key];
  return [...jobs].sort((a, b) => sign * value(a).localeCompare(value(b)) || b.failedAt.localeCompare(a.failedAt) || a.name.localeCompare(b.name));
}

export function countCauses(jobs: readonly JobSummary[]): { cause: Cause; count: number }[] {
  const counts = new Map<Cause, number>();
  for (const j of jobs) counts.set(j.cause, (counts.get(j.cause) ?? 0) + 1);
  return [...counts.entries()].map(([cause, count]) => ({ cause, count })).sort((a, b) => b.count - a.count || a.cause.localeCompare(b.cause));
}

/**
 * The chips to show: every cause present, plus any cause chosen in the URL that has no job here (a
 * shared link, or a region switch), at 0, so an active filter is never invisible and can be undone.
 */
export function chipCounts(counts: readonly { cause: Cause; count: number }[], selected: readonly Cause[]): { cause: Cause; count: number }[] {
  const present = new Set(counts.map((c) => c.cause));
  return [...counts, ...selected.filter((c) => !present.has(c)).map((cause) => ({ cause, count: 0 }))];
}

export function paginate<T>(items: readonly T[], page: number, size: number): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return { items: items.slice((current - 1) * size, current * size), page: current, pages };
}
