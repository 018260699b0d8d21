import { jobDetailRoute } from '@/lib/server/api-routes';

/** `GET /api/jobs/{region}/{jobName}[?refresh=1]` -> JobDetailResponse (the job, its diagnosis and the evidence). */
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request, { params }: { params: Promise<{ region: string; jobName: string }> }): Promise<Response> {
  return jobDetailRoute(params, undefined, request);
}
