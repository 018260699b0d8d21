/**
 * Whether the dashboard's own credentials are refused an action on a resource: the scenario's
 * `dashboard.denied` entries (optionally scoped to a resource) plus the run's `--deny` list.
 */
import type { ResolvedScenario } from '../scenario/resolved';

export function isDeniedToDashboard(
  scenario: ResolvedScenario,
  deny: readonly string[],
  action: string,
  resource: string,
): boolean {
  if (deny.some((pattern) => matchesGlob(pattern, action))) return true;
  return scenario.dashboard.denied.some(
    (entry) => matchesGlob(entry.action, action) && (entry.resource === undefined || matchesGlob(entry.resource, resource)),
  );
}

/**
 * Glob matching: `*` any run of characters, `?` one character. Case-insensitive by default, as
 * IAM compares action names; EC2 filter values are case-sensitive and pass `ignoreCase: false`.
 * A two-pointer walk, not a RegExp: `.*` per star backtracks exponentially on a request's filter
 * value like `*a*a*a*a*a*a*a*a*a*ax`, which would stall the whole server.
 */
export function matchesGlob(pattern: string, value: string, { ignoreCase = true }: { ignoreCase?: boolean } = {}): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const v = ignoreCase ? value.toLowerCase() : value;
  let pi = 0;
  let vi = 0;
  let star = -1;
  let resume = 0;
  while (vi < v.length) {
    if (pi < p.length && (p[pi] === '?' || p[pi] === v[vi])) {
      pi += 1;
      vi += 1;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi;
      pi += 1;
      resume = vi;
    } else if (star !== -1) {
      // Let the last star swallow one more character and try again from there.
      pi = star + 1;
      resume += 1;
      vi = resume;
    } else {
      return false;
    }
  }
  while (p[pi] === '*') pi += 1;
  return pi === p.length;
}
