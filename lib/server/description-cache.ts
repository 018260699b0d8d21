import 'server-only';
import type { TrainingJob } from '@/lib/analysis/evidence';

/**
 * Descriptions of jobs in a terminal state. A failed job never changes, so its description is good
 * for the life of the process; the list page then costs one DescribeTrainingJob per *new* job.
 * Bounded, oldest entry out first, so a long-running server does not grow without limit.
 */
const TERMINAL = new Set<TrainingJob['status']>(['Failed', 'Completed', 'Stopped']);
const MAX_ENTRIES = 20_000;
const cache = new Map<string, TrainingJob>();

export function getCachedDescription(region: string, name: string): TrainingJob | undefined {
  return cache.get(`${region}/${name}`);
}

export function cacheDescription(job: TrainingJob): void {
  if (!TERMINAL.has(job.status)) return;
  const key = `${job.region}/${job.name}`;
  cache.delete(key);
  cache.set(key, job);
  if (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
}

/** Tests only: start from an empty cache. */
export function clearDescriptionCache(): void {
  cache.clear();
}
