/**
 * "Allow only these actions": the dashboard's credentials are refused every action outside a list,
 * as AWS refuses a principal whose identity policy grants exactly that list. `--allow-only-policy
 * FILE` takes the list from a policy document (the shipped `deploy/iam/dashboard-read-policy.json`),
 * so a whole triage can be run with no more than the policy grants.
 *
 * Actions only: the policy's Resource scoping and conditions are not evaluated here (the emulator
 * names alias ARNs for KMS calls where AWS authorizes the key itself, so an ARN check would refuse
 * what AWS allows). The ARN scoping is checked against AWS's resource types in the policy's own test.
 */
import { matchesGlob } from './denials';

/** True when a list is set and no entry (`*` wildcards allowed) matches the action. */
export function isOutsideAllowOnly(allowOnly: readonly string[] | undefined, action: string): boolean {
  return allowOnly !== undefined && !allowOnly.some((pattern) => matchesGlob(pattern, action));
}

/**
 * The actions an identity policy's Allow statements grant. Refuses what a list of actions cannot
 * stand for (NotAction, Deny statements), so a run never silently grants more than the file says.
 */
export function actionsAllowedBy(document: unknown, source: string): string[] {
  const fail = (why: string) => new Error(`Invalid allow-only policy ${source}: ${why}`);
  if (typeof document !== 'object' || document === null || !('Statement' in document)) throw fail('expected a policy document with a Statement');
  const raw = (document as { Statement: unknown }).Statement;
  const statements: unknown[] = Array.isArray(raw) ? raw : [raw];
  const actions: string[] = [];
  statements.forEach((statement, index) => {
    if (typeof statement !== 'object' || statement === null) throw fail(`statement ${index} is not an object`);
    const s = statement as Record<string, unknown>;
    if (s.Effect !== 'Allow') throw fail(`statement ${index} is not an Allow (a Deny cannot be expressed as a list of allowed actions)`);
    if ('NotAction' in s) throw fail(`statement ${index} uses NotAction (cannot be expressed as a list of allowed actions)`);
    const list: unknown[] = Array.isArray(s.Action) ? s.Action : [s.Action];
    for (const action of list) {
      if (typeof action !== 'string' || !action.includes(':')) throw fail(`statement ${index} has an action that is not service:Name: ${JSON.stringify(action)}`);
      actions.push(action);
    }
  });
  return [...new Set(actions)];
}
