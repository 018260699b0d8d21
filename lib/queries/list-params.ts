import { CAUSES, type Cause } from '@/lib/analysis/diagnosis';
import type { AccountOption, ListViewQuery } from '@/lib/dto/jobs';

/**
 * The failed-jobs list's state, as it lives in the URL: what to fetch (region, window, name) and
 * how to show it (causes, sort, grouping, page). One parser for the server render and the browser,
 * so a shared link reproduces the view exactly; defaults are left out of the URL.
 */
export const RANGES = ['24h', '7d', '30d', 'custom'] as const;
export type RangeKey = (typeof RANGES)[number];
export const SORT_KEYS = ['failedAt', 'name', 'cause', 'instanceType', 'role'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** `account=all` (and then `region=all`): every configured account and region, merged. */
export const ALL = 'all';

/** What the API is asked for: part of the query key. */
export interface ListFilters {
  /** A 12-digit account id or `all`; absent when only one account is configured (its own). */
  account?: string;
  /** A region, or `all` in the merged list. */
  region: string;
  range: RangeKey;
  /** Custom range bounds, ISO UTC (`2026-11-20T08:00:00.000Z`). */
  from?: string;
  to?: string;
  /** SageMaker NameContains: letters, digits and hyphens. */
  q?: string;
}

/** How the list is shown: sent to the server, which filters, sorts, groups and pages. */
export type ListView = ListViewQuery;

export type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

const RANGE_MS: Record<Exclude<RangeKey, 'custom'>, number> = { '24h': 86_400_000, '7d': 7 * 86_400_000, '30d': 30 * 86_400_000 };
const DEFAULT_RANGE: RangeKey = '7d';
const NAME = /^[a-zA-Z0-9-]{1,63}$/;

export function parseListParams(raw: RawParams, regions: readonly string[], accounts: readonly AccountOption[] = []): { filters: ListFilters; view: ListView } {
  const get = (key: string) => read(raw, key);
  const account = chooseAccount(get('account'), accounts);
  const allowed = regionsFor(account, regions, accounts);
  const region = get('region') ?? '';
  const rangeRaw = get('range');
  const range = (RANGES as readonly string[]).includes(rangeRaw ?? '') ? (rangeRaw as RangeKey) : DEFAULT_RANGE;
  const filters: ListFilters = { ...(account ? { account } : {}), region: allowed.includes(region) ? region : (allowed[0] ?? region), range };
  if (range === 'custom') {
    const from = toIso(get('from'));
    const to = toIso(get('to'));
    if (from) filters.from = from;
    if (to) filters.to = to;
  }
  const q = get('q')?.trim();
  if (q && NAME.test(q)) filters.q = q;

  const causes = (get('cause') ?? '')
    .split(',')
    .filter((c): c is Cause => (CAUSES as readonly string[]).includes(c));
  const sortRaw = get('sort');
  const page = Number.parseInt(get('page') ?? '1', 10);
  const view: ListView = {
    causes: [...new Set(causes)],
    sort: (SORT_KEYS as readonly string[]).includes(sortRaw ?? '') ? (sortRaw as SortKey) : 'failedAt',
    dir: get('dir') === 'asc' ? 'asc' : 'desc',
    // Grouped by problem is the default (issue 9): `view=table` is the per-job list, one click away.
    view: get('view') === 'table' ? 'table' : 'groups',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
  return { filters, view };
}

/** The URL query for a state: defaults omitted so links stay short. */
export function toSearchParams(filters: ListFilters, view: ListView, regions: readonly string[], accounts: readonly AccountOption[] = []): URLSearchParams {
  const p = new URLSearchParams();
  // With several accounts the list's address always names one (or `all`), so a shared link keeps its meaning.
  if (filters.account) p.set('account', filters.account);
  if (filters.region && filters.region !== regionsFor(filters.account, regions, accounts)[0]) p.set('region', filters.region);
  if (filters.range !== DEFAULT_RANGE) p.set('range', filters.range);
  if (filters.range === 'custom') {
    if (filters.from) p.set('from', filters.from);
    if (filters.to) p.set('to', filters.to);
  }
  if (filters.q) p.set('q', filters.q);
  if (view.causes.length > 0) p.set('cause', view.causes.join(','));
  if (view.sort !== 'failedAt') p.set('sort', view.sort);
  if (view.dir !== 'desc') p.set('dir', view.dir);
  if (view.view !== 'groups') p.set('view', view.view);
  if (view.page > 1) p.set('page', String(view.page));
  return p;
}

/** The window to ask the API for, resolved against `nowMs` (relative ranges end now). */
export function resolveWindow(filters: ListFilters, nowMs: number): { since?: string; until?: string } {
  if (filters.range === 'custom') {
    return { ...(filters.from ? { since: filters.from } : {}), ...(filters.to ? { until: filters.to } : {}) };
  }
  return { since: new Date(nowMs - RANGE_MS[filters.range]).toISOString(), until: new Date(nowMs).toISOString() };
}

/**
 * The account a URL names: one of the configured ones or `all` when there are several (anything
 * else, or nothing, is the default account, listed first); none when there is one account.
 */
function chooseAccount(asked: string | undefined, accounts: readonly AccountOption[]): string | undefined {
  if (accounts.length < 2) return undefined;
  if (asked === ALL || accounts.some((a) => a.id === asked)) return asked;
  return accounts[0]?.id;
}

/** The regions an account offers (`all` first in the merged list); every region when accounts are not configured. */
export function regionsFor(account: string | undefined, regions: readonly string[], accounts: readonly AccountOption[]): string[] {
  if (account === ALL) return [ALL, ...new Set(accounts.flatMap((a) => a.regions))];
  const found = accounts.find((a) => a.id === account);
  return found ? found.regions : [...regions];
}

export function isValidNameQuery(q: string): boolean {
  return q === '' || NAME.test(q);
}

function read(raw: RawParams, key: string): string | undefined {
  if (raw instanceof URLSearchParams) return raw.get(key) ?? undefined;
  const value = raw[key];
  return Array.isArray(value) ? value[0] : value;
}

// Custom bounds arrive as `2026-11-20T08:00` from a datetime-local input (shown as UTC) or as ISO.
function toIso(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const withZone = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value) ? `${value}Z` : /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
  const ms = Date.parse(withZone);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}
