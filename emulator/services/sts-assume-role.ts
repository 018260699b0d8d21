/**
 * STS AssumeRole, as AWS answers it: the role must exist in an account this endpoint serves and its
 * trust policy must allow the caller (and `sts:SetSourceIdentity` when a SourceIdentity is passed),
 * with the request's `sts:ExternalId` in the condition context. Anything else is AccessDenied in
 * AWS's words, which never say whether the role exists. The credentials returned act, on every
 * later call, as the assumed-role session in the role's account.
 */
import { AwsError } from '../errors';
import type { CallContext, Params } from '../types';
import { stableId } from './ids';
import { trustAllows } from './trust-policy';

const NAME = /^[\w+=,.@-]{2,64}$/;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
const ROLE_ARN = /^arn:(aws[\w-]*):iam::(\d{12}):role(\/(?:[\w+=,.@-]+\/)*)([\w+=,.@-]{1,64})$/;
const DEFAULT_DURATION = 3600;
/** A role's MaxSessionDuration when not raised; the endpoint's roles keep the default. */
const MAX_DURATION = 3600;

export function assumeRole(ctx: CallContext, input: Params) {
  const roleArn = required(input, 'RoleArn', 'roleArn');
  const sessionName = required(input, 'RoleSessionName', 'roleSessionName');
  if (!NAME.test(sessionName)) throw validation(`Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]* and have length between 2 and 64`);
  const externalId = optional(input, 'ExternalId');
  if (externalId !== undefined && !EXTERNAL_ID.test(externalId)) throw validation(`Value '${externalId}' at 'externalId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@:\\/-]*`);
  const sourceIdentity = optional(input, 'SourceIdentity');
  if (sourceIdentity !== undefined && (!NAME.test(sourceIdentity) || sourceIdentity.toLowerCase().startsWith('aws:'))) {
    throw validation(`Value '${sourceIdentity}' at 'sourceIdentity' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`);
  }
  const duration = input.DurationSeconds === undefined ? DEFAULT_DURATION : Number(input.DurationSeconds);
  if (!Number.isInteger(duration) || duration < 900) throw validation(`Value '${String(input.DurationSeconds)}' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900`);
  if (duration > MAX_DURATION) throw validation('The requested DurationSeconds exceeds the MaxSessionDuration set for this role.');

  const denied = (action: string) => new AwsError('AccessDenied', `User: ${ctx.principalArn} is not authorized to perform: ${action} on resource: ${roleArn}`, 403);
  const match = ROLE_ARN.exec(roleArn);
  if (!match) throw validation(`${roleArn} is invalid`);
  const [, partition = 'aws', accountId = '', path = '/', roleName = ''] = match;
  const role = ctx.accounts?.find(accountId)?.roles.find((r) => r.name === roleName && r.path === path);
  const context: Record<string, string> = {
    ...(externalId !== undefined ? { 'sts:ExternalId': externalId } : {}),
    ...(sourceIdentity !== undefined ? { 'sts:SourceIdentity': sourceIdentity } : {}),
  };
  const request = { principalArn: ctx.principalArn, context };
  if (!role || !trustAllows(role.trustPolicy, { ...request, action: 'sts:AssumeRole' })) throw denied('sts:AssumeRole');
  if (sourceIdentity !== undefined && !trustAllows(role.trustPolicy, { ...request, action: 'sts:SetSourceIdentity' })) throw denied('sts:SetSourceIdentity');

  const sessionArn = `arn:${partition}:sts::${accountId}:assumed-role/${roleName}/${sessionName}`;
  const session = ctx.accounts!.sessions.issue({
    accountId,
    principalArn: sessionArn,
    // Real time, not the scenario's clock: the SDK compares it with its own to decide when to refresh.
    expiration: new Date(Math.floor(Date.now() / 1000) * 1000 + duration * 1000),
    ...(sourceIdentity !== undefined ? { sourceIdentity } : {}),
  });
  return {
    ...(sourceIdentity !== undefined ? { SourceIdentity: sourceIdentity } : {}),
    AssumedRoleUser: { Arn: sessionArn, AssumedRoleId: `${assumedRoleId(accountId, roleName)}:${sessionName}` },
    Credentials: {
      AccessKeyId: session.accessKeyId,
      SecretAccessKey: session.secretAccessKey,
      SessionToken: session.sessionToken,
      Expiration: session.expiration,
    },
  };
}

/** The role's unique id (AROA...), the same GetCallerIdentity reports in UserId. */
export function assumedRoleId(accountId: string, roleName: string): string {
  return stableId('AROA', `${accountId}:${roleName}`);
}

function required(input: Params, name: string, member: string): string {
  const value = input[name];
  if (typeof value !== 'string' || value === '') throw validation(`Value null at '${member}' failed to satisfy constraint: Member must not be null`);
  return value;
}

function optional(input: Params, name: string): string | undefined {
  const value = input[name];
  return typeof value === 'string' ? value : undefined;
}

function validation(message: string): AwsError {
  return new AwsError('ValidationError', message.startsWith('1 validation') || !message.startsWith('Value') ? message : `1 validation error detected: ${message}`, 400);
}
