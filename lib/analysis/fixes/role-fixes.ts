import { roleNameOfArn, slug } from '../arns';
import type { EvidenceBundle, NamedPolicy } from '../evidence';
import type { PlannedRequest } from '../requests/planned-request';
import type { FixPlan } from './fix-plan';
import { command } from './shell';
import { list, matches } from './deny-statement';
import { grantStatements, mergeStatements, narrowDeny, narrowedDenyNotes, replaceStatement, withoutStatement, type Statement } from './statements';
import { statementAt, statementsOf } from '../proof/statements';
import { trapNotes } from './traps';

function roleAccount(bundle: EvidenceBundle): string {
  return bundle.job.roleArn.split(':')[4] ?? bundle.accountId;
}

function policyNameFor(reqs: PlannedRequest[]): string {
  const first = reqs[0];
  const scope = first?.target.kind === 's3' ? `${first.target.bucket}-${first.target.prefix}` : first?.target.kind === 'kms' ? first.target.keyArn.split('/').pop() ?? '' : '';
  return `jobtriage-${slug(`${first?.stage ?? 'access'}-${scope}`)}`.slice(0, 128).replace(/-+$/, '');
}

/** A new inline policy on the role granting exactly these requests. */
export function inlineGrant(bundle: EvidenceBundle, reqs: PlannedRequest[], checkIds: string[]): FixPlan {
  const role = roleNameOfArn(bundle.job.roleArn);
  const account = roleAccount(bundle);
  const statements = grantStatements(reqs, bundle.region, bundle.accountId);
  const document = mergeStatements(null, statements);
  const name = policyNameFor(reqs);
  const actions = [...new Set(reqs.map((r) => r.request.action))].join(', ');
  const resources = [...new Set(statements.map((s) => String(s.Resource)))].join(', ');
  return {
    key: `role-inline:${name}`,
    target: 'role-inline-policy',
    title: `Add inline policy ${name} to role ${role} allowing ${actions} on ${resources}`,
    accountId: account,
    crossAccount: account !== bundle.accountId,
    policy: document,
    changedStatements: statements,
    cli: command(['aws', 'iam', 'put-role-policy', '--role-name', role, '--policy-name', name, '--policy-document', JSON.stringify(document)]),
    checkIds,
    notes: trapNotes(bundle, reqs),
    changes: [{ kind: 'role-inline', policyName: name, document }],
  };
}

/** The permissions boundary with the missing allows added, as a new default version. */
export function boundaryGrant(bundle: EvidenceBundle, boundary: NamedPolicy, reqs: PlannedRequest[], checkIds: string[]): FixPlan | undefined {
  if (!boundary.document.ok || !boundary.arn) return undefined;
  const statements = grantStatements(reqs, bundle.region, bundle.accountId);
  const document = mergeStatements(boundary.document.value, statements);
  const actions = [...new Set(reqs.map((r) => r.request.action))].join(', ');
  return {
    key: `boundary:${boundary.arn}`,
    target: 'boundary',
    title: `Let permissions boundary ${boundary.name} allow ${actions} for the job's resources`,
    accountId: roleAccount(bundle),
    crossAccount: false,
    policy: document,
    changedStatements: statements,
    cli: command(['aws', 'iam', 'create-policy-version', '--policy-arn', boundary.arn, '--set-as-default', '--policy-document', JSON.stringify(document)]),
    checkIds,
    notes: [
      `The boundary applies to every role that uses ${boundary.name}: the added statements are scoped to this job's resources.`,
      'A managed policy keeps at most five versions: delete an old one first if it already has five.',
    ],
    changes: [{ kind: 'boundary', document }],
  };
}

interface InlineNarrowing {
  /** The narrowed deny; undefined when it goes. */
  statement: Statement | undefined;
  /** The Resource entries taken out; undefined when the deny was carved by NotResource. */
  dropped?: string[];
}

/**
 * How an inline deny stops covering what the job was refused, keeping the rest of it. With a `NotResource`, the refused
 * resources are added to it; with `Resource: "*"`, that becomes a `NotResource` of them (neither works for a refused `*`,
 * an action that takes no resource). Otherwise the `Resource` entries that cover a refused resource are taken out, and the
 * statement goes when none is left.
 */
