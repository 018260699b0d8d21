// In the (list) route group so its loading boundary covers only the list: job pages must be able
// to answer 404 before anything streams.
import { JobListSkeleton } from '@/components/jobs/job-list-skeleton';

export default function Loading() {
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold tracking-tight">Failed training jobs</h1>
        <p className="text-sm text-slate-600">Listing and describing failed jobs…</p>
      </div>
      <JobListSkeleton />
    </div>
  );
}
