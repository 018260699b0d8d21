import type { Missing, NamedPolicy, Piece, PolicyDocument } from '../evidence';

/** Small builders so test bundles read like the policies they describe. */
export type Statement = Record<string, unknown>;

export function doc(...statements: Statement[]): PolicyDocument {
  return { Version: '2012-10-17', Statement: statements };
}

export function allow(action: string | string[], resource: string | string[], extra: Statement = {}): Statement {
  return { Effect: 'Allow', Action: action, Resource: resource, ...extra };
}

export function deny(action: string | string[], resource: string | string[], extra: Statement = {}): Statement {
  return { Effect: 'Deny', Action: action, Resource: resource, ...extra };
}

export function ok<T>(value: T): Piece<T> {
  return { ok: true, value };
}

export function absent<T>(kind: Missing['kind'], action: string, message = `${kind} (test)`): Piece<T> {
  return { ok: false, missing: { kind, action, message } };
}

export function inline(name: string, document: PolicyDocument): NamedPolicy {
  return { kind: 'inline', name, document: ok(document) };
}

export function managed(name: string, document: PolicyDocument, account = '111122223333'): NamedPolicy {
  return { kind: 'managed', name, arn: `arn:aws:iam::${account}:policy/${name}`, versionId: 'v1', document: ok(document) };
}

export const SAGEMAKER_TRUST = doc({ Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' }, Action: 'sts:AssumeRole' });
