import { getJobDetail } from '@/lib/server/job-detail';
import { respond } from '@/lib/server/route-handler';
import { checkJob } from '@/lib/server/route-input';

/** `GET /api/jobs/{region}/{jobName}` -> JobDetailResponse (the job, its diagnosis and the evidence). */
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(_request: Request, { params }: { params: Promise<{ region: string; jobName: string }> }): Promise<Response> {
  return respond(async () => {
    const { region, jobName } = await params;
    const input = checkJob(region, jobName);
    if (!input.ok) return input;
    return getJobDetail(input.value.region, input.value.jobName);
  });
}
