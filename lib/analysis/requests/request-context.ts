import { accountOfArn } from '../arns';
import type { EvidenceBundle } from '../evidence';
import { partitionOf } from '../partition';
import type { S3Path } from './network-path';
import type { PlannedRequest } from './planned-request';

/**
 * Context keys every request of the role carries (for aws:PrincipalArn conditions and narrowed
 * denies), with the role's tags as `aws:PrincipalTag/<key>`: a deny that spares tagged roles
 * ("StringNotEquals aws:PrincipalTag/team") must not be judged to cover a role that has the tag.
 */
export function baseContext(bundle: EvidenceBundle): Record<string, string> {
  const tags = bundle.role.ok ? (bundle.role.value.tags ?? {}) : {};
  return {
    ...Object.fromEntries(Object.entries(tags).map(([key, value]) => [`aws:PrincipalTag/${key}`, value])),
    'aws:PrincipalArn': bundle.job.roleArn,
    'aws:PrincipalAccount': accountOfArn(bundle.job.roleArn) ?? bundle.accountId,
  };
}

/**
 * The context of SageMaker's own use of a KMS key for the job: a grant for the training volume is only for AWS resources
 * (`kms:GrantIsForAWSResource`); a key used for the job's S3 data is used through S3 (`kms:ViaService`).
 */
export function keyUseContext(bundle: EvidenceBundle, use: 'volume' | 's3'): Record<string, string> {
  const caller = { 'kms:CallerAccount': accountOfArn(bundle.job.roleArn) ?? bundle.accountId };
  return use === 'volume' ? { ...caller, 'kms:GrantIsForAWSResource': 'true' } : { ...caller, 'kms:ViaService': `s3.${bundle.region}.${partitionOf(bundle.region).dnsSuffix}` };
}

export function networkContext(path: S3Path): Record<string, string> {
  return path.kind === 'endpoint' ? { 'aws:SourceVpce': path.endpointId, 'aws:SourceVpc': path.vpcId } : {};
}

/** The bucket's owner; undefined when S3 only said "another account" (405). */
export function bucketOwner(bundle: EvidenceBundle, bucket: string): string | undefined {
  const evidence = bundle.buckets[bucket] as ({ ownerAccountId?: string } & object) | undefined;
  if (evidence?.ownerAccountId) return evidence.ownerAccountId;
  const policy = bundle.buckets[bucket]?.policy;
  // A 405 on GetBucketPolicy says "another account" without saying which.
  if (policy && !policy.ok && policy.missing.kind === 'cross-account') return undefined;
  return bundle.accountId;
}

/** A KMS request S3 makes for the role (its context says `kms:ViaService` s3.…), not one the training code makes itself. */
export function usesKeyThroughS3(req: PlannedRequest): boolean {
  return req.target.kind === 'kms' && String(req.request.context?.['kms:ViaService'] ?? '').startsWith('s3.');
}

/**
 * Keys AWS sets on every request of the job whose values follow from what it is, added only for
 * simulation (the checklist shows the context a policy author chose to reason about): the role's
 * sessions call over TLS (the SDKs and SageMaker use HTTPS endpoints), as an assumed role, in the
 * job's region, on a resource of a known account. Without them a guard such as
 * "Deny when aws:SecureTransport is false (IfExists)" or "Deny unless aws:ResourceAccount is ours"
 * would seem to apply to every request.
 */
export function impliedContext(bundle: EvidenceBundle, req: PlannedRequest): Record<string, string | string[]> {
  const session = /:assumed-role\//.test(req.request.principal);
  const userid = sessionUserId(bundle, req.request.principal);
  // S3 calls KMS for the role with a forward access session: aws:ViaAWSService is true and aws:CalledVia* name S3 (IAM
  // User Guide, "Forward access sessions", whose own example this is).
  const viaS3 = usesKeyThroughS3(req);
  return {
    ...(viaS3 ? { 'aws:ViaAWSService': 'true', 'aws:CalledVia': ['s3.amazonaws.com'], 'aws:CalledViaFirst': 's3.amazonaws.com', 'aws:CalledViaLast': 's3.amazonaws.com' } : {}),
    'aws:SecureTransport': 'true',
    'aws:RequestedRegion': bundle.region,
    ...(session ? { 'aws:PrincipalType': 'AssumedRole', 'aws:PrincipalIsAWSService': 'false' } : {}),
    ...(userid ? { 'aws:userid': userid } : {}),
    ...resourceAliases(bundle, req),
    ...keyProperties(bundle, req),
    ...(isS3Request(req) ? { 's3:signatureversion': 'AWS4-HMAC-SHA256' } : {}),
    ...(req.resourceAccountId && req.target.kind !== 'trust' ? { 'aws:ResourceAccount': req.resourceAccountId } : {}),
    ...(req.resourceAccountId && req.target.kind === 's3' ? { 's3:ResourceAccount': req.resourceAccountId } : {}),
  };
}

