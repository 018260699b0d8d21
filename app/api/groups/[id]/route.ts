import { groupDetailRoute, patchGroupRoute } from '@/lib/server/groups/group-routes';

/** `GET /api/groups/{id}?region=` -> GroupDetailResponse; `PATCH` with JSON `{ status?, assignee?, note? }` -> GroupSummary. */
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

type Params = { params: Promise<{ id: string }> };

export function GET(request: Request, { params }: Params): Promise<Response> {
  return groupDetailRoute(request, params);
}

export function PATCH(request: Request, { params }: Params): Promise<Response> {
  return patchGroupRoute(request, params);
}
