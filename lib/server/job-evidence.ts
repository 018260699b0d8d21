import 'server-only';
import type { EvidenceBundle } from '@/lib/analysis/evidence';
import type { UseCaseResult } from '@/lib/dto/jobs';
import { redactDeep } from '@/lib/redact';
import { collectEvidence } from './collect-evidence';
import type { RequestContext } from './context';

/**
 * The raw evidence bundle as the API returns it. The gateways already mask what is free text (logs,
 * failure reasons, settings, errors); this last pass also catches AWS credentials sitting anywhere
 * else a person put them: a policy document, a key description.
 */
export async function getJobEvidence(ctx: RequestContext, jobName: string): Promise<UseCaseResult<EvidenceBundle>> {
  const evidence = await collectEvidence(ctx, jobName);
  return evidence.ok ? { ok: true, value: redactDeep(evidence.value) } : evidence;
}
