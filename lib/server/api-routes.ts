import 'server-only';
import { getJobDetail } from './job-detail';
import { getJobEvidence } from './job-evidence';
import { listJobs } from './list-jobs';
import { noteIdentity, withRequestLog } from './request-log';
import { respond } from './route-handler';
import { checkJob, checkListQuery } from './route-input';
import type { Services } from './services';
import { withinTriageLimit } from './triage-limit';
import { withContext } from './with-context';

/**
 * The JSON API's handlers, given the services they run on. app/api/** binds them to the app's
 * services; tests bind them to their own (a local endpoint, a fake network), with no global to
 * override. Input is checked before a context is built, so a 400 costs no AWS call.
 */
type JobParams = Promise<{ region: string; jobName: string }>;

/** `GET /api/jobs?region=&since=&until=&nameContains=` -> JobListResponse. */
export function listJobsRoute(request: Request, svc?: Services): Promise<Response> {
  return withRequestLog({ method: request.method, path: new URL(request.url).pathname }, () => respond(async () => {
    const input = checkListQuery(new URL(request.url).searchParams);
    if (!input.ok) return input;
    return withContext(input.value.region, (ctx) => {
      noteIdentity(ctx.identity);
      return listJobs(ctx, input.value.filters, input.value.view);
    }, svc, request.headers);
  }));
}

/** `GET /api/jobs/{region}/{jobName}[?refresh=1]` -> JobDetailResponse (stored, or collected again on refresh). */
export function jobDetailRoute(params: JobParams, svc?: Services, request?: Request): Promise<Response> {
  return withRequestLog({ method: request?.method ?? 'GET', path: request ? new URL(request.url).pathname : '/api/jobs/{region}/{jobName}' }, () => respond(async () => {
    const { region, jobName } = await params;
    const input = checkJob(region, jobName);
    if (!input.ok) return input;
    const refresh = request ? new URL(request.url).searchParams.get('refresh') === '1' : false;
    return withContext(input.value.region, (ctx) => withinTriageLimit(ctx, () => getJobDetail(ctx, input.value.jobName, { refresh }), svc), svc, request?.headers);
  }));
}

/** `GET /api/jobs/{region}/{jobName}/evidence` -> EvidenceBundle. */
export function jobEvidenceRoute(params: JobParams, svc?: Services, request?: Request): Promise<Response> {
  return withRequestLog({ method: request?.method ?? 'GET', path: request ? new URL(request.url).pathname : '/api/jobs/{region}/{jobName}/evidence' }, () => respond(async () => {
    const { region, jobName } = await params;
    const input = checkJob(region, jobName);
    if (!input.ok) return input;
    return withContext(input.value.region, (ctx) => withinTriageLimit(ctx, () => getJobEvidence(ctx, input.value.jobName), svc), svc, request?.headers);
  }));
}
