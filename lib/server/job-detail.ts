import 'server-only';
import { diagnose } from '@/lib/analysis/diagnose';
import type { JobDetailResponse, UseCaseResult } from '@/lib/dto/jobs';
import { redactDeep } from '@/lib/redact';
import { collectEvidence } from './collect-evidence';
import type { RequestContext } from './context';

/**
 * One job's triage page: the evidence, and what the analysis concludes from it. The analysis reads
 * the documents as AWS holds them; only then are AWS credentials masked everywhere in the answer,
 * fixes included (a fix quotes whole policies). (`await` serves the engine whether it is sync or async.)
 */
export async function getJobDetail(ctx: RequestContext, jobName: string): Promise<UseCaseResult<JobDetailResponse>> {
  const evidence = await collectEvidence(ctx, jobName);
  if (!evidence.ok) return evidence;
  const bundle = evidence.value;
  return { ok: true, value: redactDeep({ job: bundle.job, diagnosis: await diagnose(bundle), evidence: bundle }) };
}
