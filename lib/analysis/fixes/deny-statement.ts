import { roleSessionArn } from '../arns';
import { notPrincipalSpares } from '../proof/not-principal';
import type { Statement } from './statements';

/**
 * Reading a Deny statement as the control it is: what it requires (a VPC endpoint, an encryption
 * key) and whom it is about. The compliant fix and the "never exempt the named principal" rule both
 * rest on these questions, so they are answered in one place.
 */

type Block = Record<string, unknown>;

const NEGATED = /^(StringNotEquals|StringNotLike|ArnNotEquals|ArnNotLike)(IfExists)?$/i;
const PRINCIPAL_TAG = /^aws:PrincipalTag\/./i;
const POSITIVE = /^(StringEquals|StringLike|ArnEquals|ArnLike)(IfExists)?$/i;

/** A policy field (`Action`, a principal list) as the strings it holds: one string, an array of them, or none. */
export function list(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Every (operator, key, values) in the statement's Condition whose key `matches`. */
function testsWhere(statement: Statement, matches: (key: string) => boolean): { op: string; key: string; values: string[] }[] {
  const condition = statement.Condition;
  if (typeof condition !== 'object' || condition === null) return [];
  const out: { op: string; key: string; values: string[] }[] = [];
  for (const [op, block] of Object.entries(condition as Record<string, Block>)) {
    if (typeof block !== 'object' || block === null) continue;
    for (const [k, v] of Object.entries(block)) if (matches(k)) out.push({ op, key: k, values: list(v) });
  }
  return out;
}

/** Every (operator, values) that tests `key` in the statement's Condition (keys are case-insensitive in IAM). */
function tests(statement: Statement, key: string): { op: string; values: string[] }[] {
  return testsWhere(statement, (k) => k.toLowerCase() === key.toLowerCase());
}

/** The values a deny on "anything but these" lets through: `StringNotEquals aws:SourceVpce vpce-1` -> [vpce-1]. */
function allowedValues(statement: Statement, key: string): string[] {
  return tests(statement, key).filter((t) => NEGATED.test(t.op)).flatMap((t) => t.values);
}

/** The VPC endpoints a `Deny ... StringNotEquals aws:SourceVpce` statement lets requests through. */
export function requiredSourceVpces(statement: Statement): string[] {
  return allowedValues(statement, 'aws:SourceVpce').filter((v) => /^vpce-[0-9a-z]+$/i.test(v));
}

/** The VPCs a `Deny ... StringNotEquals aws:SourceVpc` statement lets requests come from. */
export function requiredSourceVpcs(statement: Statement): string[] {
  return allowedValues(statement, 'aws:SourceVpc').filter((v) => /^vpc-[0-9a-z]+$/i.test(v));
}

/**
 * The KMS key a deny requires uploads to name (`s3:x-amz-server-side-encryption-aws-kms-key-id`), or
 * `true` when it requires SSE-KMS without naming a key; undefined when it requires no encryption.
 */
export function requiredKmsKey(statement: Statement): string | true | undefined {
  const key = allowedValues(statement, 's3:x-amz-server-side-encryption-aws-kms-key-id').find((v) => !v.includes('*'));
  if (key) return key;
  const header = 's3:x-amz-server-side-encryption';
  if (allowedValues(statement, header).some((v) => v.startsWith('aws:kms'))) return true;
  // `"Null": { "s3:x-amz-server-side-encryption": "true" }` denies uploads that send no header at all.
  if (tests(statement, header).some((t) => /^Null$/i.test(t.op) && t.values.includes('true'))) return true;
  return undefined;
}

/**
 * The encryption an upload must send for the deny to let it through: SSE-KMS (with the key it
 * names, if any) or SSE-S3 (`StringNotEquals s3:x-amz-server-side-encryption AES256`).
 */
export function requiredUploadEncryption(statement: Statement): { algorithm: 'aws:kms' | 'AES256'; keyId?: string } | undefined {
  const kms = requiredKmsKey(statement);
  if (kms) return kms === true ? { algorithm: 'aws:kms' } : { algorithm: 'aws:kms', keyId: kms };
  if (allowedValues(statement, 's3:x-amz-server-side-encryption').includes('AES256')) return { algorithm: 'AES256' };
  return undefined;
}

/** IAM string matching with `*` and `?`, case-sensitive as ARNs are. */
export function matches(pattern: string, value: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return re.test(value);
}

function principalValues(statement: Statement): string[] {
  const p = statement.Principal;
  if (typeof p === 'string') return [p];
  if (typeof p !== 'object' || p === null) return [];
  return list((p as Block).AWS);
}

/**
 * True when the statement picks principals out (by Principal, or a principal condition) rather than applying to all. A
 * `NotPrincipal` deny picks out a job's role only when it spares one's SageMaker session (notPrincipalRoles): else it denies
 * every training job alike, whatever role it runs as.
 */
export function distinguishesPrincipals(statement: Statement): boolean {
  if (statement.NotPrincipal !== undefined) return notPrincipalRoles(statement).length > 0;
  const principals = principalValues(statement);
  const everyone = statement.Principal === undefined || principals.length === 0 || principals.includes('*');
  if (!everyone) return true;
  const condition = statement.Condition;
  if (typeof condition !== 'object' || condition === null) return false;
  return Object.values(condition as Record<string, Block>).some(
    (block) => typeof block === 'object' && block !== null && Object.keys(block).some((k) => /^aws:(principal|userid|username)/i.test(k)),
  );
}

/**
 * True when the statement names this very role (its ARN, its SageMaker session, or an
 * `aws:PrincipalArn` condition that matches it). Exempting that role would delete the control.
 */
export function namesPrincipal(statement: Statement, roleArn: string): boolean {
  const session = roleSessionArn(roleArn);
  const named = principalValues(statement).some((p) => p !== '*' && (matches(p, roleArn) || matches(p, session)));
  if (named) return true;
  return tests(statement, 'aws:PrincipalArn').some((t) => POSITIVE.test(t.op) && t.values.some((v) => v !== '*' && matches(v, roleArn)));
}

/**
 * Roles the same policy already allows to make these requests: the approved alternative a deny
 * that names this role usually has beside it (`AcmeIngestRoleCanRead`).
 */
export function allowedRoles(statements: Statement[], actions: string[], roleArn: string): string[] {
  const out = new Set<string>();
  for (const s of statements) {
    if (s.Effect !== 'Allow') continue;
    const acts = list(s.Action);
    if (!actions.every((a) => acts.some((p) => matches(p.toLowerCase(), a.toLowerCase())))) continue;
    for (const p of principalValues(s)) if (/^arn:aws[\w-]*:iam::\d{12}:role\//.test(p) && p !== roleArn) out.add(p);
  }
  return [...out];
}

/**
 * The roles a deny on "everyone but these" lets through by name: `StringNotEquals` / `ArnNotEquals`
 * (or `...Like` without a wildcard) on `aws:PrincipalArn`. That is the approved role the policy's
 * owner wrote into the control (`DenyReadsOutsideDataTeam` sparing `role/data-platform-admin`).
 */
export function conditionSparedRoles(statement: Statement): string[] {
  return allowedValues(statement, 'aws:PrincipalArn').filter((v) => /^arn:aws[\w-]*:iam::\d{12}:role\/[^*?]+$/.test(v));
}

/** The role name patterns a deny spares by a negated `aws:PrincipalArn` (`role/ci-*`, of one account or of any, `iam::*:`): roles it names by pattern only. */
export function conditionSparedRolePatterns(statement: Statement): string[] {
  return allowedValues(statement, 'aws:PrincipalArn').filter((v) => /^arn:aws[\w-]*:iam::(\d{12}|\*):role\/.*[*?]/.test(v));
}

/**
 * Whether a request by `roleArn` escapes the deny: its principal is not one the statement covers, or
 * one of its principal conditions is false for that role (a deny applies only when all hold). Only the
 * principal of the request is varied, so conditions on other keys are taken to hold.
 */
export function escapesDeny(statement: Statement, roleArn: string): boolean {
  const np = statement.NotPrincipal;
  if (np !== undefined) return notPrincipalRoles(statement).includes(roleArn);
  if (!distinguishesPrincipals(statement)) return false;
  const principals = principalValues(statement);
  const everyone = statement.Principal === undefined || principals.length === 0 || principals.includes('*');
  if (!everyone && !namesPrincipalValue(principals, roleArn)) return true;
  const keyTests = tests(statement, 'aws:PrincipalArn');
  const negatedSpares = keyTests.some((t) => NEGATED.test(t.op) && t.values.some((v) => matches(v, roleArn)));
  const positiveMisses = keyTests.some((t) => POSITIVE.test(t.op) && !t.values.some((v) => matches(v, roleArn)));
  return negatedSpares || positiveMisses;
}

function namesPrincipalValue(principals: string[], roleArn: string): boolean {
  const [, partition = 'aws', , , account = ''] = roleArn.split(':');
  const session = roleSessionArn(roleArn);
  return principals.some((p) => p !== '*' && (matches(p, roleArn) || matches(p, session) || p === account || p === `arn:${partition}:iam::${account}:root`));
}

/**
 * The tags a deny on "every principal but those tagged so" lets through: `StringNotEquals
 * aws:PrincipalTag/team fraud` -> [{ key: 'team', values: ['fraud'] }]. Who carries the tag is the
 * approved set (attribute-based access); which role that is, the evidence cannot say.
 */
export function sparedPrincipalTags(statement: Statement): { key: string; values: string[] }[] {
  return testsWhere(statement, (k) => PRINCIPAL_TAG.test(k))
    .filter((t) => NEGATED.test(t.op))
    .map((t) => ({ key: t.key.slice('aws:PrincipalTag/'.length), values: t.values }));
}

/**
 * The role IDs a deny on "every caller but these" lets through by `aws:userid` (`StringNotLike aws:userid AROA…:*`, the
 * AWS Security Blog's way to keep a bucket to chosen roles): a role's sessions carry `<RoleId>:<session>`. The ID names
 * the approved role without its name; IAM's role listing maps one to the other.
 */
export function sparedRoleIds(statement: Statement): string[] {
  const ids = allowedValues(statement, 'aws:userid').map((v) => /^(AROA[A-Z0-9]+):/.exec(v)?.[1]);
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}

/**
 * The roles a `Deny` with `NotPrincipal` spares when a training job runs as them. AWS checks every link of the caller's chain
 * (proof/not-principal.ts): the account, the role, and the session SageMaker opens, which it names `SageMaker`
 * (`assumed-role/<role>/SageMaker`). A role listed without that session, or without its account, is still denied as a job's
 * role: the IAM guide's own example spares one named session, which no training job runs as.
 */
export function notPrincipalRoles(statement: Statement): string[] {
  const np = statement.NotPrincipal;
  const values = typeof np === 'object' && np !== null ? list((np as Block).AWS) : [];
  return values.filter((p) => {
    const m = /^arn:(aws[\w-]*):iam::(\d{12}):role\/(?:[^/]*\/)*([^/]+)$/.exec(p);
    // A role's own boundary is not known here: the deny is judged as it spares the role's job session alone.
    return m !== null && notPrincipalSpares(np, { principal: `arn:${m[1]}:sts::${m[2]}:assumed-role/${m[3]}/SageMaker`, roleArn: p, hasBoundary: false });
  });
}
