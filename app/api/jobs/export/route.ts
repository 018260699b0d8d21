import { exportJobsRoute } from '@/lib/server/export-route';

/** `GET /api/jobs/export?format=csv|json&region=&since=&until=&nameContains=&cause=&sort=&dir=` -> a file of every row. */
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return exportJobsRoute(request);
}
