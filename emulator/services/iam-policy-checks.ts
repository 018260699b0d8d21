/**
 * IAM's checks of a policy document on write, with IAM's codes and wordings: a document that is not
 * JSON, an identity policy naming a principal, a trust policy naming resources, and the size quotas
 * (counted without white space, as IAM counts them).
 */
import { AwsError } from '../errors';

export type PolicyDocumentValue = { Statement: Record<string, unknown>[] | Record<string, unknown> } & Record<string, unknown>;

/** Inline policies of one role, together (IAM's "role policy size"). */
export const ROLE_INLINE_QUOTA = 10_240;
/** One managed policy version. */
export const MANAGED_POLICY_QUOTA = 6_144;
/** A role's trust policy, by default. */
export const TRUST_POLICY_QUOTA = 2_048;

const malformed = (message: string) => new AwsError('MalformedPolicyDocument', message, 400);

/** Parses a document as IAM does; anything that is not a JSON object with statements is a syntax error. */
export function parsePolicyDocument(text: unknown): PolicyDocumentValue {
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(text ?? ''));
  } catch {
    throw malformed('Syntax errors in policy.');
  }
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(parsed)) throw malformed('Syntax errors in policy.');
  const statements = Array.isArray(parsed.Statement) ? parsed.Statement : [parsed.Statement];
  if (parsed.Statement === undefined || !statements.every(isObject)) throw malformed('Syntax errors in policy.');
  for (const statement of statements as Record<string, unknown>[]) {
    if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny') throw malformed('Syntax errors in policy.');
  }
  return parsed as PolicyDocumentValue;
}

export function statementsOf(document: PolicyDocumentValue): Record<string, unknown>[] {
  return Array.isArray(document.Statement) ? document.Statement : [document.Statement];
}

/** Role inline policies and managed policies: no principal, and every statement names resources. */
export function checkIdentityPolicy(text: unknown): PolicyDocumentValue {
  const document = parsePolicyDocument(text);
  for (const statement of statementsOf(document)) {
    if ('Principal' in statement || 'NotPrincipal' in statement) throw malformed('Policy document should not specify a principal.');
    if (!('Resource' in statement) && !('NotResource' in statement)) throw malformed('Policy statement must contain resources.');
  }
  return document;
}

/** Trust policies: principals, never resources. */
export function checkTrustPolicy(text: unknown): PolicyDocumentValue {
  const document = parsePolicyDocument(text);
  for (const statement of statementsOf(document)) {
    if ('Resource' in statement) throw malformed('Has prohibited field Resource');
    if ('NotResource' in statement) throw malformed('Has prohibited field NotResource');
  }
  return document;
}

/** The size IAM charges against a quota: the document without white space outside strings. */
export function policySize(document: unknown): number {
  return JSON.stringify(document).length;
}

export function checkQuota(size: number, quota: number, exceeded: () => string): void {
  if (size > quota) throw new AwsError('LimitExceeded', exceeded(), 409);
}

const POLICY_NAME = /^[\w+=,.@-]{1,128}$/;

export function checkPolicyName(name: unknown): string {
  const text = String(name ?? '');
  if (!POLICY_NAME.test(text)) {
    throw new AwsError(
      'ValidationError',
      `1 validation error detected: Value '${text}' at 'policyName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+`,
    );
  }
  return text;
}
