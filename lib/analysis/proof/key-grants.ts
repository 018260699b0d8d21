import type { RequestDenial } from '@cloud-copilot/iam-simulate';
import type { EvidenceBundle, KeyGrant } from '../evidence';
import type { PlannedRequest } from '../requests/planned-request';
import { usesKeyThroughS3 } from '../requests/request-context';
import { describeMissing, type MissingPiece } from './policy-inputs';

export type GrantVerdict =
  /** A grant for the role covers the action: KMS allows it whatever the key policy says. */
  | { kind: 'allowed'; grant: KeyGrant; keyArn: string }
  /** The grants could not be read: a grant may allow what the key policy does not. */
  | { kind: 'unread'; piece: MissingPiece }
  | { kind: 'none' };

function isForRole(grant: KeyGrant, roleArn: string, session: string): boolean {
  return grant.granteePrincipal === roleArn || grant.granteePrincipal === session;
}

/**
 * Does a key grant decide this KMS request? A grant is an allow beside the key policy (KMS
 * developer guide, "Grants in AWS KMS"): one whose grantee is the role, whose operations include the
 * action and that has no encryption-context constraint allows an implicit denial; one whose
 * constraint could match the request's context (which the dashboard does not see) leaves the denial
 * unproven. An explicit deny, a permissions boundary or an endpoint policy still stands.
 */
export function grantVerdict(bundle: EvidenceBundle, req: PlannedRequest, denials: RequestDenial[]): GrantVerdict {
  const t = req.target;
  if (t.kind !== 'kms') return { kind: 'none' };
  if (denials.some((d) => d.denialType === 'Explicit' || d.policyType === 'pb' || d.policyType === 'vpce' || d.policyType === 'scp' || d.policyType === 'rcp')) return { kind: 'none' };
  const key = bundle.keys[t.keyRef];
  const what = `the grants of key ${t.keyArn}`;
  if (!key?.grants) return { kind: 'unread', piece: { slot: 'resource', what, because: 'the key\u2019s grants were not part of the collected evidence' } };
  if (!key.grants.ok) return { kind: 'unread', piece: describeMissing('resource', what, key.grants.missing) };
  const operation = req.request.action.replace(/^kms:/i, '');
  const covering = key.grants.value.filter((g) => isForRole(g, bundle.job.roleArn, req.request.principal) && g.operations.includes(operation));
  const grant = covering.find((g) => !g.constraints);
  if (grant) return { kind: 'allowed', grant, keyArn: t.keyArn };
  // A constrained grant allows only requests whose encryption context matches. Through S3 the context is the object's ARN, or
  // the bucket's with a bucket key, under the one key aws:s3:arn (S3 user guide, "Encryption context"): a constraint on any
  // other key never matches there. One on aws:s3:arn may, which is not seen here, so the key policy's denial is not proven.
  // Through S3 only when the request says so (kms:ViaService): a quoted call of the training code's own may send any context.
  const viaS3 = usesKeyThroughS3(req);
  const constrained = covering.find((g) => !viaS3 || couldMatchS3(g, t.bucket));
  if (!constrained) return { kind: 'none' };
  const context = JSON.stringify(constrained.constraints?.encryptionContextEquals ?? constrained.constraints?.encryptionContextSubset ?? {});
  return {
    kind: 'unread',
    piece: {
      slot: 'context',
      what: `whether grant ${constrained.grantId} of key ${t.keyArn} applies to the job's request`,
      because: `the grant gives ${constrained.granteePrincipal} ${operation} only for the encryption context ${context}, and the dashboard cannot see the context of the request`,
    },
  };
}

/**
 * Whether a grant's constraint could match S3's context for the job's objects: only the key aws:s3:arn, whose value is the
 * bucket's ARN or an object's under it (constraints compare exactly, no wildcards). Another bucket's never matches.
 */
function couldMatchS3(grant: KeyGrant, bucket: string | undefined): boolean {
  const pairs = [...Object.entries(grant.constraints?.encryptionContextEquals ?? {}), ...Object.entries(grant.constraints?.encryptionContextSubset ?? {})];
  // The bucket's ARN or an object's under it, in whichever partition S3 wrote it.
  const ofBucket = (v: string) => bucket === undefined || /^arn:aws[\w-]*:s3:::([^/]+)/.exec(v)?.[1] === bucket;
  return pairs.every(([k, v]) => k === 'aws:s3:arn' && ofBucket(String(v)));
}

export function grantSentence(v: Extract<GrantVerdict, { kind: 'allowed' }>): string {
  const name = v.grant.name ? ` ("${v.grant.name}")` : '';
  return `allowed by grant ${v.grant.grantId}${name} of key ${v.keyArn}, which gives ${v.grant.granteePrincipal} ${v.grant.operations.join(', ')}`;
}
