import 'server-only';
import { diagnose } from '@/lib/analysis/diagnose';
import type { JobDetailResponse, UseCaseResult } from '@/lib/dto/jobs';
import { collectEvidence } from './collect-evidence';

/** One job's triage page: the evidence, and what the analysis concludes from it. (`await` serves the engine whether it is sync or async.) */
export async function getJobDetail(region: string, jobName: string): Promise<UseCaseResult<JobDetailResponse>> {
  const evidence = await collectEvidence(region, jobName);
  if (!evidence.ok) return evidence;
  const bundle = evidence.value;
  return { ok: true, value: { job: bundle.job, diagnosis: await diagnose(bundle), evidence: bundle } };
}
