/**
 * IAM (awsQuery, Version 2010-05-08): a role's trust policy, boundary, managed and inline policies,
 * with documents URL-encoded exactly as IAM returns them; the writes are in iam-writes.ts.
 */
import { AwsError } from '../errors';
import { awsQueryProtocol } from '../protocols/aws-query';
import type { CallContext, Params, ServiceDef } from '../types';
import { queryFaultErrors } from './fault-errors';
import { encodePolicy, findManagedPolicy, findRole, iamPage, roleArn, roleArnForName } from './iam-store';
import { stableId } from './ids';
import { iamWriteOperations } from './iam-writes';

const VERSION = '2010-05-08';

function getRole(ctx: CallContext, input: Params) {
  const role = findRole(ctx, input);
  return {
    Role: {
      Path: role.path,
      RoleName: role.name,
      RoleId: stableId('AROA', `${ctx.accountId}:${role.name}`),
      Arn: roleArn(ctx, role),
      CreateDate: role.createdAt,
      AssumeRolePolicyDocument: encodePolicy(role.trustPolicy),
      Description: role.description,
      MaxSessionDuration: 3600,
      PermissionsBoundary: role.permissionsBoundaryArn
        ? { PermissionsBoundaryType: 'PermissionsBoundaryPolicy', PermissionsBoundaryArn: role.permissionsBoundaryArn }
        : undefined,
      RoleLastUsed: {},
      // IAM leaves Tags out when the role has none.
      Tags: Object.keys(role.tags).length > 0 ? Object.entries(role.tags).map(([Key, Value]) => ({ Key, Value })) : undefined,
    },
  };
}

function listAttachedRolePolicies(ctx: CallContext, input: Params) {
  const role = findRole(ctx, input);
  const prefix = typeof input.PathPrefix === 'string' ? input.PathPrefix : '/';
  const attached = role.attachedPolicyArns
    .map((arn) => {
      const known = ctx.scenario.managedPolicies.find((p) => p.arn === arn);
      return { PolicyName: known?.name ?? arn.split('/').at(-1) ?? arn, PolicyArn: arn, path: known?.path ?? '/' };
    })
    .filter((p) => p.path.startsWith(prefix));
  const { page, IsTruncated, Marker } = iamPage(ctx, attached, input, `attached:${role.name}`);
  return { AttachedPolicies: page.map(({ PolicyName, PolicyArn }) => ({ PolicyName, PolicyArn })), IsTruncated, Marker };
}

function listRolePolicies(ctx: CallContext, input: Params) {
  const role = findRole(ctx, input);
  const { page, IsTruncated, Marker } = iamPage(ctx, role.inlinePolicies.map((p) => p.name), input, `inline:${role.name}`);
  return { PolicyNames: page, IsTruncated, Marker };
}

function getRolePolicy(ctx: CallContext, input: Params) {
  const role = findRole(ctx, input);
  const policy = role.inlinePolicies.find((p) => p.name === input.PolicyName);
  if (!policy) throw new AwsError('NoSuchEntity', `The role policy with name ${String(input.PolicyName)} cannot be found.`, 404);
  return { RoleName: role.name, PolicyName: policy.name, PolicyDocument: encodePolicy(policy.document) };
}

function getPolicy(ctx: CallContext, input: Params) {
  const policy = findManagedPolicy(ctx, input.PolicyArn);
  const created = new Date(ctx.now.getTime() - 500 * 86_400_000);
  return {
    Policy: {
      PolicyName: policy.name,
      PolicyId: stableId('ANPA', policy.arn),
      Arn: policy.arn,
      Path: policy.path,
      DefaultVersionId: policy.defaultVersionId,
      AttachmentCount: ctx.scenario.roles.filter((r) => r.attachedPolicyArns.includes(policy.arn)).length,
      PermissionsBoundaryUsageCount: ctx.scenario.roles.filter((r) => r.permissionsBoundaryArn === policy.arn).length,
      IsAttachable: true,
      Description: policy.description,
      CreateDate: created,
      UpdateDate: created,
    },
  };
}

function getPolicyVersion(ctx: CallContext, input: Params) {
  const policy = findManagedPolicy(ctx, input.PolicyArn);
  // Scenarios hold only each policy's default version; CreatePolicyVersion adds the others.
  const version = policy.versions.find((v) => v.versionId === input.VersionId);
  if (!version) {
    throw new AwsError('NoSuchEntity', `Policy ${policy.arn} version ${String(input.VersionId)} does not exist or is not attachable.`, 404);
  }
  return {
    PolicyVersion: {
      Document: encodePolicy(version.document),
      VersionId: version.versionId,
      IsDefaultVersion: version.versionId === policy.defaultVersionId,
      CreateDate: version.createDate,
    },
  };
}

const onRole = (ctx: CallContext, input: Params) => roleArnForName(ctx, input.RoleName);
const onPolicy = (_ctx: CallContext, input: Params) => String(input.PolicyArn);

export const iamService: ServiceDef = {
  signingName: 'iam',
  protocol: awsQueryProtocol(VERSION, 'https://iam.amazonaws.com/doc/2010-05-08/'),
  errors: queryFaultErrors('ServiceFailure', VERSION),
  operations: {
    GetRole: { action: 'iam:GetRole', resource: onRole, handle: getRole },
    ListAttachedRolePolicies: { action: 'iam:ListAttachedRolePolicies', resource: onRole, handle: listAttachedRolePolicies },
    ListRolePolicies: { action: 'iam:ListRolePolicies', resource: onRole, handle: listRolePolicies },
    GetRolePolicy: { action: 'iam:GetRolePolicy', resource: onRole, handle: getRolePolicy },
    GetPolicy: { action: 'iam:GetPolicy', resource: onPolicy, handle: getPolicy },
    GetPolicyVersion: { action: 'iam:GetPolicyVersion', resource: onPolicy, handle: getPolicyVersion },
    ...iamWriteOperations,
  },
};
