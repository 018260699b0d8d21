import { JobDetailSkeleton } from '@/components/triage/job-detail-skeleton';

export default function Loading() {
  return <JobDetailSkeleton />;
}
