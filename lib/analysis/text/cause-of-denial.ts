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

// Writing a bucket's own configuration (s3:PutBucketPolicy, s3:DeleteBucketPolicy) is an administrator's
// change, not the job's output. (Reading it, s3:GetBucketAcl or GetBucketLocation, stays a read the
// job's client makes before its data: round 11.)
// S3 Object Lambda's access points answer the same object calls under their own prefix ("s3-object-lambda:GetObject", the
// hundred-and-eighth review).
const S3_READ = /^s3(?:-object-lambda)?:(?:Get|List|Head)/i;
const S3_WRITE = /^s3(?:-object-lambda)?:(?:Put(?!Bucket)|AbortMultipartUpload|Delete(?!Bucket)|Restore|CreateMultipartUpload|ListMultipartUploadParts)/i;
// S3 Express One Zone authorizes every object call of a directory bucket by one session (s3express:CreateSession, read-write
// by default): the action says S3 but not which way, so the stage that was refused says it.
const S3_SESSION = /^s3express:CreateSession$/i;
const VPC_ACTION = /^ec2:(?:(?:Create|Delete)NetworkInterface(?:Permission)?|Describe(?:NetworkInterfaces|Vpcs|Subnets|SecurityGroups|DhcpOptions|VpcEndpoints|RouteTables))$/i;

/** The cause an AWS action points at, or undefined for an action outside the job's known needs. */
export function causeOfAction(action: string): Cause | undefined {
  const lower = action.toLowerCase();
  // ListMultipartUploadParts is an upload step despite its "List".
  if (S3_WRITE.test(action)) return 's3-write';
  if (S3_READ.test(action)) return 's3-read';
  if (lower.startsWith('kms:')) return 'kms';
  if (lower.startsWith('ecr:')) return 'ecr';
  if (lower.startsWith('logs:')) return 'cloudwatch-logs';
  // A role's trust policy grants the session's tags and source identity beside sts:AssumeRole: refused,
  // they are refused by the trust policy as AssumeRole itself is.
  if (lower.startsWith('sts:assumerole') || lower === 'sts:tagsession' || lower === 'sts:setsourceidentity' || lower === 'iam:passrole') return 'trust-policy';
  // The network interfaces SageMaker attaches in the job's VPC, and the subnets, security groups and
  // VPC it reads for them: the proof reads the same checks as the network's (proof/cause-of-check.ts).
  if (VPC_ACTION.test(action)) return 'vpc';
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
  if (denied.action && S3_SESSION.test(denied.action) && (stage === 'input' || stage === 'output' || stage === 'checkpoints')) return causeOfStage(stage);
  if (denied.action) return causeOfAction(denied.action) ?? 'other-permission';
  return causeOfStage(stage);
}
