import { recheckGroupRoute } from '@/lib/server/groups/group-routes';

/** `GET /api/groups/{id}/recheck?region=` -> GroupRecheckResponse ("is it fixed now?" for every job of the group). */
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return recheckGroupRoute(request, params);
}
