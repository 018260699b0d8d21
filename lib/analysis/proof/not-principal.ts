import type { PolicyDocument } from '../evidence';

/**
 * `Deny` with `NotPrincipal`, as AWS evaluates it (IAM User Guide, "AWS JSON policy elements:
 * NotPrincipal"): AWS checks each link of the caller's chain in turn (the account, then the role,
 * then the assumed-role session, or the account then the user), and the deny applies to the caller
 * unless every link is listed. Listing the account ARN exempts no one else in that account; listing
 * a role does not exempt its sessions (a session must be named, no wildcard). And a NotPrincipal deny
 * always applies to a principal that has a permissions boundary, whatever it lists.
 *
 * `@cloud-copilot/iam-simulate` (0.1.173) instead treats an account-level match as "listed", so a
 * bucket policy that lists only the account root and another role let every role of that account
 * through: a wrong "allowed" for a readable deny. So before simulation each such statement is
 * rewritten for the one caller being simulated: left as it is when the caller escapes it (the
 * simulator exempts it too), else given `Principal: "*"` so it applies. Statements keep their
 * positions, so statement indexes still point at the document as AWS holds it.
 */
export interface Caller {
  /** The ARN the request is made as: an assumed-role session, a role, a user, or a service principal. */
  principal: string;
  /** The role's own ARN (with its path) when the caller is one of its sessions. */
  roleArn?: string;
  hasBoundary: boolean;
}

type Statement = Record<string, unknown>;

const asList = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The links AWS checks for this caller, each as the strings a policy may list it by. */
function chainOf(caller: Caller): { kind: 'AWS' | 'Service'; names: string[] }[] {
  if (/^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/.test(caller.principal)) return [{ kind: 'Service', names: [caller.principal] }];
  const m = /^arn:(aws[\w-]*):(iam|sts)::(\d{12}):(.+)$/.exec(caller.principal);
  if (!m) return [{ kind: 'AWS', names: [caller.principal] }];
  const [, partition, , account, rest] = m;
  const links = [{ kind: 'AWS' as const, names: [account ?? '', `arn:${partition}:iam::${account}:root`] }];
  const session = /^assumed-role\/([^/]+)\/.+$/.exec(rest ?? '');
  if (session) links.push({ kind: 'AWS', names: [caller.roleArn ?? `arn:${partition}:iam::${account}:role/${session[1]}`] });
  links.push({ kind: 'AWS', names: [caller.principal] });
  return links;
}

/** Whether a `Deny` with this `NotPrincipal` spares the caller: every link of its chain listed, and no boundary of its own. */
export function notPrincipalSpares(notPrincipal: unknown, caller: Caller): boolean {
  if (caller.hasBoundary && !/\.amazonaws\.com/.test(caller.principal)) return false;
  if (notPrincipal === '*' || typeof notPrincipal !== 'object' || notPrincipal === null) return false;
  const listed = notPrincipal as Record<string, unknown>;
  return chainOf(caller).every((link) => asList(listed[link.kind]).some((n) => link.names.includes(n)));
}

function rewrite(statement: Statement, caller: Caller): Statement {
  if (statement.Effect !== 'Deny' || !('NotPrincipal' in statement)) return statement;
  if (notPrincipalSpares(statement.NotPrincipal, caller)) return statement;
  const { NotPrincipal: _dropped, ...rest } = statement;
  return { ...rest, Principal: '*' };
}

/** The document as it applies to this one caller (see above). Documents without such statements come back as they are. */
export function normaliseNotPrincipal(document: PolicyDocument, caller: Caller): PolicyDocument {
  const s: unknown = document.Statement;
  const isStatement = (x: unknown): x is Statement => typeof x === 'object' && x !== null && !Array.isArray(x);
  if (Array.isArray(s)) {
    if (!s.some((x) => isStatement(x) && 'NotPrincipal' in x)) return document;
    return { ...document, Statement: s.map((x) => (isStatement(x) ? rewrite(x, caller) : x)) };
  }
  return isStatement(s) && 'NotPrincipal' in s ? { ...document, Statement: rewrite(s, caller) } : document;
}
