import { accountOfArn } from '../arns';
import type { EvidenceBundle, PolicyDocument } from '../evidence';
import { statementsOf } from '../proof/statements';
import { allowedRoles, conditionSparedRolePatterns, conditionSparedRoles, distinguishesPrincipals, escapesDeny, list, matches, notPrincipalRoles, sparedPrincipalTags, sparedRoleIds } from './deny-statement';
import type { Statement } from './statements';

/** At most this many other roles are read per job: each costs a handful of IAM calls. */
const MAX_ROLES = 3;

/**
 * The roles a deny itself approves, in the order the job-config fix prefers them: those it spares by name (`NotPrincipal`,
 * a negated `aws:PrincipalArn`), then those the same policy allows to make these requests; each must really escape it.
 */
export function approvedRoles(statement: Statement, siblings: Statement[], actions: string[], jobRoleArn: string): { roles: string[]; spared: string[] } {
  const spared = [...notPrincipalRoles(statement), ...conditionSparedRoles(statement)];
  const candidates = [...spared, ...allowedRoles(siblings, actions, jobRoleArn)];
  return { roles: [...new Set(candidates)].filter((r) => r !== jobRoleArn && canRunJobAs(r, jobRoleArn) && escapesDeny(statement, r)), spared };
}

/**
 * Whether the job could be started as `roleArn` instead: iam:PassRole passes a role of the caller's own account only (the
 * job role's), and neither IAM Identity Center's roles (path /aws-reserved/, names AWSReservedSSO_…) nor service-linked
 * roles (path /aws-service-role/) can be made to trust SageMaker: their trust policies cannot be edited. Takes a name
 * pattern (`role/ci-*`) as well as a role.
 */
export function canRunJobAs(roleArn: string, jobRoleArn: string): boolean {
  return accountOfArn(roleArn) === accountOfArn(jobRoleArn) && !/:role\/(aws-reserved|aws-service-role)\/|\/AWSReservedSSO_/i.test(roleArn);
}

/** Every readable document whose denies the job's requests can meet: bucket, key, endpoint and repository policies, the role's own. */
function documents(bundle: EvidenceBundle): PolicyDocument[] {
  const docs: (PolicyDocument | null | undefined)[] = [
    ...Object.values(bundle.buckets).map((b) => (b.policy.ok ? b.policy.value : undefined)),
    ...Object.values(bundle.keys).map((k) => (k.policy.ok ? k.policy.value : undefined)),
    ...(bundle.network?.endpoints.ok ? bundle.network.endpoints.value.map((e) => (e.policy.ok ? e.policy.value : undefined)) : []),
    bundle.imageRepository?.policy.ok ? bundle.imageRepository.policy.value : undefined,
  ];
  if (bundle.role.ok) {
    const { identityPolicies, boundary } = bundle.role.value;
    if (identityPolicies.ok) docs.push(...identityPolicies.value.map((p) => (p.document.ok ? p.document.value : undefined)));
    if (boundary.ok && boundary.value?.document.ok) docs.push(boundary.value.document.value);
  }
  return docs.filter((d): d is PolicyDocument => d !== null && d !== undefined);
}

/**
 * The roles whose policies the dashboard should read so a "run the job as role X" fix can be re-simulated as X rather
 * than offered unverified: every role a principal-picking deny in the job's readable policies approves, in the job
 * role's own account (another account's role would need a role to assume there), at most three.
 */
export function rolesToRead(bundle: EvidenceBundle): string[] {
  const jobRole = bundle.job.roleArn;
  const account = accountOfArn(jobRole);
  const out = new Set<string>();
  for (const document of documents(bundle)) {
    const statements = statementsOf(document);
    const allowed = statements.filter((x) => x.Effect === 'Allow').flatMap((x) => list(x.Action));
    for (const s of statements) {
      if (s.Effect !== 'Deny' || !distinguishesPrincipals(s)) continue;
      // Each action an Allow beside the deny names and the deny covers, on its own: beside an `s3:*` deny, the Allow
      // names the one action its role may make (`s3:GetObject`), the action the fix will ask it for.
      const denied = list(s.Action).map((a) => a.toLowerCase());
      const actions = [...new Set([...denied, ...allowed.filter((a) => denied.some((d) => matches(d, a.toLowerCase())))])];
      for (const action of actions) for (const r of approvedRoles(s, statements, [action], jobRole).roles) if (accountOfArn(r) === account) out.add(r);
    }
  }
  return [...out].slice(0, MAX_ROLES);
}

/**
 * The role to re-simulate as when the deny names none the job could run as instead: APPROVED-ROLE-NAME, in the job
 * role's own partition and account (iam:PassRole passes only the caller's own roles).
 */
export function approvedRoleStandIn(jobRoleArn: string, fallbackAccount = ''): string {
  const [, partition, , , account] = jobRoleArn.split(':');
  return `arn:${partition || 'aws'}:iam::${account || fallbackAccount}:role/APPROVED-ROLE-NAME`;
}

/**
 * A role a name pattern admits, to re-simulate as: its first `*` as APPROVED-ROLE-NAME (`role/ci-*` ->
 * `role/ci-APPROVED-ROLE-NAME`), in the job role's account when the pattern admits any (`iam::*:role/ci-*`).
 */
export function patternStandIn(pattern: string, jobRoleArn: string): string {
  const parts = pattern.split(':');
  if (parts[4] === '*') parts[4] = accountOfArn(jobRoleArn) ?? '*';
  return parts.join(':').replace('*', 'APPROVED-ROLE-NAME').replace(/\*/g, '').replace(/\?/g, 'X');
}

/**
 * Whether a role the job could run as escapes the deny: one it does not name, one it spares by name or by a name pattern,
 * or one carrying the tag or ID it spares. When none does ("everyone but role/ci-* of another account"), running as
 * another role is no alternative to name.
 */
export function anotherRoleEscapes(statement: Statement, jobRoleArn: string): boolean {
  if (escapesDeny(statement, approvedRoleStandIn(jobRoleArn))) return true;
  const named = [...notPrincipalRoles(statement), ...conditionSparedRoles(statement), ...conditionSparedRolePatterns(statement).map((p) => patternStandIn(p, jobRoleArn))];
  if (named.some((r) => r !== jobRoleArn && canRunJobAs(r, jobRoleArn) && escapesDeny(statement, r))) return true;
  return sparedPrincipalTags(statement).length > 0 || sparedRoleIds(statement).length > 0;
}