/**
 * `aws:userid` of a session of the job's role: `<RoleId>:<session name>` (IAM User Guide, "AWS global condition context
 * keys"), known once GetRole gave the RoleId. For any other principal, or a role read without it, the key stays unseen.
 */
function sessionUserId(bundle: EvidenceBundle, principal: string): string | undefined {
  const m = /^arn:[\w-]+:sts::\d{12}:assumed-role\/([^/]+)\/(.+)$/.exec(principal);
  if (!m || !bundle.role.ok || !bundle.role.value.id || bundle.role.value.name !== m[1]) return undefined;
  return `${bundle.role.value.id}:${m[2]}`;
}

/**
 * `kms:ResourceAliases` of a KMS request: the key's aliases (KMS Developer Guide, "Use aliases to control access to KMS
 * keys"), known once ListAliases was read for the key; an empty list when it has none. Unread, the key stays unseen.
 */
function resourceAliases(bundle: EvidenceBundle, req: PlannedRequest): Record<string, string[]> {
  if (req.target.kind !== 'kms') return {};
  const aliases = bundle.keys[req.target.keyRef]?.aliases;
  return aliases?.ok ? { 'kms:ResourceAliases': aliases.value } : {};
}

function isS3Request(req: PlannedRequest): boolean {
  return /^s3(express)?:/i.test(req.request.action);
}

/** KMS's cryptographic operations, which kms:EncryptionAlgorithm governs. */
export const CRYPTOGRAPHIC = /^kms:(Decrypt|Encrypt|GenerateDataKey\w*|ReEncrypt\w*)$/i;

/**
 * What KMS knows of the key and the request (KMS Developer Guide, "AWS KMS condition keys"): the key's Origin, KeySpec,
 * KeyUsage and MultiRegion as DescribeKey read them (unread, the keys stay unseen); the names of the encryption context's
 * keys (`kms:EncryptionContextKeys`, `aws:s3:arn` for S3's requests); and the algorithm, SYMMETRIC_DEFAULT for a symmetric
 * key's cryptographic operations even when the request does not name it ("This type of condition works even when the
 * parameter doesn't appear in the request"). S3, SageMaker's volumes and its output use symmetric keys only.
 */
function keyProperties(bundle: EvidenceBundle, req: PlannedRequest): Record<string, string | string[]> {
  if (req.target.kind !== 'kms') return {};
  const m = bundle.keys[req.target.keyRef]?.metadata;
  const meta = m?.ok ? m.value : undefined;
  const contextKeys = Object.keys(req.request.context ?? {}).flatMap((k) => (/^kms:EncryptionContext:/i.test(k) ? [k.slice('kms:EncryptionContext:'.length)] : []));
  return {
    ...(meta?.origin ? { 'kms:KeyOrigin': meta.origin } : {}),
    ...(meta?.keySpec ? { 'kms:KeySpec': meta.keySpec } : {}),
    ...(meta?.keyUsage ? { 'kms:KeyUsage': meta.keyUsage } : {}),
    ...(meta?.multiRegion !== undefined ? { 'kms:MultiRegion': String(meta.multiRegion) } : {}),
    ...(contextKeys.length ? { 'kms:EncryptionContextKeys': contextKeys } : {}),
    ...(CRYPTOGRAPHIC.test(req.request.action) && (meta?.keySpec ?? 'SYMMETRIC_DEFAULT') === 'SYMMETRIC_DEFAULT' ? { 'kms:EncryptionAlgorithm': 'SYMMETRIC_DEFAULT' } : {}),
  };
}

/** The request as the simulator sees it: its own context over the implied one. */
export function withImpliedContext(bundle: EvidenceBundle, req: PlannedRequest): PlannedRequest {
  return { ...req, request: { ...req.request, context: { ...impliedContext(bundle, req), ...(req.request.context ?? {}) } } };
}
