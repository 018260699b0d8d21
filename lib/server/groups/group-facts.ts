import 'server-only';
import { buildGroups, type FailureGroupFacts } from '@/lib/analysis/groups/build-groups';
import type { GroupMember } from '@/lib/analysis/groups/group-identity';
import type { Cause } from '@/lib/analysis/diagnosis';
import type { TrainingJob } from '@/lib/analysis/evidence';
import type { GroupSummary } from '@/lib/dto/groups';
import type { GroupState, JobRow } from '@/lib/store/types';
import type { GroupStatus } from '@/lib/analysis/groups/group-status';
import type { RequestContext } from '../context';
import { isProven, scopeOf } from '../stored-diagnosis';
import { storedFailedJobs } from '../stored-jobs';

/** A failed job's failure time, as the list shows it. */
export function failedAtOf(job: TrainingJob): string {
  return job.endedAt ?? job.lastModifiedAt ?? job.createdAt;
}

/** A proven failed job as grouping sees it; undefined for jobs not (yet) proven or not failed. */
export function memberOf(job: TrainingJob | undefined, diagnosis: JobRow['diagnosis']): GroupMember | undefined {
  if (!job || job.status !== 'Failed' || !diagnosis || !isProven(diagnosis)) return undefined;
  return {
    name: job.name,
    cause: diagnosis.cause as Cause,
    ...(job.roleArn ? { roleArn: job.roleArn } : {}),
    groupKey: diagnosis.groupKey,
    failureReason: job.failureReason ?? '',
    failedAt: failedAtOf(job),
    summary: diagnosis.summary,
  };
}

/** Every group of ctx's account and region, from the proven diagnoses in the store; and how many jobs wait for their proof. */
export async function loadGroupFacts(ctx: RequestContext): Promise<{ groups: FailureGroupFacts[]; proving: number }> {
  const rows = await storedFailedJobs(ctx.store, scopeOf(ctx));
  const members: GroupMember[] = [];
  let proving = 0;
  for (const row of rows) {
    const member = memberOf(row.description as TrainingJob | undefined, row.diagnosis);
    if (member) members.push(member);
    else proving++;
  }
  return { groups: buildGroups(members, scopeOf(ctx), ctx.settings.now()), proving };
}

/** The group with its state as the API shows it; `jobsShown` caps the job list. */
export function toGroupSummary(ctx: RequestContext, facts: FailureGroupFacts, state: GroupState | undefined, jobsShown: number): GroupSummary {
  const summary: GroupSummary = {
    id: facts.id,
    accountId: ctx.accountId,
    region: ctx.region,
    cause: facts.cause,
    title: facts.title,
    summary: facts.summary,
    count: facts.count,
    firstSeen: facts.firstSeen,
    lastSeen: facts.lastSeen,
    daily: facts.daily,
    status: (state?.status ?? 'open') as GroupStatus,
    jobs: facts.members.slice(0, jobsShown).map((m) => ({ name: m.name, failedAt: m.failedAt, summary: m.summary })),
  };
  if (facts.role) summary.role = facts.role;
  if (facts.resource) summary.resource = facts.resource;
  if (facts.signature) summary.signature = facts.signature;
  if (state) summary.statusChangedAt = state.statusChangedAt;
  if (state?.assignee) summary.assignee = state.assignee;
  return summary;
}
