import { listJobsRoute } from '@/lib/server/api-routes';

/** `GET /api/jobs?region=&since=&until=&nameContains=` -> JobListResponse (failed jobs, newest first). */
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return listJobsRoute(request);
}
