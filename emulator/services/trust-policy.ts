/**
 * Whether a role's trust policy lets a caller assume it, as STS decides: an explicit Deny wins, else
 * some Allow statement must name the action, a principal matching the caller, and conditions that
 * hold. Only what the dashboard's read roles use is understood: `Principal.AWS` (`*`, an account id,
 * `:root`, a role ARN, a session ARN) and the String* / Null operators on request keys such as
 * `sts:ExternalId`. An operator it does not know never matches, so an unknown condition refuses
 * (as a condition that cannot be met does) instead of quietly granting.
 */
import { matchesGlob } from '../faults/denials';
import { roleArnOfSession } from '../identity';

type Statement = Record<string, unknown>;

export interface AssumeRequest {
  /** The caller as STS sees it: an IAM user, a role session (`arn:aws:sts::1:assumed-role/R/s`). */
  principalArn: string;
  action: string;
  /** Request context keys (`sts:ExternalId`, `sts:SourceIdentity`); absent keys are left out. */
  context: Record<string, string>;
}

export function trustAllows(trustPolicy: { Statement: unknown }, request: AssumeRequest): boolean {
  const statements = (Array.isArray(trustPolicy.Statement) ? trustPolicy.Statement : [trustPolicy.Statement]) as Statement[];
  const applies = (s: Statement) => matchesAction(s.Action, request.action) && matchesPrincipal(s.Principal, request.principalArn) && conditionsHold(s.Condition, request.context);
  if (statements.some((s) => s.Effect === 'Deny' && applies(s))) return false;
  return statements.some((s) => s.Effect === 'Allow' && applies(s));
}

function list(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

function matchesAction(action: unknown, wanted: string): boolean {
  return list(action).some((a) => matchesGlob(a, wanted));
}

function matchesPrincipal(principal: unknown, callerArn: string): boolean {
  if (principal === '*') return true;
  if (typeof principal !== 'object' || principal === null) return false;
  const [, partition, account] = /^arn:([\w-]+):(?:sts|iam)::(\d{12}):/.exec(callerArn) ?? [];
  const role = roleArnOfSession(callerArn);
  return list((principal as Record<string, unknown>).AWS).some(
    (p) => p === '*' || p === callerArn || p === role || (account !== undefined && (p === account || p === `arn:${partition}:iam::${account}:root`)),
  );
}

function conditionsHold(condition: unknown, context: Record<string, string>): boolean {
  if (condition === undefined) return true;
  if (typeof condition !== 'object' || condition === null) return false;
  return Object.entries(condition as Record<string, Record<string, unknown>>).every(([operator, keys]) =>
    Object.entries(keys ?? {}).every(([key, expected]) => holds(operator, contextValue(context, key), list(expected))),
  );
}

// Condition keys are case-insensitive in IAM.
function contextValue(context: Record<string, string>, key: string): string | undefined {
  const found = Object.keys(context).find((k) => k.toLowerCase() === key.toLowerCase());
  return found === undefined ? undefined : context[found];
}

function holds(operator: string, actual: string | undefined, expected: string[]): boolean {
  switch (operator) {
    case 'StringEquals':
      return actual !== undefined && expected.includes(actual);
    case 'StringNotEquals':
      return actual === undefined || !expected.includes(actual);
    case 'StringLike':
      return actual !== undefined && expected.some((e) => matchesGlob(e, actual, { ignoreCase: false }));
    case 'Null':
      return expected.every((e) => (e === 'true') === (actual === undefined));
    default:
      return false;
  }
}
