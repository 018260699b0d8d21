import 'server-only';
import { noteIdentity, withRequestLog } from '../request-log';
import { respond } from '../route-handler';
import { checkNameContains, checkScope } from '../route-input';
import type { Services } from '../services';
import { withContext } from '../with-context';
import { getGroupDetail } from './group-detail';
import { checkGroupId, checkSameOrigin, readGroupPatch } from './group-input';
import { listGroups } from './list-groups';
import { recheckGroup } from './recheck-group';
import { withinTriageLimit } from '../triage-limit';
import { updateGroup } from './update-group';

/**
 * The groups' JSON API, given the services it runs on (app/api/groups/** binds the app's). Scope
 * comes from the query (`region`, `account`; absent: the default account and its first region), as on
 * every other route.
 */
type GroupParams = Promise<{ id: string }>;

function scopeOf(request: Request) {
  return checkScope(new URL(request.url).searchParams);
}

function logged(request: Request, run: () => Promise<Response>): Promise<Response> {
  return withRequestLog({ method: request.method, path: new URL(request.url).pathname }, run);
}

/** `GET /api/groups?region=&account=&nameContains=` -> GroupListResponse. */
export function listGroupsRoute(request: Request, svc?: Services): Promise<Response> {
  return logged(request, () => respond(async () => {
    const scope = scopeOf(request);
    if (!scope.ok) return scope;
    const nameContains = checkNameContains(new URL(request.url).searchParams);
    if (!nameContains.ok) return nameContains;
    return withContext(scope.value, (ctx) => {
      noteIdentity(ctx.identity);
      return listGroups(ctx, nameContains.value);
    }, svc, request.headers);
  }));
}

/** `GET /api/groups/{id}?region=&account=` -> GroupDetailResponse. */
export function groupDetailRoute(request: Request, params: GroupParams, svc?: Services): Promise<Response> {
  return logged(request, () => respond(async () => {
    const id = checkGroupId((await params).id);
    if (!id.ok) return id;
    const scope = scopeOf(request);
    if (!scope.ok) return scope;
    return withContext(scope.value, (ctx) => getGroupDetail(ctx, id.value), svc, request.headers);
  }));
}

/** `PATCH /api/groups/{id}?region=&account=` with JSON `{ status?, assignee?, note? }` -> the updated GroupSummary. */
export function patchGroupRoute(request: Request, params: GroupParams, svc?: Services): Promise<Response> {
  return logged(request, () => respond(async () => {
    // Cheapest refusals first; identity is checked by withContext before anything is read or written.
    const origin = checkSameOrigin(request);
    if (!origin.ok) return origin;
    const id = checkGroupId((await params).id);
    if (!id.ok) return id;
    const scope = scopeOf(request);
    if (!scope.ok) return scope;
    const patch = await readGroupPatch(request);
    if (!patch.ok) return patch;
    return withContext(scope.value, (ctx) => updateGroup(ctx, id.value, patch.value), svc, request.headers);
  }));
}

/** `GET /api/groups/{id}/recheck?region=&account=` -> GroupRecheckResponse (re-reads evidence: counts as one triage). */
export function recheckGroupRoute(request: Request, params: GroupParams, svc?: Services): Promise<Response> {
  return logged(request, () => respond(async () => {
    const id = checkGroupId((await params).id);
    if (!id.ok) return id;
    const scope = scopeOf(request);
    if (!scope.ok) return scope;
    return withContext(scope.value, (ctx) => withinTriageLimit(ctx, () => recheckGroup(ctx, id.value), svc), svc, request.headers);
  }));
}
