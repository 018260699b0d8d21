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
 */
export function matchesGlob(pattern: string, value: string, { ignoreCase = true }: { ignoreCase?: boolean } = {}): boolean {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`, ignoreCase ? 'i' : '').test(value);
}
