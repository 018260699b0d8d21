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

/** IAM-style matching: `*` any run of characters, `?` one character, case-insensitive for actions. */
export function matchesGlob(pattern: string, value: string): boolean {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`, 'i').test(value);
}
