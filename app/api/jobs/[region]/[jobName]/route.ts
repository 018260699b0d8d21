import { jobDetailRoute } from '@/lib/server/api-routes';

/** `GET /api/jobs/{region}/{jobName}` -> JobDetailResponse (the job, its diagnosis and the evidence). */
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(_request: Request, { params }: { params: Promise<{ region: string; jobName: string }> }): Promise<Response> {
  return jobDetailRoute(params);
}
