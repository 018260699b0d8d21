import { respond } from '@/lib/server/route-handler';
import { checkListQuery } from '@/lib/server/route-input';
import { listJobs } from '@/lib/server/list-jobs';

/** `GET /api/jobs?region=&since=&until=&nameContains=` -> JobListResponse (failed jobs, newest first). */
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return respond(async () => {
    const input = checkListQuery(new URL(request.url).searchParams);
    if (!input.ok) return input;
    return listJobs(input.value.region, input.value.filters);
  });
}
