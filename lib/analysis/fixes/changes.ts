import { roleNameOfArn } from '../arns';
import type { EvidenceBundle, NamedPolicy, NetworkEvidence, PolicyDocument, RoleEvidence } from '../evidence';

/** A change to the account, applied to a copy of the evidence so the fix can be re-simulated. */
export type Change =
  | { kind: 'role-inline'; policyName: string; document: PolicyDocument }
  | { kind: 'managed-policy'; policyArn: string; document: PolicyDocument }
  | { kind: 'boundary'; document: PolicyDocument }
  | { kind: 'trust-policy'; document: PolicyDocument }
  | { kind: 'bucket-policy'; bucket: string; document: PolicyDocument }
  | { kind: 'key-policy'; keyRef: string; document: PolicyDocument }
  | { kind: 'endpoint-policy'; endpointId: string; document: PolicyDocument }
  | { kind: 'repository-policy'; repositoryArn: string; document: PolicyDocument }
  | { kind: 'route'; routeTableId: string; endpointId?: string; vpcId: string; region: string }
  /** A key KMS refused to use made usable again (enabled). */
  | { kind: 'key-state'; keyRef: string }
  /**
   * The job started again with other CreateTrainingJob fields. `network` stands for what the new
   * subnets are known to reach when the evidence (read only for the job's own subnets) does not show it.
   */
  | {
      kind: 'job-config';
      roleArn?: string;
      /** Tags the new role is taken to carry: the ones a tag-keyed deny spares, which define the approved role. */
      roleTags?: Record<string, string>;
      /** The RoleId the new role is taken to have: the one an aws:userid-keyed deny spares, which picks the approved role. */
      roleId?: string;
      outputKmsKeyId?: string;
      vpc?: { subnetIds: string[]; securityGroupIds: string[] };
      network?: NetworkEvidence;
    }
  /**
   * The training code changed to send these request context keys with its own quoted request (the
   * encryption header of its upload). Nothing in the account changes: re-simulation carries the keys
   * on the quoted request (`quotedContextOf`).
   */
  | { kind: 'quoted-request-context'; context: Record<string, string> };

/** The id a newly created S3 gateway endpoint gets in the re-simulated copy. */
export const NEW_ENDPOINT_ID = 'vpce-new-s3-gateway';

function withRole(bundle: EvidenceBundle, edit: (role: RoleEvidence) => RoleEvidence): EvidenceBundle {
  return bundle.role.ok ? { ...bundle, role: { ok: true, value: edit(bundle.role.value) } } : bundle;
}

function editPolicies(role: RoleEvidence, edit: (ps: NamedPolicy[]) => NamedPolicy[]): RoleEvidence {
  return role.identityPolicies.ok ? { ...role, identityPolicies: { ok: true, value: edit(role.identityPolicies.value) } } : role;
}

