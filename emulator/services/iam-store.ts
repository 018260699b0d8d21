/**
 * IAM's view of the scenario: roles and managed policies by name and ARN, and IAM's own wordings
 * for missing entities.
 */
import { AwsError } from '../errors';
import type { ResolvedRole } from '../scenario/resolved';
import type { CallContext, Params } from '../types';
import { decodeToken, encodeToken } from './paging';
import { arnHead } from '../partition';

export function roleArn(ctx: CallContext, role: Pick<ResolvedRole, 'name' | 'path'>): string {
  return `${arnHead(ctx.region)}:iam::${ctx.accountId}:role${role.path}${role.name}`;
}

/** The ARN a denial names, even for a role that does not exist. */
export function roleArnForName(ctx: CallContext, name: unknown): string {
  const role = ctx.scenario.roles.find((r) => r.name === name);
  return roleArn(ctx, role ?? { name: String(name), path: '/' });
}

export function findRole(ctx: CallContext, input: Params): ResolvedRole {
  const role = ctx.scenario.roles.find((r) => r.name === input.RoleName);
  if (!role) throw new AwsError('NoSuchEntity', `The role with name ${String(input.RoleName)} cannot be found.`, 404);
  return role;
}

export function findManagedPolicy(ctx: CallContext, arn: unknown) {
  const policy = ctx.scenario.managedPolicies.find((p) => p.arn === arn);
  if (!policy) throw new AwsError('NoSuchEntity', `Policy ${String(arn)} was not found.`, 404);
  return policy;
}

/** IAM returns documents URL-encoded (RFC 3986), which the SDK leaves for the caller to decode. */
export function encodePolicy(document: unknown): string {
  return encodeURIComponent(JSON.stringify(document));
}

/**
 * IAM pages are small here (a fifth of the emulator's page size, at least 2) so Marker paging is
 * always exercised even by roles with three policies.
 */
export function iamPage<T>(ctx: CallContext, items: T[], input: Params, scope: string) {
  const maxItems = typeof input.MaxItems === 'string' ? Number(input.MaxItems) : 100;
  if (!Number.isInteger(maxItems) || maxItems < 1 || maxItems > 1000) {
    throw new AwsError(
      'ValidationError',
      `1 validation error detected: Value '${String(input.MaxItems)}' at 'maxItems' failed to satisfy constraint: Member must have value less than or equal to 1000`,
    );
  }
  let from = 0;
  if (typeof input.Marker === 'string') {
    const decoded = decodeToken(scope, input.Marker);
    if (decoded === undefined) throw new AwsError('ValidationError', 'Invalid Marker.');
    from = decoded;
  }
  const size = Math.min(maxItems, Math.max(2, Math.floor(ctx.pageSize / 5)));
  const next = from + size;
  const truncated = next < items.length;
  return {
    page: items.slice(from, next),
    IsTruncated: truncated,
    Marker: truncated ? encodeToken(scope, next) : undefined,
  };
}
