import { getJobEvidence } from '@/lib/server/job-evidence';
import { respond } from '@/lib/server/route-handler';
import { checkJob } from '@/lib/server/route-input';

/** `GET /api/jobs/{region}/{jobName}/evidence` -> EvidenceBundle (raw evidence, secrets redacted). */
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(_request: Request, { params }: { params: Promise<{ region: string; jobName: string }> }): Promise<Response> {
  return respond(async () => {
    const { region, jobName } = await params;
    const input = checkJob(region, jobName);
    if (!input.ok) return input;
    return getJobEvidence(input.value.region, input.value.jobName);
  });
}
