import { lastGoodRunRoute } from '@/lib/server/runs/last-good-run-route';

/** `GET /api/jobs/{region}/{jobName}/last-good-run` -> LastGoodRunResponse (the newest completed run of the family, and what differs). */
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request, { params }: { params: Promise<{ region: string; jobName: string }> }): Promise<Response> {
  return lastGoodRunRoute(params, undefined, request);
}
