import 'server-only';
import { createHash } from 'node:crypto';
import type { FailureGroupFacts } from '@/lib/analysis/groups/build-groups';
import { buildGroupFix, type GroupFix, type ProvenJob } from '@/lib/analysis/groups/group-fix';
import { PERMISSION_CAUSES } from '@/lib/analysis/diagnosis';
import type { GroupDetailResponse } from '@/lib/dto/groups';
import type { JobDetailResponse, UseCaseResult } from '@/lib/dto/jobs';
import { fail } from '../api-error';
import type { RequestContext } from '../context';
import { scopeOf } from '../stored-diagnosis';
import { meOf } from './actor';
import { loadGroupFacts, toGroupSummary } from './group-facts';
import { reconcileRegressions } from './reconcile';

/** Jobs the group's fix is re-simulated against: the newest ones (each simulation takes milliseconds). */
export const FIX_JOBS_CHECKED = 20;

/** One group by id, or a 404 that says where to look. */
export async function findGroup(ctx: RequestContext, id: string): Promise<UseCaseResult<FailureGroupFacts>> {
  const { groups } = await loadGroupFacts(ctx);
  const group = groups.find((g) => g.id === id);
  return group ? { ok: true, value: group } : fail(404, 'not-found', `No failure group ${id} in ${ctx.region}: the link may be for another region or account, or its jobs are no longer in the store.`);
}

/** The group page: the group, its notes and history, and one fix for all its jobs. */
export async function getGroupDetail(ctx: RequestContext, id: string): Promise<UseCaseResult<GroupDetailResponse>> {
  const found = await findGroup(ctx, id);
  if (!found.ok) return found;
  const group = found.value;
  const scope = scopeOf(ctx);
  const state = await ctx.store.getGroupState(scope, id);
  const states = await reconcileRegressions(ctx, [group], new Map(state ? [[id, state]] : []));
  const activity = await ctx.store.getGroupActivity(scope, id);
  const me = meOf(ctx.identity);
  return {
    ok: true,
    value: {
      group: toGroupSummary(ctx, group, states.get(id), group.count),
      notes: activity.notes,
      history: activity.history,
      fix: await groupFix(ctx, group),
      ...(me ? { me } : {}),
      authMode: ctx.identity.mode,
      fetchedAt: new Date(ctx.settings.now()).toISOString(),
    },
  };
}

/**
 * Permission causes have policy fixes; the proofs in the store hold each job's evidence and fixes.
 * Re-simulating takes tens of milliseconds a job, so the result is kept in the store under the
 * fingerprints of the proofs it was made from: a page view after a status change costs nothing,
 * and a new proof (new job, re-run triage) makes a new key.
 */
async function groupFix(ctx: RequestContext, group: FailureGroupFacts): Promise<GroupFix | null> {
  if (!(PERMISSION_CAUSES as readonly string[]).includes(group.cause)) return null;
  const scope = scopeOf(ctx);
  const jobs: ProvenJob[] = [];
  const fingerprints: string[] = [];
  for (const member of group.members.slice(0, FIX_JOBS_CHECKED)) {
    const stored = await ctx.store.getDiagnosis(scope, member.name);
    const detail = stored?.full as JobDetailResponse | null | undefined;
    if (!stored || !detail?.diagnosis || !detail.evidence) continue;
    jobs.push({ name: member.name, bundle: detail.evidence, diagnosis: detail.diagnosis });
    fingerprints.push(`${member.name}:${stored.fingerprint}:${stored.diagnosedAt}`);
  }
  if (jobs.length === 0) return null;
  const key = `${group.id}|${createHash('sha256').update(fingerprints.join('\n')).digest('hex').slice(0, 32)}`;
  const kept = await ctx.store.getEntry(scope, 'group-fix', key).catch(() => undefined);
  if (kept?.value) return kept.value as GroupFix;
  const fix = await buildGroupFix(jobs);
  await ctx.store.putEntry(scope, 'group-fix', key, fix, new Date(ctx.settings.now()).toISOString()).catch(() => undefined);
  return fix;
}
