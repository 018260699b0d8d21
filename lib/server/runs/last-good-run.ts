import 'server-only';
import type { TrainingJob } from '@/lib/analysis/evidence';
import { diffRuns, familyStem, pickLastGoodRun } from '@/lib/analysis/runs/last-good-run';
import type { LastGoodRunResponse } from '@/lib/dto/runs';
import type { UseCaseResult } from '@/lib/dto/jobs';
import { failFromMissing } from '../api-error';
import type { RequestContext } from '../context';

/** Completed runs described when the family has no name stem in common: the newest ones, within the budget. */
const FALLBACK_DESCRIBED = 10;
const LIST_PAGES = 3;

/**
 * "What changed since it last worked?" for a failed job: the newest Completed run of its family
 * (same name stem, else same role and input bucket) created before it, and what differs. Completed
 * jobs are listed from SageMaker (the store keeps only failed ones); descriptions are stored once.
 */
export async function getLastGoodRun(ctx: RequestContext, jobName: string): Promise<UseCaseResult<LastGoodRunResponse>> {
  const described = await ctx.gateways.describeTrainingJob(jobName);
  if (!described.ok) return failFromMissing(described.missing, `could not read ${jobName}`);
  const failed = described.value;
  const at = new Date(ctx.settings.now()).toISOString();
  if (failed.status !== 'Failed') return { ok: true, value: { jobName, checkedAt: at, message: `${jobName} did not fail (${failed.status}): there is no last good run to compare with.` } };

  const until = new Date(Date.parse(failed.createdAt));
  const stem = familyStem(failed.name);
  const listed = await ctx.gateways.listCompletedJobs({ until, maxPages: LIST_PAGES, ...(stem ? { nameContains: stem } : {}) });
  if (!listed.ok) return failFromMissing(listed.missing, `could not list the completed runs before ${jobName}`);
  let refs = stem ? listed.jobs.filter((r) => familyStem(r.name) === stem).slice(0, 1) : [];
  if (refs.length === 0) {
    const any = stem ? await ctx.gateways.listCompletedJobs({ until, maxPages: 1 }) : listed;
    if (!any.ok) return failFromMissing(any.missing, `could not list the completed runs before ${jobName}`);
    refs = any.jobs.slice(0, FALLBACK_DESCRIBED);
  }
  const candidates: TrainingJob[] = [];
  for (const ref of refs) {
    const piece = await ctx.gateways.describeTrainingJob(ref.name);
    if (piece.ok) candidates.push(piece.value);
  }
  const picked = pickLastGoodRun(failed, candidates);
  if (!picked) {
    return { ok: true, value: { jobName, checkedAt: at, message: `No completed run of the same family (${stem ? `name ${stem}-…, or ` : ''}the same role and input bucket) before ${jobName}.` } };
  }
  const differences = diffRuns(picked.job, failed);
  return {
    ok: true,
    value: {
      jobName,
      checkedAt: at,
      lastGood: { name: picked.job.name, createdAt: picked.job.createdAt, ...(picked.job.endedAt ? { endedAt: picked.job.endedAt } : {}), matchedBy: picked.matchedBy },
      differences,
      message: differences.length === 0 ? `${picked.job.name} completed with the same configuration: what changed is outside the job (its policies, its data).` : `${picked.job.name} completed; ${differences.length} ${differences.length === 1 ? 'thing differs' : 'things differ'}.`,
    },
  };
}
