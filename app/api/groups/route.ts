import { listGroupsRoute } from '@/lib/server/groups/group-routes';

/** `GET /api/groups?region=` -> GroupListResponse (failure groups with their state). */
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return listGroupsRoute(request);
}
