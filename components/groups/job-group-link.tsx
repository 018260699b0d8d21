import Link from 'next/link';
import type { Cause } from '@/lib/analysis/diagnosis';
import { groupIdOf } from '@/lib/analysis/groups/group-id';
import { groupIdentityOf } from '@/lib/analysis/groups/group-identity';
import type { JobDetailResponse } from '@/lib/dto/jobs';
import { groupPageUrl } from '@/lib/queries/groups';

/** The failure group a job page's job belongs to, computed the way the groups are: the pages agree by construction. */
export function JobGroupLink({ detail }: { detail: JobDetailResponse }) {
  const { job, diagnosis } = detail;
  if (!diagnosis || job.status !== 'Failed') return null;
  const accountId = job.arn.split(':')[4] ?? '';
  const identity = groupIdentityOf({
    name: job.name,
    cause: diagnosis.cause as Cause,
    roleArn: job.roleArn,
    groupKey: diagnosis.groupKey,
    failureReason: job.failureReason ?? '',
    failedAt: job.endedAt ?? job.createdAt,
    summary: diagnosis.summary,
  });
  return (
    <p className="text-sm text-slate-700" data-testid="job-group-link">
      Part of the failure group{' '}
      <Link href={groupPageUrl({ region: job.region, ...(accountId ? { accountId } : {}) }, groupIdOf(accountId, job.region, identity.key))} className="font-medium text-blue-800 hover:underline">
        {identity.title}
      </Link>
      : its status, notes and one fix for all its jobs.
    </p>
  );
}