function applyChange(bundle: EvidenceBundle, change: Change): EvidenceBundle {
  switch (change.kind) {
    case 'role-inline':
      return withRole(bundle, (role) =>
        editPolicies(role, (ps) => [
          ...ps.filter((p) => !(p.kind === 'inline' && p.name === change.policyName)),
          { kind: 'inline', name: change.policyName, document: { ok: true, value: change.document } },
        ]),
      );
    case 'managed-policy':
      return withRole(bundle, (role) =>
        editPolicies(role, (ps) => ps.map((p) => (p.arn === change.policyArn ? { ...p, document: { ok: true, value: change.document } } : p))),
      );
    case 'boundary':
      return withRole(bundle, (role) =>
        role.boundary.ok && role.boundary.value ? { ...role, boundary: { ok: true, value: { ...role.boundary.value, document: { ok: true, value: change.document } } } } : role,
      );
    case 'trust-policy':
      return withRole(bundle, (role) => ({ ...role, trustPolicy: { ok: true, value: change.document } }));
    case 'bucket-policy': {
      const b = bundle.buckets[change.bucket];
      if (!b) return bundle;
      return { ...bundle, buckets: { ...bundle.buckets, [change.bucket]: { ...b, policy: { ok: true, value: change.document } } } };
    }
    case 'key-policy': {
      const k = bundle.keys[change.keyRef];
      if (!k) return bundle;
      return { ...bundle, keys: { ...bundle.keys, [change.keyRef]: { ...k, policy: { ok: true, value: change.document } } } };
    }
    case 'repository-policy':
      return bundle.imageRepository?.arn === change.repositoryArn ? { ...bundle, imageRepository: { arn: change.repositoryArn, policy: { ok: true, value: change.document } } } : bundle;
    case 'endpoint-policy':
      return editEndpoints(bundle, (es) => es.map((e) => (e.id === change.endpointId ? { ...e, policy: { ok: true, value: change.document } } : e)));
    case 'job-config':
      return withJobConfig(bundle, change);
    case 'quoted-request-context':
      return bundle;
    case 'key-state': {
      const k = bundle.keys[change.keyRef];
      if (!k?.metadata.ok) return bundle;
      return { ...bundle, keys: { ...bundle.keys, [change.keyRef]: { ...k, metadata: { ok: true, value: { ...k.metadata.value, keyState: 'Enabled' } } } } };
    }
    case 'route':
      return editEndpoints(bundle, (es) =>
        change.endpointId
          ? es.map((e) => (e.id === change.endpointId ? { ...e, routeTableIds: [...e.routeTableIds, change.routeTableId] } : e))
          : [
              ...es,
              { id: NEW_ENDPOINT_ID, vpcId: change.vpcId, serviceName: `com.amazonaws.${change.region}.s3`, type: 'Gateway', routeTableIds: [change.routeTableId], subnetIds: [], policy: { ok: true, value: null } },
            ],
      );
  }
}

/**
 * Another role's policies were never read: the copy says so, so re-simulation can only prove what the
 * resource side decides, and every identity-side verdict stays unknown instead of borrowing the old role's.
 */
function withJobConfig(bundle: EvidenceBundle, change: Extract<Change, { kind: 'job-config' }>): EvidenceBundle {
  const job = { ...bundle.job, output: { ...bundle.job.output }, ...(change.vpc ? { vpc: change.vpc } : {}) };
  if (change.outputKmsKeyId) job.output.kmsKeyId = change.outputKmsKeyId;
  let role = bundle.role;
  if (change.roleArn && change.roleArn !== bundle.job.roleArn) {
    job.roleArn = change.roleArn;
    const unread = { ok: false as const, missing: { kind: 'error' as const, action: 'iam:GetRole', resource: change.roleArn, message: `role ${change.roleArn} is not the job's role yet, so its policies were not read` } };
    // With tags or an ID, only they are known (the role is defined by them): every policy stays unread. A role a deny approves
    // was read beside the job's (bundle.otherRoles): the job is re-simulated as that role.
    const read = bundle.otherRoles?.[change.roleArn];
    role =
      change.roleTags || change.roleId
        ? { ok: true, value: { arn: change.roleArn, name: roleNameOfArn(change.roleArn), trustPolicy: unread, identityPolicies: unread, boundary: unread, ...(change.roleTags ? { tags: change.roleTags } : {}), ...(change.roleId ? { id: change.roleId } : {}) } }
        : read?.ok ? read : unread;
  }
  return { ...bundle, job, role, network: change.network ?? bundle.network };
}

function editEndpoints(bundle: EvidenceBundle, edit: (es: import('../evidence').VpcEndpoint[]) => import('../evidence').VpcEndpoint[]): EvidenceBundle {
  const n = bundle.network;
  if (!n || !n.endpoints.ok) return bundle;
  return { ...bundle, network: { ...n, endpoints: { ok: true, value: edit(n.endpoints.value) } } };
}

/** The context keys the changes add to the quoted request, merged over the hint's. */
export function hintAfter<T extends { context?: Record<string, string> }>(hint: T | undefined, changes: Change[]): T | undefined {
  const added = Object.assign({}, ...changes.map((c) => (c.kind === 'quoted-request-context' ? c.context : {}))) as Record<string, string>;
  if (!Object.keys(added).length) return hint;
  return { ...(hint ?? ({} as T)), context: { ...hint?.context, ...added } };
}

export function applyChanges(bundle: EvidenceBundle, changes: Change[]): EvidenceBundle {
  return changes.reduce(applyChange, bundle);
}
