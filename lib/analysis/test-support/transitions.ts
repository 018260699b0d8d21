import type { SecondaryStatusTransition } from '../evidence';

/** SageMaker's secondary statuses up to the one the job failed in. */
export function failedDuring(status: 'Starting' | 'Downloading' | 'Training' | 'Uploading'): SecondaryStatusTransition[] {
  const order = ['Starting', 'Downloading', 'Training', 'Uploading'];
  const upTo = order.slice(0, order.indexOf(status) + 1);
  return [...upTo, 'Failed'].map((s, i) => ({ status: s, startTime: `2026-11-23T10:0${i}:00Z` }));
}
