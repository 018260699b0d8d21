import 'server-only';
import { diagnose } from '@/lib/analysis/diagnose';
import type { JobDetailResponse, UseCaseResult } from '@/lib/dto/jobs';
import { redactDeep } from '@/lib/redact';
import { collectEvidence } from './collect-evidence';

/**
 * One job's triage page: the evidence, and what the analysis concludes from it (for a failed job). The analysis reads
 * the documents as AWS holds them; only then are AWS credentials masked everywhere in the answer,
 * fixes included (a fix quotes whole policies). (`await` serves the engine whether it is sync or async.)
 */
export async function getJobDetail(region: string, jobName: string): Promise<UseCaseResult<JobDetailResponse>> {
  const evidence = await collectEvidence(region, jobName);
  if (!evidence.ok) return evidence;
  const bundle = evidence.value;
  // Only a failed job has a failure to explain: a completed, stopped or running one gets no verdict
  // (the engine would otherwise read its silence as "a reason the text rules do not recognise").
  const diagnosis = bundle.job.status === 'Failed' ? await diagnose(bundle) : null;
  return { ok: true, value: redactDeep({ job: bundle.job, diagnosis, evidence: bundle }) };
}
