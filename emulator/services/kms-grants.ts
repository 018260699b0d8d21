/**
 * KMS ListGrants, as AWS answers it: by key id or key ARN (an alias is refused), paginated with
 * `Limit` (1-100, default 50), `NextMarker` and `Truncated`, filtered by `GrantId` and
 * `GranteePrincipal`. Another account's key is refused unless its key policy lets the caller in,
 * which the scenario's other-account keys never do.
 */
import { AwsError } from '../errors';
import type { CallContext, Params } from '../types';
import { deniedMessage } from './fault-errors';
import { keyArn, parseKeyId, resolveKey } from './kms';
import { decodeToken, encodeToken } from './paging';
import { arnHead } from '../partition';

function limitOf(input: Params): number {
  if (input.Limit === undefined) return 50;
  const limit = Number(input.Limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw new AwsError('ValidationException', `1 validation error detected: Value '${String(input.Limit)}' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1`);
  }
  // AWS caps a page at 100 whatever the Limit asked.
  return Math.min(limit, 100);
}

export function listGrants(ctx: CallContext, input: Params) {
  const ref = parseKeyId(ctx, input.KeyId);
  if (ref.alias) throw new AwsError('NotFoundException', `Invalid keyId '${String(input.KeyId)}'`);
  const arn = `${arnHead(ref.region)}:kms:${ref.region}:${ref.accountId}:key/${ref.keyId ?? ''}`;
  if (ref.accountId !== ctx.accountId) {
    throw new AwsError('AccessDeniedException', deniedMessage(ctx.principalArn, 'kms:ListGrants', arn).replace('no identity-based policy', 'no resource-based policy'));
  }
  const key = resolveKey(ctx, ref);
  const limit = limitOf(input);
  const scope = `kms:ListGrants:${arn}`;
  let from = 0;
  if (typeof input.Marker === 'string') {
    const decoded = decodeToken(scope, input.Marker);
    if (decoded === undefined) throw new AwsError('InvalidMarkerException', 'The request was rejected because the marker that specifies where pagination should next begin is not valid.');
    from = decoded;
  }
  const grants = (key.grants ?? []).filter(
    (g) => (input.GrantId === undefined || g.grantId === input.GrantId) && (input.GranteePrincipal === undefined || g.granteePrincipal === input.GranteePrincipal),
  );
  const next = from + limit;
  const truncated = next < grants.length;
  const created = new Date(ctx.now.getTime() - 30 * 86_400_000);
  return {
    Grants: grants.slice(from, next).map((g) => ({
      KeyId: keyArn(key, key.accountId ?? ctx.accountId),
      GrantId: g.grantId,
      Name: g.name ?? '',
      CreationDate: created,
      GranteePrincipal: g.granteePrincipal,
      RetiringPrincipal: g.retiringPrincipal,
      IssuingAccount: `${arnHead(ctx.region)}:iam::${key.accountId ?? ctx.accountId}:root`,
      Operations: g.operations,
      Constraints: g.constraints
        ? { EncryptionContextSubset: g.constraints.encryptionContextSubset, EncryptionContextEquals: g.constraints.encryptionContextEquals }
        : undefined,
    })),
    ...(truncated ? { NextMarker: encodeToken(scope, next) } : {}),
    Truncated: truncated,
  };
}
