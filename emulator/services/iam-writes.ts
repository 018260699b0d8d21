/**
 * IAM's writes the dashboard's fixes use: a role's inline policies, a managed policy's versions
 * (AWS keeps at most five) and a role's trust policy. Each changes the emulator's account in memory,
 * so the next GetRolePolicy / GetPolicyVersion / GetRole shows it; a restart forgets it.
 */
import { AwsError } from '../errors';
import { versionNumber, type ResolvedRole } from '../scenario/resolved';
import type { CallContext, Operation, Params } from '../types';
import {
  checkIdentityPolicy,
  checkPolicyName,
  checkQuota,
  checkTrustPolicy,
  MANAGED_POLICY_QUOTA,
  policySize,
  ROLE_INLINE_QUOTA,
  TRUST_POLICY_QUOTA,
} from './iam-policy-checks';
import { findManagedPolicy, findRole, roleArnForName } from './iam-store';

/** AWS's limit of versions per managed policy. */
export const MAX_POLICY_VERSIONS = 5;

/** Service-linked roles belong to the service that made them. */
function modifiableRole(ctx: CallContext, input: Params): ResolvedRole {
  const role = findRole(ctx, input);
  if (role.path.startsWith('/aws-service-role/')) {
    throw new AwsError('UnmodifiableEntity', `Cannot perform the operation on the protected role '${role.name}' - this role is only modifiable by AWS`);
  }
  return role;
}

function putRolePolicy(ctx: CallContext, input: Params) {
  const role = modifiableRole(ctx, input);
  const name = checkPolicyName(input.PolicyName);
  const document = checkIdentityPolicy(input.PolicyDocument);
  const others = role.inlinePolicies.filter((p) => p.name !== name);
  const total = others.reduce((sum, p) => sum + policySize(p.document), policySize(document));
  checkQuota(total, ROLE_INLINE_QUOTA, () => `Maximum policy size of ${ROLE_INLINE_QUOTA} bytes exceeded for role ${role.name}`);
  // Same name: replaced in place, as IAM does (the order of ListRolePolicies stays stable).
  const existing = role.inlinePolicies.find((p) => p.name === name);
  if (existing) existing.document = document;
  else role.inlinePolicies.push({ name, document });
  return {};
}

function deleteRolePolicy(ctx: CallContext, input: Params) {
  const role = modifiableRole(ctx, input);
  const index = role.inlinePolicies.findIndex((p) => p.name === input.PolicyName);
  if (index === -1) throw new AwsError('NoSuchEntity', `The role policy with name ${String(input.PolicyName)} cannot be found.`, 404);
  role.inlinePolicies.splice(index, 1);
  return {};
}

function updateAssumeRolePolicy(ctx: CallContext, input: Params) {
  const role = modifiableRole(ctx, input);
  const document = checkTrustPolicy(input.PolicyDocument);
  checkQuota(policySize(document), TRUST_POLICY_QUOTA, () => `Cannot exceed quota for ACLSizePerRole: ${TRUST_POLICY_QUOTA}`);
  role.trustPolicy = document;
  return {};
}

function createPolicyVersion(ctx: CallContext, input: Params) {
  const policy = findManagedPolicy(ctx, input.PolicyArn);
  if (/^arn:aws[\w-]*:iam::aws:/.test(policy.arn)) {
    // The emulator's own wording: AWS-managed policies belong to AWS and no account can version them.
    throw new AwsError('AccessDenied', `Policy ${policy.arn} is an AWS managed policy and cannot be changed.`, 403);
  }
  const document = checkIdentityPolicy(input.PolicyDocument);
  checkQuota(policySize(document), MANAGED_POLICY_QUOTA, () => `Cannot exceed quota for PolicySize: ${MANAGED_POLICY_QUOTA}`);
  if (policy.versions.length >= MAX_POLICY_VERSIONS) {
    throw new AwsError(
      'LimitExceeded',
      `A managed policy can have up to ${MAX_POLICY_VERSIONS} versions. Before you create a new version, you must delete an existing version.`,
      409,
    );
  }
  // Version ids count up and are never reused, not even after a reset: v1, v2, ...
  policy.lastIssuedVersion = Math.max(policy.lastIssuedVersion, ...policy.versions.map((v) => versionNumber(v.versionId))) + 1;
  const version = { versionId: `v${policy.lastIssuedVersion}`, document, createDate: ctx.now };
  policy.versions.push(version);
  const setAsDefault = String(input.SetAsDefault).toLowerCase() === 'true';
  if (setAsDefault) {
    policy.defaultVersionId = version.versionId;
    policy.document = document;
  }
  return { PolicyVersion: { VersionId: version.versionId, IsDefaultVersion: setAsDefault, CreateDate: version.createDate } };
}

const onRole = (ctx: CallContext, input: Params) => roleArnForName(ctx, input.RoleName);
const onPolicy = (_ctx: CallContext, input: Params) => String(input.PolicyArn);

export const iamWriteOperations: Record<string, Operation> = {
  PutRolePolicy: { action: 'iam:PutRolePolicy', resource: onRole, handle: putRolePolicy, write: true },
  DeleteRolePolicy: { action: 'iam:DeleteRolePolicy', resource: onRole, handle: deleteRolePolicy, write: true },
  UpdateAssumeRolePolicy: { action: 'iam:UpdateAssumeRolePolicy', resource: onRole, handle: updateAssumeRolePolicy, write: true },
  CreatePolicyVersion: { action: 'iam:CreatePolicyVersion', resource: onPolicy, handle: createPolicyVersion, write: true },
};
