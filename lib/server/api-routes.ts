import 'server-only';
import { configuredRegions } from './env';
import { getJobDetail } from './job-detail';
import { getJobEvidence } from './job-evidence';
import { listAllJobs } from './list-all-jobs';
import { listJobs } from './list-jobs';
import { noteIdentity, withRequestLog } from './request-log';
import { respond } from './route-handler';
import { ALL, checkJob, checkListQuery, checkRefresh } from './route-input';
import type { Services } from './services';
import { withinTriageLimit } from './triage-limit';
import { withContext, withIdentity } from './with-context';

/**
 * The JSON API's handlers, given the services they run on. app/api/** binds them to the app's
 * services; tests bind them to their own (a local endpoint, a fake network), with no global to
 * override. Input is checked before a context is built, so a 400 costs no AWS call. Every handler
 * takes `account=<12-digit id>` (absent: the default account); the list also takes `account=all`.
 */
type JobParams = Promise<{ region: string; jobName: string }>;

/** `GET /api/jobs?account=&region=&since=&until=&nameContains=` -> JobListResponse. */
export function listJobsRoute(request: Request, svc?: Services): Promise<Response> {
  return withRequestLog({ method: request.method, path: new URL(request.url).pathname }, () => respond(async () => {
    const input = checkListQuery(new URL(request.url).searchParams);
    if (!input.ok) return input;
    const { accountId, region, filters, view } = input.value;
    if (accountId === ALL) {
      return withIdentity((identity, services) => {
        noteIdentity(identity);
        return listAllJobs(services, identity, region, filters, view, configuredRegions()[0] ?? 'us-east-1');
      }, svc, request.headers);
    }
    return withContext({ ...(accountId ? { accountId } : {}), ...(region ? { region } : {}) }, (ctx) => {
      noteIdentity(ctx.identity);
      return listJobs(ctx, filters, view);
    }, svc, request.headers);
  }));
}

/** `GET /api/jobs/{region}/{jobName}[?account=][&refresh=1]` -> JobDetailResponse (stored, or collected again on refresh). */
export function jobDetailRoute(params: JobParams, svc?: Services, request?: Request): Promise<Response> {
  return withRequestLog({ method: request?.method ?? 'GET', path: request ? new URL(request.url).pathname : '/api/jobs/{region}/{jobName}' }, () => respond(async () => {
    const { region, jobName } = await params;
    const query = request ? new URL(request.url).searchParams : new URLSearchParams();
    const input = checkJob(region, jobName, query.get('account'));
    if (!input.ok) return input;
    const refresh = checkRefresh(query);
    if (!refresh.ok) return refresh;
    return withContext(input.value, (ctx) => withinTriageLimit(ctx, () => getJobDetail(ctx, input.value.jobName, { refresh: refresh.value }), svc), svc, request?.headers);
  }));
}

/** `GET /api/jobs/{region}/{jobName}/evidence[?account=]` -> EvidenceBundle. */
export function jobEvidenceRoute(params: JobParams, svc?: Services, request?: Request): Promise<Response> {
  return withRequestLog({ method: request?.method ?? 'GET', path: request ? new URL(request.url).pathname : '/api/jobs/{region}/{jobName}/evidence' }, () => respond(async () => {
    const { region, jobName } = await params;
    const input = checkJob(region, jobName, request ? new URL(request.url).searchParams.get('account') : null);
    if (!input.ok) return input;
    return withContext(input.value, (ctx) => withinTriageLimit(ctx, () => getJobEvidence(ctx, input.value.jobName), svc), svc, request?.headers);
  }));
}