function narrowInlineDeny(statement: Statement, refused: string[]): InlineNarrowing {
  const anyResource = refused.includes('*');
  if (!anyResource && statement.NotResource !== undefined) return { statement: { ...statement, NotResource: [...new Set([...list(statement.NotResource), ...refused])] } };
  const entries = list(statement.Resource);
  if (!anyResource && entries.includes('*')) {
    const { Resource: _all, ...rest } = statement;
    return { statement: { ...rest, NotResource: refused } };
  }
  const dropped = entries.filter((e) => anyResource || refused.some((r) => matches(e, r)));
  const kept = entries.filter((e) => !dropped.includes(e));
  return { statement: kept.length ? { ...statement, Resource: kept.length === 1 ? kept[0] : kept } : undefined, dropped };
}

/** The title and note of an inline deny's narrowing: carved by NotResource, entries taken out, or removed. */
function inlineWords(policyName: string, role: string, carved: InlineNarrowing, refused: string[]): { title: string; note: string } {
  const alone = `Inline policy ${policyName} applies to role ${role} alone`;
  const deny = `the deny in inline policy ${policyName} of role ${role}`;
  if (!carved.dropped) return { title: `Exception: let ${deny} spare ${refused.join(', ')}`, note: `${alone}: sparing the role would delete the deny, so this keeps it for everything but ${refused.join(', ')}.` };
  if (carved.statement) return { title: `Exception: take ${carved.dropped.join(', ')} out of ${deny}`, note: `${alone}: sparing the role would delete the deny, so this takes ${carved.dropped.join(', ')} out of its Resource and keeps the rest.` };
  return {
    title: `Exception: remove the deny from inline policy ${policyName} of role ${role}`,
    note: `${alone}, and the deny's Resource covers what the job needs as a whole: no narrower change keeps it for anything else, so this removes it.`,
  };
}

/**
 * An explicit deny in one of the role's own policies (inline, customer managed, or the boundary), narrowed. A managed
 * policy's deny is narrowed for the role: every other role it is attached to stays denied. An inline policy belongs to
 * the role alone (IAM User Guide, "Managed policies and inline policies"), so sparing the role would delete the deny: it
 * is narrowed by the resources it refused instead, and still denies the rest.
 */
export function narrowIdentityDeny(bundle: EvidenceBundle, policy: NamedPolicy, isBoundary: boolean, index: number, checkIds: string[], refused: string[]): FixPlan | undefined {
  if (!policy.document.ok) return undefined;
  const original = statementAt(policy.document.value, index);
  if (!original) return undefined;
  const carved = policy.kind === 'inline' ? narrowInlineDeny(original, refused) : undefined;
  const narrowed = carved ? carved.statement : narrowDeny(original, bundle.job.roleArn);
  const document = narrowed ? replaceStatement(policy.document.value, index, narrowed) : withoutStatement(policy.document.value, index);
  const role = roleNameOfArn(bundle.job.roleArn);
  const said = carved ? inlineWords(policy.name, role, carved, refused) : undefined;
  const base = {
    accountId: roleAccount(bundle),
    crossAccount: false,
    policy: document,
    changedStatements: narrowed ? [narrowed] : [],
    replaces: original,
    checkIds,
    notes: said ? [said.note, 'An explicit deny is usually deliberate: whoever wrote it must approve the exception.'] : narrowedDenyNotes(role),
    kind: 'exception' as const,
    alternatives: `deny:${policy.arn ?? policy.name}:${index}`,
  };
  if (said) {
    return {
      ...base,
      key: `narrow-inline:${policy.name}:${index}`,
      target: 'role-inline-policy',
      title: said.title,
      // IAM refuses a policy with no statements: the last one removed is the policy deleted.
      cli: statementsOf(document).length
        ? command(['aws', 'iam', 'put-role-policy', '--role-name', role, '--policy-name', policy.name, '--policy-document', JSON.stringify(document)])
        : command(['aws', 'iam', 'delete-role-policy', '--role-name', role, '--policy-name', policy.name]),
      changes: [{ kind: 'role-inline', policyName: policy.name, document }],
    };
  }
  if (!narrowed || !policy.arn || /^arn:aws[\w-]*:iam::aws:policy\//.test(policy.arn)) return undefined;
  return {
    ...base,
    key: `narrow-managed:${policy.arn}:${index}`,
    target: isBoundary ? 'boundary' : 'other',
    title: `Exception: narrow the deny in ${isBoundary ? 'permissions boundary' : 'managed policy'} ${policy.name} so it no longer applies to role ${role}`,
    cli: command(['aws', 'iam', 'create-policy-version', '--policy-arn', policy.arn, '--set-as-default', '--policy-document', JSON.stringify(document)]),
    changes: [isBoundary ? { kind: 'boundary', document } : { kind: 'managed-policy', policyArn: policy.arn, document }],
  };
}
