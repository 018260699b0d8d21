import { roleNameOfArn, slug } from '../arns';
import type { EvidenceBundle, NamedPolicy } from '../evidence';
import type { PlannedRequest } from '../requests/planned-request';
import type { FixPlan } from './fix-plan';
import { command } from './shell';
import { grantStatements, mergeStatements, narrowDeny, narrowedDenyNotes, replaceStatement, type Statement } from './statements';
import { statementAt } from '../proof/statements';
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

/** An explicit deny in one of the role's own policies (inline, customer managed, or the boundary), narrowed. */
export function narrowIdentityDeny(bundle: EvidenceBundle, policy: NamedPolicy, isBoundary: boolean, index: number, checkIds: string[]): FixPlan | undefined {
  if (!policy.document.ok) return undefined;
  const original = statementAt(policy.document.value, index);
  if (!original) return undefined;
  const narrowed: Statement = narrowDeny(original, bundle.job.roleArn);
  const document = replaceStatement(policy.document.value, index, narrowed);
  const role = roleNameOfArn(bundle.job.roleArn);
  const base = {
    accountId: roleAccount(bundle),
    crossAccount: false,
    policy: document,
    changedStatements: [narrowed],
    replaces: original,
    checkIds,
    notes: narrowedDenyNotes(role),
    kind: 'exception' as const,
    alternatives: `deny:${policy.arn ?? policy.name}:${index}`,
  };
  if (policy.kind === 'inline') {
    return {
      ...base,
      key: `narrow-inline:${policy.name}:${index}`,
      target: 'role-inline-policy',
      title: `Exception: narrow the deny in inline policy ${policy.name} of role ${role} so it no longer applies to the role`,
      cli: command(['aws', 'iam', 'put-role-policy', '--role-name', role, '--policy-name', policy.name, '--policy-document', JSON.stringify(document)]),
      changes: [{ kind: 'role-inline', policyName: policy.name, document }],
    };
  }
  if (!policy.arn || policy.arn.startsWith('arn:aws:iam::aws:policy/')) return undefined;
  return {
    ...base,
    key: `narrow-managed:${policy.arn}:${index}`,
    target: isBoundary ? 'boundary' : 'other',
    title: `Exception: narrow the deny in ${isBoundary ? 'permissions boundary' : 'managed policy'} ${policy.name} so it no longer applies to role ${role}`,
    cli: command(['aws', 'iam', 'create-policy-version', '--policy-arn', policy.arn, '--set-as-default', '--policy-document', JSON.stringify(document)]),
    changes: [isBoundary ? { kind: 'boundary', document } : { kind: 'managed-policy', policyArn: policy.arn, document }],
  };
}
