/**
 * KMS ListAliases, as AWS answers it: the caller's account and region only (`kms:ListAliases` has no
 * resource: the IAM action takes `*`), optionally for one `KeyId` (key id or key ARN of that
 * account; an alias is refused), paginated with `Limit` (1-100, default 50), `NextMarker` and
 * `Truncated`. Every scenario alias is customer-made; the scenario holds no AWS managed key aliases.
 */
import { AwsError } from '../errors';
import type { CallContext, Params } from '../types';
import { parseKeyId, resolveKey } from './kms';
import { decodeToken, encodeToken } from './paging';
import { arnHead } from '../partition';

function limitOf(input: Params): number {
  if (input.Limit === undefined) return 50;
  const limit = Number(input.Limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw new AwsError('ValidationException', `1 validation error detected: Value '${String(input.Limit)}' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100`);
  }
  return limit;
}

export function listAliases(ctx: CallContext, input: Params) {
  const own = (k: { accountId?: string; region: string }) => (k.accountId ?? ctx.accountId) === ctx.accountId && k.region === ctx.region;
  let keys = ctx.scenario.kmsKeys.filter(own);
  if (input.KeyId !== undefined) {
    const ref = parseKeyId(ctx, input.KeyId);
    if (ref.alias) throw new AwsError('InvalidArnException', `Invalid keyId '${String(input.KeyId)}'`);
    if (ref.accountId !== ctx.accountId || ref.region !== ctx.region) throw new AwsError('NotFoundException', `Key '${String(input.KeyId)}' does not exist`);
    keys = [resolveKey(ctx, ref)];
  }
  const aliases = keys.flatMap((k) => k.aliases.map((name) => ({ name, key: k })));
  const limit = limitOf(input);
  const scope = `kms:ListAliases:${ctx.accountId}:${ctx.region}:${String(input.KeyId ?? '')}`;
  let from = 0;
  if (typeof input.Marker === 'string') {
    const decoded = decodeToken(scope, input.Marker);
    if (decoded === undefined) throw new AwsError('InvalidMarkerException', 'The request was rejected because the marker that specifies where pagination should next begin is not valid.');
    from = decoded;
  }
  const next = from + limit;
  const truncated = next < aliases.length;
  const created = new Date(ctx.now.getTime() - 300 * 86_400_000);
  return {
    Aliases: aliases.slice(from, next).map(({ name, key }) => ({
      AliasName: name,
      AliasArn: `${arnHead(ctx.region)}:kms:${ctx.region}:${ctx.accountId}:${name}`,
      TargetKeyId: key.keyId,
      CreationDate: created,
      LastUpdatedDate: created,
    })),
    ...(truncated ? { NextMarker: encodeToken(scope, next) } : {}),
    Truncated: truncated,
  };
}
