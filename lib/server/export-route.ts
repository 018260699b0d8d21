import 'server-only';
import { toResponse } from './api-error';
import type { UseCaseResult } from '@/lib/dto/jobs';
import { configuredRegions } from './env';
import { EVERY_ROW, exportFileName, exportJobs, exportView, jobsCsv, toExport, type ExportFormat, type JobExport } from './export-jobs';
import { listAllJobs } from './list-all-jobs';
import { noteIdentity, withRequestLog } from './request-log';
import { respond } from './route-handler';
import { ALL, checkListQuery } from './route-input';
import type { Services } from './services';
import { withContext, withIdentity } from './with-context';

/**
 * `GET /api/jobs/export?format=csv|json&…` — the list's query (region, since, until, nameContains,
 * cause, sort, dir), every page, as a download. Errors stay JSON, like every API answer.
 */
export function exportJobsRoute(request: Request, svc?: Services): Promise<Response> {
  const url = new URL(request.url);
  return withRequestLog({ method: request.method, path: url.pathname }, async () => {
    const format = url.searchParams.get('format') ?? 'csv';
    if (format !== 'csv' && format !== 'json') {
      return toResponse({ ok: false, status: 400, error: { code: 'invalid-parameter', message: `format="${format.slice(0, 40)}" is not csv or json.` } });
    }
    const input = checkListQuery(url.searchParams);
    if (!input.ok) return toResponse(input);
    const { accountId, region, filters, view } = input.value;
    let file: { body: string; name: string } | undefined;
    const keep = (result: UseCaseResult<JobExport>): UseCaseResult<JobExport> => {
      if (result.ok) file = { body: format === 'csv' ? jobsCsv(result.value.jobs) : `${JSON.stringify(result.value, null, 2)}\n`, name: exportFileName(result.value.region, result.value.exportedAt, format) };
      return result;
    };
    const response = await respond(() =>
      accountId === ALL
        ? // The merged list (every configured account), as the screen shows it.
          withIdentity(async (identity, services) => {
            noteIdentity(identity);
            const listed = await listAllJobs(services, identity, region, filters, exportView(view), configuredRegions()[0] ?? 'us-east-1', EVERY_ROW);
            return keep(listed.ok ? { ok: true, value: toExport(listed.value) } : listed);
          }, svc, request.headers)
        : withContext({ ...(accountId ? { accountId } : {}), ...(region ? { region } : {}) }, async (ctx) => {
            noteIdentity(ctx.identity);
            return keep(await exportJobs(ctx, filters, view));
          }, svc, request.headers),
    );
    return file && response.ok ? download(file.body, file.name, format) : response;
  });
}

function download(body: string, name: string, format: ExportFormat): Response {
  return new Response(body, {
    headers: {
      'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
