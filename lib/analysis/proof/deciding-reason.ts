import type { RequestDenial } from '@cloud-copilot/iam-simulate';
import type { PlannedRequest } from '../requests/planned-request';

/** The policy slot that decided a denial, as the fix builder and cause chooser need it. */
export interface DecidingReason {
  /** `route`: no route to S3; `key-state`: a KMS key in a state that refuses the request (neither is a policy). */
  slot: 'identity' | 'boundary' | 'resource' | 'vpce' | 'scp' | 'rcp' | 'route' | 'key-state';
  denialType: 'explicit' | 'implicit';
  /** For identity explicit denies: the policy name the simulator reported. */
  policyName?: string;
  statementIndex?: number;
  statementId?: string;
}

const SLOT: Record<string, DecidingReason['slot'] | undefined> = {
  identity: 'identity',
  pb: 'boundary',
  resource: 'resource',
  vpce: 'vpce',
  scp: 'scp',
  rcp: 'rcp',
};

/**
 * Which denial to name when the simulator lists several. An explicit deny always decides. Among
 * implicit ones the guardrails win (a boundary or endpoint policy that blocks would still block after
 * an identity fix), then a resource policy that must grant (KMS keys, other accounts' buckets).
 * An implicit "resource" reason on a same-account S3 request only means the bucket policy did not
 * also grant, which is normal: the identity gap decides there.
 */
export function pickDecidingReason(req: PlannedRequest, denials: RequestDenial[], sameAccount: boolean): DecidingReason {
  const explicit = denials.find((d) => d.denialType === 'Explicit');
  if (explicit && explicit.denialType === 'Explicit') {
    return {
      slot: SLOT[explicit.policyType] ?? 'identity',
      denialType: 'explicit',
      policyName: explicit.policyIdentifier,
      statementIndex: explicit.statementIndex,
      statementId: explicit.statementId,
    };
  }
  const types = new Set(denials.map((d) => d.policyType));
  if (req.target.kind === 'trust') return { slot: 'resource', denialType: 'implicit' };
  const resourceMatters = req.target.kind === 'kms' || !sameAccount;
  const order: [string, DecidingReason['slot']][] = [
    ['scp', 'scp'],
    ['rcp', 'rcp'],
    ['pb', 'boundary'],
    ['vpce', 'vpce'],
  ];
  for (const [type, slot] of order) if (types.has(type as RequestDenial['policyType'])) return { slot, denialType: 'implicit' };
  if (resourceMatters && (types.has('resource') || !types.has('identity'))) return { slot: 'resource', denialType: 'implicit' };
  return { slot: 'identity', denialType: 'implicit' };
}
