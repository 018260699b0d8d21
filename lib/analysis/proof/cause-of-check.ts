import type { PermissionCause } from '../diagnosis';
import type { EvaluatedCheck } from './evaluated-check';

/**
 * The cause a failing or unproven check points at. A named deciding policy wins (boundary, endpoint
 * policy, bucket or key policy, trust policy); an identity gap falls back on what the request was for.
 */
export function causeOfCheck(ec: EvaluatedCheck): PermissionCause {
  const t = ec.planned.target;
  switch (ec.deciding?.slot) {
    case 'route':
    case 'vpce':
      return 'vpc';
    case 'boundary':
      return 'boundary';
    case 'scp':
      return 'scp';
    case 'rcp':
      return 'other-permission';
    case 'resource':
      if (t.kind === 's3') return 'bucket-policy';
      break;
    default:
      break;
  }
  switch (t.kind) {
    case 's3':
      return t.direction === 'read' ? 's3-read' : 's3-write';
    case 'kms':
      return 'kms';
    case 'ecr':
      return 'ecr';
    case 'logs':
      return 'cloudwatch-logs';
    case 'ec2':
      return 'vpc';
    case 'trust':
      return 'trust-policy';
    case 'other':
      return 'other-permission';
  }
}
