import type { RequestDenial } from '@cloud-copilot/iam-simulate';
import type { EvidenceBundle, KeyGrant } from '../evidence';
import type { PlannedRequest } from '../requests/planned-request';
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
 * action and that has no encryption-context constraint (which the dashboard cannot check) allows an
 * implicit denial. An explicit deny, a permissions boundary or an endpoint policy still stands.
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
  const grant = key.grants.value.find((g) => isForRole(g, bundle.job.roleArn, req.request.principal) && g.operations.includes(operation) && !g.constraints);
  return grant ? { kind: 'allowed', grant, keyArn: t.keyArn } : { kind: 'none' };
}

export function grantSentence(v: Extract<GrantVerdict, { kind: 'allowed' }>): string {
  const name = v.grant.name ? ` ("${v.grant.name}")` : '';
  return `allowed by grant ${v.grant.grantId}${name} of key ${v.keyArn}, which gives ${v.grant.granteePrincipal} ${v.grant.operations.join(', ')}`;
}
