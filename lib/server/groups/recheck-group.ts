import 'server-only';
import { recheckOutcome, recheckSummary, type RecheckOutcome } from '@/lib/analysis/groups/recheck';
import type { GroupRecheckResponse } from '@/lib/dto/groups';
import type { UseCaseResult } from '@/lib/dto/jobs';
import type { RequestContext } from '../context';
import { triageJob } from '../job-detail';
import { findGroup } from './group-detail';

/** Jobs re-checked per request: each reads its evidence from AWS again, within the shared budget. */
export const RECHECK_JOBS = 10;

/**
 * "Is it fixed now?" for a group: every job (the newest ten) is triaged again with evidence read
 * from AWS now, and compared with its last diagnosis. The new diagnoses replace the stored ones,
 * as "Re-run triage" on a job page does.
 */
export async function recheckGroup(ctx: RequestContext, id: string): Promise<UseCaseResult<GroupRecheckResponse>> {
  const found = await findGroup(ctx, id);
  if (!found.ok) return found;
  const group = found.value;
  const outcomes: RecheckOutcome[] = [];
  for (const member of group.members.slice(0, RECHECK_JOBS)) {
    const result = await triageJob(ctx, member.name, { fresh: true });
    outcomes.push(result.ok ? recheckOutcome(member.name, result.value.diagnosis) : recheckOutcome(member.name, null, result.error.message));
  }
  return { ok: true, value: { id, ...recheckSummary(outcomes, group.count), jobs: outcomes, checkedAt: new Date(ctx.settings.now()).toISOString() } };
}
