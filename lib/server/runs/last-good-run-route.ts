import 'server-only';
import { withRequestLog } from '../request-log';
import { respond } from '../route-handler';
import { checkJob } from '../route-input';
import type { Services } from '../services';
import { withinTriageLimit } from '../triage-limit';
import { withContext } from '../with-context';
import { getLastGoodRun } from './last-good-run';

/** `GET /api/jobs/{region}/{jobName}/last-good-run[?account=]` -> LastGoodRunResponse. */
export function lastGoodRunRoute(params: Promise<{ region: string; jobName: string }>, svc?: Services, request?: Request): Promise<Response> {
  return withRequestLog({ method: request?.method ?? 'GET', path: request ? new URL(request.url).pathname : '/api/jobs/{region}/{jobName}/last-good-run' }, () => respond(async () => {
    const { region, jobName } = await params;
    const input = checkJob(region, jobName, request ? new URL(request.url).searchParams.get('account') : null);
    if (!input.ok) return input;
    const { accountId } = input.value;
    return withContext({ region: input.value.region, ...(accountId ? { accountId } : {}) }, (ctx) => withinTriageLimit(ctx, () => getLastGoodRun(ctx, input.value.jobName), svc), svc, request?.headers);
  }));
}
