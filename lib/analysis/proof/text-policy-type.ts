import type { RequestDenial } from '@cloud-copilot/iam-simulate';
import type { PolicyType } from '../diagnosis';
import type { EvaluatedCheck } from './evaluated-check';

/** The simulator's policy types (and our deciding slots) that stand for each type AWS names in its message. */
const SIMULATOR_TYPES: Record<PolicyType, RequestDenial['policyType'][]> = {
  identity: ['identity'],
  resource: ['resource'],
  'bucket-policy': ['resource'],
  'key-policy': ['resource'],
  'trust-policy': ['resource'],
  boundary: ['pb'],
  'vpc-endpoint': ['vpce'],
  scp: ['scp'],
  rcp: ['rcp'],
  // The dashboard reads no session policies: nothing it evaluates can agree with one.
  session: [],
};

const SLOT_TYPE: Record<string, RequestDenial['policyType'] | undefined> = {
  identity: 'identity',
  boundary: 'pb',
  resource: 'resource',
  vpce: 'vpce',
  scp: 'scp',
  rcp: 'rcp',
};

/**
 * Does a failing check agree with the policy type AWS named in its message? AWS names one policy type
 * that denied; the check agrees when the simulator also found that type among its denials (several
 * can deny at once) or decided on it. A readable policy set that denies for another reason only
 * means what was read is not what AWS evaluated, so it cannot confirm anything.
 */
export function agreesWithNamedType(ec: EvaluatedCheck, named: PolicyType | undefined): boolean {
  if (!named) return true;
  const wanted = SIMULATOR_TYPES[named];
  const decided = ec.deciding ? SLOT_TYPE[ec.deciding.slot] : undefined;
  return ec.denials.some((d) => wanted.includes(d.policyType)) || (decided !== undefined && wanted.includes(decided));
}
