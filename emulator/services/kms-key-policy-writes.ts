/**
 * KMS PutKeyPolicy, with KMS's lockout safety check: a new key policy that would not let the caller
 * call PutKeyPolicy again is refused (MalformedPolicyDocumentException) unless the request sets
 * BypassPolicyLockoutSafetyCheck. Kept apart from kms.ts (the reads) so the two grow independently.
 */
import { AwsError } from '../errors';
import { matchesGlob } from '../faults/denials';
import { roleArnOfSession } from '../identity';
import type { ScenarioKey } from '../scenario/schema';
import type { CallContext, Operation, Params } from '../types';
import { deniedMessage } from './fault-errors';
import { arnHead } from '../partition';

interface KeyRef {
  region: string;
  accountId: string;
  keyId?: string;
  alias?: string;
}

/** The key lookups kms.ts already has, handed in rather than duplicated. */
export interface KeyLookups {
  parseKeyId: (ctx: CallContext, raw: unknown) => KeyRef;
  resolveKey: (ctx: CallContext, ref: KeyRef) => ScenarioKey;
  keyResource: (ctx: CallContext, input: Params) => string;
}

/** KMS's quota for a key policy document. */
export const KEY_POLICY_QUOTA = 32_768;

const malformed = (message: string) => new AwsError('MalformedPolicyDocumentException', message);
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
type Statement = Record<string, unknown>;
const isObject = (value: unknown): value is Statement => typeof value === 'object' && value !== null && !Array.isArray(value);

function parseKeyPolicy(text: string): ScenarioKey['policy'] {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    // The emulator's wordings (here and below): no public source quotes KMS's messages for these.
    throw malformed('The key policy is not valid JSON.');
  }
  const doc = document as Record<string, unknown> | null;
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || doc.Statement === undefined) {
    throw malformed('The key policy has no Statement.');
  }
  if (!asList(doc.Statement).every(isObject)) throw malformed('Every statement of the key policy must be an object.');
  return doc as ScenarioKey['policy'];
}

function namesCaller(principal: unknown, callerArns: string[], accountRoot: string, accountId: string): boolean {
  if (principal === '*') return true;
  const aws = typeof principal === 'object' && principal !== null ? (principal as Record<string, unknown>).AWS : undefined;
  // The account (root ARN or bare id) delegates to IAM, where the demo admin is allowed everything.
  return asList(aws).some((p) => p === '*' || p === accountRoot || p === accountId || callerArns.includes(String(p)));
}

function coversPutKeyPolicy(statement: Statement): boolean {
  if (statement.NotAction !== undefined) return !asList(statement.NotAction).some((a) => matchesGlob(String(a), 'kms:PutKeyPolicy'));
  return asList(statement.Action).some((a) => matchesGlob(String(a), 'kms:PutKeyPolicy'));
}

/**
 * Would this policy still let the caller change it? A statement counts only without conditions: the
 * check has no request context to evaluate them in, so a conditional grant is not relied on.
 */
export function allowsFuturePutKeyPolicy(policy: ScenarioKey['policy'], principalArn: string, accountId: string): boolean {
  const callers = [principalArn, roleArnOfSession(principalArn)];
  // The account's root in the caller's own partition.
  const root = `arn:${principalArn.split(':')[1] || 'aws'}:iam::${accountId}:root`;
  const applies = (s: Statement) =>
    s.Condition === undefined && coversPutKeyPolicy(s) && s.NotPrincipal === undefined && namesCaller(s.Principal, callers, root, accountId);
  const statements = asList(policy.Statement) as Statement[];
  if (statements.some((s) => s.Effect === 'Deny' && applies(s))) return false;
  return statements.some((s) => s.Effect === 'Allow' && applies(s));
}

export function kmsKeyPolicyWriteOperations({ parseKeyId, resolveKey, keyResource }: KeyLookups): Record<string, Operation> {
  return {
    PutKeyPolicy: {
      action: 'kms:PutKeyPolicy',
      resource: keyResource,
      write: true,
      handle: (ctx, input) => {
        const ref = parseKeyId(ctx, input.KeyId);
        if (ref.alias) throw new AwsError('NotFoundException', `Invalid keyId '${String(input.KeyId)}'`);
        if (ref.accountId !== ctx.accountId) {
          // PutKeyPolicy is not a cross-account operation, like GetKeyPolicy.
          const arn = `${arnHead(ref.region)}:kms:${ref.region}:${ref.accountId}:key/${ref.keyId ?? ''}`;
          throw new AwsError('AccessDeniedException', deniedMessage(ctx.principalArn, 'kms:PutKeyPolicy', arn).replace('no identity-based policy', 'no resource-based policy'));
        }
        const key = resolveKey(ctx, ref);
        const name = typeof input.PolicyName === 'string' ? input.PolicyName : 'default';
        if (name !== 'default') throw new AwsError('NotFoundException', `No such policy exists: ${name}`);
        const arn = `${arnHead(key.region)}:kms:${key.region}:${ctx.accountId}:key/${key.keyId}`;
        if (key.keyState === 'PendingDeletion') throw new AwsError('KMSInvalidStateException', `${arn} is pending deletion.`);
        const text = String(input.Policy ?? '');
        if (text.length > KEY_POLICY_QUOTA) throw new AwsError('LimitExceededException', `The key policy exceeds ${KEY_POLICY_QUOTA} characters.`);
        const policy = parseKeyPolicy(text);
        if (input.BypassPolicyLockoutSafetyCheck !== true && !allowsFuturePutKeyPolicy(policy, ctx.principalArn, ctx.accountId)) {
          throw malformed('The new key policy will not allow you to update the key policy in the future.');
        }
        key.policy = policy;
        return {};
      },
    },
  };
}
