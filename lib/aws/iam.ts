import 'server-only';
import {
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
  type Role,
} from '@aws-sdk/client-iam';
import type { NamedPolicy, Piece, PolicyDocument, RoleEvidence } from '@/lib/analysis/evidence';
import type { AwsClients } from './scoped-clients';
import { mapLimit } from './concurrency';
import { attempt, toMissing } from './errors';
import { collectPages } from './paginate';
import { parseIamDocument } from './policy-document';

const MAX_LIST_PAGES = 10;
const POLICY_FETCH_CONCURRENCY = 4;

/** A (PolicyArn, VersionId) document never changes: it is read once, ever, into the shared documents cache. */
const POLICY_VERSION = 'policy-version';

/**
 * Everything IAM says about an execution role: its trust policy, every identity policy (attached
 * managed and inline, documents decoded) and its permissions boundary. Each part is read on its
 * own, so a refused GetRole still leaves the policy listing, and one bad document leaves the rest.
 * The role itself is `not-found` only when IAM says it does not exist.
 */
export async function getRolePermissions(aws: AwsClients, roleArn: string): Promise<Piece<RoleEvidence>> {
  const name = roleNameFromArn(roleArn);
  if (!name) {
    return { ok: false, missing: { kind: 'error', action: 'iam:GetRole', resource: roleArn, message: `"${roleArn}" is not an IAM role ARN` } };
  }
  const client = aws.iam();
  const getRoleSite = { action: 'iam:GetRole', resource: roleArn };

  const [role, identityPolicies] = await Promise.all([
    attempt(getRoleSite, async () => (await client.send(new GetRoleCommand({ RoleName: name }))).Role),
    getIdentityPolicies(aws, roleArn, name),
  ]);
  if (!role.ok && role.missing.kind === 'not-found') return role;

  const trustPolicy: Piece<PolicyDocument> = role.ok
    ? parseIamDocument(role.value?.AssumeRolePolicyDocument, getRoleSite)
    : role;
  const boundary = role.ok ? await getBoundary(aws, role.value) : role;
  const read = role.ok ? { tags: tagsOf(role.value), ...(role.value?.RoleId ? { id: role.value.RoleId } : {}) } : {};
  return { ok: true, value: { arn: role.ok ? (role.value?.Arn ?? roleArn) : roleArn, name, trustPolicy, identityPolicies, boundary, ...read } };
}

/** GetRole's Tags as a map: the role's session carries each as `aws:PrincipalTag/<key>`. */
function tagsOf(role: Role | undefined): Record<string, string> {
  return Object.fromEntries((role?.Tags ?? []).flatMap((t) => (t.Key ? [[t.Key, t.Value ?? '']] : [])));
}

async function getIdentityPolicies(aws: AwsClients, roleArn: string, roleName: string): Promise<Piece<NamedPolicy[]>> {
  const client = aws.iam();
  const [attached, inline] = await Promise.all([
    attempt({ action: 'iam:ListAttachedRolePolicies', resource: roleArn }, () =>
      collectPages(`the managed policies attached to ${roleArn}`, MAX_LIST_PAGES, async (Marker) => {
        const out = await client.send(new ListAttachedRolePoliciesCommand({ RoleName: roleName, Marker }));
        return { items: out.AttachedPolicies ?? [], next: out.IsTruncated ? out.Marker : undefined };
      }),
    ),
    attempt({ action: 'iam:ListRolePolicies', resource: roleArn }, () =>
      collectPages(`the inline policies of ${roleArn}`, MAX_LIST_PAGES, async (Marker) => {
        const out = await client.send(new ListRolePoliciesCommand({ RoleName: roleName, Marker }));
        return { items: out.PolicyNames ?? [], next: out.IsTruncated ? out.Marker : undefined };
      }),
    ),
  ]);
  if (!attached.ok) return attached;
  if (!inline.ok) return inline;

  const managed = await mapLimit(attached.value, POLICY_FETCH_CONCURRENCY, (p) =>
    getManagedPolicy(aws, p.PolicyArn ?? '', p.PolicyName),
  );
  const inlinePolicies = await mapLimit(inline.value, POLICY_FETCH_CONCURRENCY, async (policyName): Promise<NamedPolicy> => {
    const site = { action: 'iam:GetRolePolicy', resource: `${roleArn} (inline policy ${policyName})` };
    const out = await attempt(site, () => client.send(new GetRolePolicyCommand({ RoleName: roleName, PolicyName: policyName })));
    return { kind: 'inline', name: policyName, document: out.ok ? parseIamDocument(out.value.PolicyDocument, site) : out };
  });
  return { ok: true, value: [...managed, ...inlinePolicies] };
}

async function getBoundary(aws: AwsClients, role: Role | undefined): Promise<Piece<NamedPolicy | null>> {
  const arn = role?.PermissionsBoundary?.PermissionsBoundaryArn;
  if (!arn) return { ok: true, value: null };
  return { ok: true, value: await getManagedPolicy(aws, arn) };
}

/** GetPolicy -> DefaultVersionId -> GetPolicyVersion. A failure lands in the policy's document piece. */
export async function getManagedPolicy(aws: AwsClients, policyArn: string, knownName?: string): Promise<NamedPolicy> {
  const client = aws.iam();
  const name = knownName ?? policyArn.split('/').pop() ?? policyArn;
  let versionId: string | undefined;
  try {
    const out = await client.send(new GetPolicyCommand({ PolicyArn: policyArn }));
    versionId = out.Policy?.DefaultVersionId;
  } catch (error) {
    return { kind: 'managed', name, arn: policyArn, document: { ok: false, missing: toMissing(error, { action: 'iam:GetPolicy', resource: policyArn }) } };
  }
  if (!versionId) {
    const missing = { kind: 'error' as const, action: 'iam:GetPolicy', resource: policyArn, message: 'GetPolicy returned no DefaultVersionId' };
    return { kind: 'managed', name, arn: policyArn, document: { ok: false, missing } };
  }

  const cacheKey = `${policyArn}#${versionId}`;
  const cached = (await aws.documents.get(POLICY_VERSION, cacheKey)) as PolicyDocument | undefined;
  if (cached) return { kind: 'managed', name, arn: policyArn, versionId, document: { ok: true, value: cached } };

  const site = { action: 'iam:GetPolicyVersion', resource: policyArn };
  const out = await attempt(site, () => client.send(new GetPolicyVersionCommand({ PolicyArn: policyArn, VersionId: versionId })));
  const document = out.ok ? parseIamDocument(out.value.PolicyVersion?.Document, site) : out;
  if (document.ok) await aws.documents.put(POLICY_VERSION, cacheKey, document.value);
  return { kind: 'managed', name, arn: policyArn, versionId, document };
}

/** `arn:aws:iam::123456789012:role/service-role/ml-train` -> `ml-train` (GetRole takes the bare name). */
export function roleNameFromArn(roleArn: string): string | undefined {
  const match = /^arn:aws[a-z-]*:iam::\d{12}:role\/(?:[^/]+\/)*([\w+=,.@-]{1,64})$/.exec(roleArn);
  return match?.[1];
}
