import 'server-only';
import type { ApiErrorCode, UseCaseResult } from '@/lib/dto/jobs';
import { validateJobName, validateRegion } from '@/lib/validation';
import { configuredRegions } from './env';
import type { ListJobsFilters } from './list-jobs';

/**
 * Route input, checked before any AWS call: a region this deployment serves, SageMaker's job-name
 * pattern, ISO times. A refusal is a 400 whose message says what was expected.
 */

type Checked<T> = UseCaseResult<T>;

const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
// SageMaker's NameContains: letters, digits and hyphens, at most 63.
const NAME_CONTAINS = /^[a-zA-Z0-9-]{1,63}$/;

export function checkRegion(region: string): Checked<string> {
  const result = validateRegion(region, configuredRegions());
  return result.ok ? { ok: true, value: region } : refuse('invalid-region', result.message);
}

export function checkJob(region: string, jobName: string): Checked<{ region: string; jobName: string }> {
  const r = checkRegion(region);
  if (!r.ok) return r;
  const n = validateJobName(jobName);
  return n.ok ? { ok: true, value: { region, jobName } } : refuse('invalid-job-name', n.message);
}

export function checkListQuery(params: URLSearchParams): Checked<{ region: string; filters: ListJobsFilters }> {
  const region = params.get('region') ?? configuredRegions()[0] ?? '';
  const r = checkRegion(region);
  if (!r.ok) return r;

  const filters: ListJobsFilters = {};
  for (const key of ['since', 'until'] as const) {
    const raw = params.get(key);
    if (raw === null || raw === '') continue;
    const time = parseTime(raw);
    if (!time) return refuse('invalid-parameter', `${key}="${raw.slice(0, 40)}" is not an ISO 8601 time (expected e.g. 2026-11-23T08:00:00Z).`);
    filters[key] = time;
  }
  if (filters.since && filters.until && filters.since > filters.until) {
    return refuse('invalid-parameter', `since (${filters.since.toISOString()}) is after until (${filters.until.toISOString()}).`);
  }
  const nameContains = params.get('nameContains');
  if (nameContains !== null && nameContains !== '') {
    if (!NAME_CONTAINS.test(nameContains)) {
      return refuse('invalid-parameter', `nameContains="${nameContains.slice(0, 40)}" is not valid: use up to 63 letters, digits and hyphens (SageMaker job names contain nothing else).`);
    }
    filters.nameContains = nameContains;
  }
  return { ok: true, value: { region, filters } };
}

function parseTime(raw: string): Date | undefined {
  if (!ISO_TIME.test(raw)) return undefined;
  const ms = Date.parse(raw);
  return Number.isFinite(ms) ? new Date(ms) : undefined;
}

function refuse<T>(code: ApiErrorCode, message: string): Checked<T> {
  return { ok: false, status: 400, error: { code, message } };
}
