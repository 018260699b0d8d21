import type { TrainingJob } from '@/lib/analysis/evidence';

/**
 * What to say about a job that did not fail. Jobtriage explains failures; a completed, stopped or
 * running job has none, and calling its silence "a reason the rules do not recognise" would be false.
 */
export function statusStatement(job: Pick<TrainingJob, 'status' | 'secondaryStatus'>): { title: string; detail: string } {
  const secondary = job.secondaryStatus && job.secondaryStatus !== job.status ? ` (SageMaker\u2019s secondary status: ${job.secondaryStatus})` : '';
  switch (job.status) {
    case 'Completed':
      return { title: 'This job completed', detail: `It did not fail, so there is nothing to diagnose${secondary}.` };
    case 'Stopped':
      return { title: 'This job was stopped', detail: `It was stopped before it finished (by a StopTrainingJob call, or by its maximum runtime); it did not fail, so there is nothing to diagnose${secondary}.` };
    case 'Stopping':
      return { title: 'This job is stopping', detail: `It is being stopped; it has not failed, so there is nothing to diagnose${secondary}.` };
    case 'InProgress':
      return { title: 'This job is still running', detail: `It has not ended, so there is nothing to diagnose yet${secondary}. Re-run the triage if it fails.` };
    case 'Failed':
      return { title: 'This job failed', detail: 'The diagnosis below says why.' };
  }
}

/** A job that has not ended yet: still running, or being stopped. */
function isRunning(status: TrainingJob['status']): boolean {
  return status === 'InProgress' || status === 'Stopping';
}

/**
 * The header's label for the job's last time: a running job has not ended, so its time is the last
 * update, never "Ended".
 */
export function lastTimeLabel(status: TrainingJob['status']): string {
  if (status === 'Failed') return 'Failed';
  if (isRunning(status)) return 'Last update';
  return 'Ended';
}

/**
 * How long the job ran, and whether it still runs: a running job's time so far is up to now, not up to its last update
 * (a job updated four minutes after it started and still running half an hour later ran half an hour).
 */
export function jobDuration(job: Pick<TrainingJob, 'status' | 'startedAt' | 'createdAt' | 'endedAt' | 'lastModifiedAt'>, now: number): { ms: number; running: boolean } | undefined {
  const started = Date.parse(job.startedAt ?? job.createdAt);
  if (Number.isNaN(started)) return undefined;
  if (isRunning(job.status)) return { ms: Math.max(0, now - started), running: true };
  const ended = job.endedAt ?? job.lastModifiedAt;
  const end = ended ? Date.parse(ended) : NaN;
  return Number.isNaN(end) ? undefined : { ms: Math.max(0, end - started), running: false };
}
