import 'server-only';
import { CAUSES, type Cause } from '@/lib/analysis/diagnosis';
import type { ApiErrorCode, ListViewQuery, UseCaseResult } from '@/lib/dto/jobs';
import { parseIsoTime } from '@/lib/iso-time';
import { validateJobName, validateRegion } from '@/lib/validation';
import { configuredRegions } from './env';
import type { ListJobsFilters } from './list-jobs';

/**
 * Route input, checked before any AWS call: a region this deployment serves, SageMaker's job-name
 * pattern, ISO times. A refusal is a 400 whose message says what was expected.
 */

type Checked<T> = UseCaseResult<T>;

// SageMaker's NameContains: letters, digits and hyphens, at most 63.
const NAME_CONTAINS = /^[a-zA-Z0-9-]{1,63}$/;
const ACCOUNT_ID = /^\d{12}$/;
/** `account=all`: the merged list of every configured account and region. */
export const ALL = 'all';

export function checkRegion(region: string): Checked<string> {
  const result = validateRegion(region, configuredRegions());
  return result.ok ? { ok: true, value: region } : refuse('invalid-region', result.message);
}

/**
 * `account=`: absent means the default account; a 12-digit id names one (whether it is configured
 * is the context's to say, listing the configured ones); `all` merges every account, on the list only.
 */
export function checkAccount(raw: string | null, allowAll: boolean): Checked<string | undefined> {
  if (raw === null || raw === '') return { ok: true, value: undefined };
  if (allowAll && raw === ALL) return { ok: true, value: ALL };
  if (ACCOUNT_ID.test(raw)) return { ok: true, value: raw };
  return refuse('invalid-account', `account="${raw.slice(0, 40)}" is not a 12-digit AWS account id${allowAll ? ' (or "all", every configured account)' : ''}.`);
}

/**
 * One account and region from a query (`region=`, `account=`): either absent means the default (the
 * default account, its first region). For routes about one scope, such as a failure group's.
 */
export function checkScope(params: URLSearchParams): Checked<{ region?: string; accountId?: string }> {
  const rawRegion = params.get('region');
  let region: string | undefined;
  if (rawRegion !== null && rawRegion !== '') {
    const r = checkRegion(rawRegion);
    if (!r.ok) return r;
    region = r.value;
  }
  const account = checkAccount(params.get('account'), false);
  if (!account.ok) return account;
  return { ok: true, value: { ...(region ? { region } : {}), ...(account.value ? { accountId: account.value } : {}) } };
}

export function checkJob(region: string, jobName: string, account: string | null = null): Checked<{ region: string; jobName: string; accountId?: string }> {
  const r = checkRegion(region);
  if (!r.ok) return r;
  const n = validateJobName(jobName);
  if (!n.ok) return refuse('invalid-job-name', n.message);
  const a = checkAccount(account, false);
  if (!a.ok) return a;
  return { ok: true, value: { region, jobName, ...(a.value ? { accountId: a.value } : {}) } };
}

/** `refresh=1` collects the job's evidence again; `0` or absent serves the stored triage. Anything else is refused, not read as 0. */
export function checkRefresh(params: URLSearchParams): Checked<boolean> {
  const raw = params.get('refresh');
  if (raw === null || raw === '' || raw === '0') return { ok: true, value: false };
  if (raw === '1') return { ok: true, value: true };
  return refuse('invalid-parameter', `refresh="${raw.slice(0, 40)}" is not 1 (collect the evidence again) or 0.`);
}

/** `nameContains`, the name search of the list and the groups: absent or empty is no search. */
export function checkNameContains(params: URLSearchParams): Checked<string | undefined> {
  const nameContains = params.get('nameContains');
  if (nameContains === null || nameContains === '') return { ok: true, value: undefined };
  if (!NAME_CONTAINS.test(nameContains)) {
    return refuse('invalid-parameter', `nameContains="${nameContains.slice(0, 40)}" is not valid: use up to 63 letters, digits and hyphens (SageMaker job names contain nothing else).`);
  }
  return { ok: true, value: nameContains };
}

const SORTS: readonly ListViewQuery['sort'][] = ['failedAt', 'name', 'cause', 'instanceType', 'role'];

export function checkListQuery(params: URLSearchParams): Checked<{ accountId?: string; region?: string; filters: ListJobsFilters; view: ListViewQuery }> {
  const account = checkAccount(params.get('account'), true);
  if (!account.ok) return account;
  // Absent: the account's first region (or, merged, every region); `all` says the same explicitly.
  const asked = params.get('region');
  const region = asked === null || asked === '' || (asked === ALL && account.value === ALL) ? undefined : asked;
  if (region !== undefined) {
    const r = checkRegion(region);
    if (!r.ok) return r;
  }

  const filters: ListJobsFilters = {};
  for (const key of ['since', 'until'] as const) {
    const raw = params.get(key);
    if (raw === null || raw === '') continue;
    const time = parseIsoTime(raw);
    if (!time) return refuse('invalid-parameter', `${key}="${raw.slice(0, 40)}" is not an ISO 8601 time or not a real date (expected e.g. 2026-11-23T08:00:00Z).`);
    filters[key] = time;
  }
  if (filters.since && filters.until && filters.since > filters.until) {
    return refuse('invalid-parameter', `since (${filters.since.toISOString()}) is after until (${filters.until.toISOString()}).`);
  }
  const nameContains = checkNameContains(params);
  if (!nameContains.ok) return nameContains;
  if (nameContains.value) filters.nameContains = nameContains.value;
  const view = checkView(params);
  if (!view.ok) return view;
  return { ok: true, value: { ...(account.value ? { accountId: account.value } : {}), ...(region ? { region } : {}), filters, view: view.value } };
}

/** How to show the list: causes, sort, order, table or groups, page. Unknown values are refused, not ignored. */
function checkView(params: URLSearchParams): Checked<ListViewQuery> {
  const causes = (params.get('cause') ?? '').split(',').filter((c) => c !== '');
  const unknown = causes.find((c) => !(CAUSES as readonly string[]).includes(c));
  if (unknown !== undefined) return refuse('invalid-parameter', `cause="${unknown.slice(0, 40)}" is not a cause id (see docs/api.md for the list).`);
  const sort = params.get('sort') ?? 'failedAt';
  if (!(SORTS as readonly string[]).includes(sort)) return refuse('invalid-parameter', `sort="${sort.slice(0, 40)}" is not one of ${SORTS.join(', ')}.`);
  const dir = params.get('dir') ?? 'desc';
  if (dir !== 'asc' && dir !== 'desc') return refuse('invalid-parameter', `dir="${dir.slice(0, 40)}" is not asc or desc.`);
  const view = params.get('view') ?? 'table';
  if (view !== 'table' && view !== 'groups') return refuse('invalid-parameter', `view="${view.slice(0, 40)}" is not table or groups.`);
  const pageRaw = params.get('page') ?? '1';
  const page = /^[1-9]\d{0,5}$/.test(pageRaw) ? Number(pageRaw) : NaN;
  if (!Number.isInteger(page)) return refuse('invalid-parameter', `page="${pageRaw.slice(0, 40)}" is not a page number (1, 2, ...).`);
  return { ok: true, value: { causes: [...new Set(causes)] as Cause[], sort: sort as ListViewQuery['sort'], dir, view, page } };
}


function refuse<T>(code: ApiErrorCode, message: string): Checked<T> {
  return { ok: false, status: 400, error: { code, message } };
}
