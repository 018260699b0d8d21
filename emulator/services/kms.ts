/**
 * KMS (awsJson1_1, `TrentService.<Op>`): DescribeKey by id, key ARN, alias or alias ARN (and across
 * accounts given an ARN); GetKeyPolicy only for the caller's own keys; ListGrants (see kms-grants.ts);
 * ListAliases (see kms-aliases.ts).
 */
import { AwsError } from '../errors';
import { awsJsonProtocol } from '../protocols/aws-json';
import type { ScenarioKey } from '../scenario/schema';
import type { CallContext, Params, ServiceDef } from '../types';
import { deniedMessage, jsonFaultErrors } from './fault-errors';
import { kmsKeyPolicyWriteOperations } from './kms-key-policy-writes';
import { listAliases } from './kms-aliases';
import { listGrants } from './kms-grants';
import { arnHead } from '../partition';

export interface KeyRef {
  region: string;
  accountId: string;
  keyId?: string;
  alias?: string;
}

const KEY_ARN = /^arn:aws[\w-]*:kms:([a-z0-9-]+):(\d{12}):key\/(.+)$/;
const ALIAS_ARN = /^arn:aws[\w-]*:kms:([a-z0-9-]+):(\d{12}):(alias\/.+)$/;

export function parseKeyId(ctx: CallContext, raw: unknown): KeyRef {
  const text = String(raw ?? '');
  const keyArn = KEY_ARN.exec(text);
  if (keyArn) return { region: keyArn[1] ?? '', accountId: keyArn[2] ?? '', keyId: keyArn[3] };
  const aliasArn = ALIAS_ARN.exec(text);
  if (aliasArn) return { region: aliasArn[1] ?? '', accountId: aliasArn[2] ?? '', alias: aliasArn[3] };
  if (text.startsWith('alias/')) return { region: ctx.region, accountId: ctx.accountId, alias: text };
  return { region: ctx.region, accountId: ctx.accountId, keyId: text };
}

export function keyArn(key: Pick<ScenarioKey, 'region' | 'keyId'>, accountId: string): string {
  return `${arnHead(key.region)}:kms:${key.region}:${accountId}:key/${key.keyId}`;
}

export function resolveKey(ctx: CallContext, ref: KeyRef): ScenarioKey {
  const owner = (key: ScenarioKey) => key.accountId ?? ctx.accountId;
  const key = ctx.scenario.kmsKeys.find(
    (k) =>
      k.region === ref.region &&
      owner(k) === ref.accountId &&
      (ref.keyId ? k.keyId === ref.keyId : ref.alias !== undefined && k.aliases.includes(ref.alias)),
  );
  if (key) return key;
  if (ref.alias) {
    throw new AwsError('NotFoundException', `Alias '${arnHead(ref.region)}:kms:${ref.region}:${ref.accountId}:${ref.alias}' is not found.`);
  }
  throw new AwsError('NotFoundException', `Key '${arnHead(ref.region)}:kms:${ref.region}:${ref.accountId}:key/${ref.keyId ?? ''}' does not exist`);
}

function describeKey(ctx: CallContext, input: Params) {
  const key = resolveKey(ctx, parseKeyId(ctx, input.KeyId));
  const accountId = key.accountId ?? ctx.accountId;
  return {
    KeyMetadata: {
      AWSAccountId: accountId,
      KeyId: key.keyId,
      Arn: keyArn(key, accountId),
      CreationDate: new Date(ctx.now.getTime() - 300 * 86_400_000),
      Enabled: key.keyState === 'Enabled',
      Description: key.description,
      KeyUsage: 'ENCRYPT_DECRYPT',
      KeyState: key.keyState,
      Origin: 'AWS_KMS',
      KeyManager: key.keyManager,
      CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
      KeySpec: 'SYMMETRIC_DEFAULT',
      EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
      MultiRegion: false,
    },
  };
}

function getKeyPolicy(ctx: CallContext, input: Params) {
  const ref = parseKeyId(ctx, input.KeyId);
  if (ref.alias) throw new AwsError('NotFoundException', `Invalid keyId '${String(input.KeyId)}'`);
  if (ref.accountId !== ctx.accountId) {
    // GetKeyPolicy is not a cross-account operation: a key ARN of another account is refused.
    const arn = `${arnHead(ref.region)}:kms:${ref.region}:${ref.accountId}:key/${ref.keyId ?? ''}`;
    throw new AwsError(
      'AccessDeniedException',
      deniedMessage(ctx.principalArn, 'kms:GetKeyPolicy', arn).replace('no identity-based policy', 'no resource-based policy'),
    );
  }
  const key = resolveKey(ctx, ref);
  const name = typeof input.PolicyName === 'string' ? input.PolicyName : 'default';
  if (name !== 'default') throw new AwsError('NotFoundException', `No such policy exists: ${name}`);
  return { Policy: JSON.stringify(key.policy, null, 2), PolicyName: 'default' };
}

/** The ARN a denial names: the key's, or the alias's when called by alias. */
function keyResource(ctx: CallContext, input: Params): string {
  const ref = parseKeyId(ctx, input.KeyId);
  return `${arnHead(ref.region)}:kms:${ref.region}:${ref.accountId}:${ref.alias ?? `key/${ref.keyId ?? ''}`}`;
}

export const kmsService: ServiceDef = {
  signingName: 'kms',
  protocol: awsJsonProtocol('TrentService'),
  errors: jsonFaultErrors(),
  operations: {
    DescribeKey: { action: 'kms:DescribeKey', resource: keyResource, handle: describeKey },
    GetKeyPolicy: { action: 'kms:GetKeyPolicy', resource: keyResource, handle: getKeyPolicy },
    ...kmsKeyPolicyWriteOperations({ parseKeyId, resolveKey, keyResource }),
    ListGrants: { action: 'kms:ListGrants', resource: keyResource, handle: listGrants },
    // kms:ListAliases has no resource type: IAM evaluates it against `*`.
    ListAliases: { action: 'kms:ListAliases', resource: () => '*', handle: listAliases },
  },
};
