import type { Cause, DeniedRequest, PolicyType, Stage } from '../diagnosis';

// A named policy type decides the cause outright (issue 3, precedence); the others (identity, a
// resource policy of another service) leave it to the action's direction. A resource control
// policy or a session policy is neither the role's nor the bucket's to fix: never s3-read/s3-write.
const CAUSE_OF_POLICY: Partial<Record<PolicyType, Cause>> = {
  boundary: 'boundary',
  scp: 'scp',
  rcp: 'other-permission',
  session: 'other-permission',
  'vpc-endpoint': 'vpc',
  'bucket-policy': 'bucket-policy',
  'key-policy': 'kms',
  'trust-policy': 'trust-policy',
};

const S3_READ = /^s3:(?:Get|List|Head)/i;
const S3_WRITE = /^s3:(?:Put|AbortMultipartUpload|Delete|Restore|CreateMultipartUpload|ListMultipartUploadParts)/i;

/** The cause an AWS action points at, or undefined for an action outside the job's known needs. */
export function causeOfAction(action: string): Cause | undefined {
  const lower = action.toLowerCase();
  // ListMultipartUploadParts is an upload step despite its "List".
  if (S3_WRITE.test(action)) return 's3-write';
  if (S3_READ.test(action)) return 's3-read';
  if (lower.startsWith('kms:')) return 'kms';
  if (lower.startsWith('ecr:')) return 'ecr';
  if (lower.startsWith('logs:')) return 'cloudwatch-logs';
  if (lower.startsWith('sts:assumerole') || lower === 'iam:passrole') return 'trust-policy';
  return undefined;
}

/** The cause a stage's denial points at when the message names no action ("Access Denied"). */
export function causeOfStage(stage: Stage | undefined): Cause {
  switch (stage) {
    case 'input':
      return 's3-read';
    case 'output':
    case 'checkpoints':
      return 's3-write';
    case 'image':
      return 'ecr';
    case 'logs':
      return 'cloudwatch-logs';
    case 'assume-role':
      return 'trust-policy';
    case 'volume':
      return 'kms';
    default:
      return 'other-permission';
  }
}

/** The stage an action belongs to; S3 writes under a checkpoint prefix are the checkpoint stage. */
export function stageOfAction(action: string, resource?: string): Stage | undefined {
  const cause = causeOfAction(action);
  if (cause === 's3-read') return 'input';
  if (cause === 's3-write') return resource && /checkpoint/i.test(resource) ? 'checkpoints' : 'output';
  if (cause === 'ecr') return 'image';
  if (cause === 'cloudwatch-logs') return 'logs';
  if (cause === 'trust-policy') return 'assume-role';
  if (action.toLowerCase().startsWith('ec2:')) return 'network';
  if (action.toLowerCase() === 'kms:creategrant') return 'volume';
  return undefined;
}

/** The cause a named policy type decides on its own, or undefined when the action must decide. */
export function causeOfPolicyType(policyType: PolicyType | undefined): Cause | undefined {
  return policyType ? CAUSE_OF_POLICY[policyType] : undefined;
}

/** The cause of a quoted denial: the named policy type first, then the action, then the stage. */
export function causeOfDenial(denied: DeniedRequest, stage?: Stage): Cause {
  const byPolicy = denied.policyType ? CAUSE_OF_POLICY[denied.policyType] : undefined;
  if (byPolicy) return byPolicy;
  if (denied.action) return causeOfAction(denied.action) ?? 'other-permission';
  return causeOfStage(stage);
}
