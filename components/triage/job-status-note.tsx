import type { TrainingJob } from '@/lib/analysis/evidence';
import { Notice } from '@/components/ui/notice';
import { statusStatement } from './job-status';

/** Shown instead of a diagnosis for a job whose status is not Failed. */
export function JobStatusNote({ job }: { job: Pick<TrainingJob, 'status' | 'secondaryStatus'> }) {
  const { title, detail } = statusStatement(job);
  return (
    <Notice tone="info" title={title} testId="job-status-note">
      <p>{detail}</p>
    </Notice>
  );
}
