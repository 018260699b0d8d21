import 'server-only';
import type { UseCaseResult } from '@/lib/dto/jobs';
import { failFromMissing } from './api-error';
import type { RequestContext } from './context';

/**
 * Whether SageMaker knows the job: one description, stored for a finished job (so the triage that
 * follows reads it from the store). Lets a page answer 404 before it starts streaming.
 */
export async function jobExists(ctx: RequestContext, jobName: string): Promise<UseCaseResult<true>> {
  const described = await ctx.gateways.describeTrainingJob(jobName);
  return described.ok ? { ok: true, value: true } : failFromMissing(described.missing, `could not describe training job ${jobName} in ${ctx.region}`);
}
