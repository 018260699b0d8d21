import type { Cause, DeniedRequest, PolicyType, Stage } from '../diagnosis';
import { policyTypeWords, withArticle } from '../policy-type-words';
import { roleNameOfPrincipal } from './principal';

// What to do about it, per cause: the half of the sentence a person acts on.
const NEXT_STEP: Record<Cause, string> = {
  's3-read': "grant the execution role s3:ListBucket on the input bucket and s3:GetObject on the input prefix",
  's3-write': "grant the execution role s3:PutObject on the output (or checkpoint) prefix",
  kms: 'let the role use the KMS key in both its IAM policy and the key policy',
  boundary: "widen the role's permissions boundary to allow the action",
  'bucket-policy': 'change the bucket policy so it allows the role',
  vpc: "give the job's subnets a route to S3 (a gateway endpoint or NAT) and an endpoint policy that allows the bucket; for other AWS services, their interface endpoints, and DHCP options and security groups that let the job resolve and reach them",
  ecr: 'let the role pull the image (ECR permissions on the repository, and the repository policy for other accounts)',
  'cloudwatch-logs': 'grant the role logs:CreateLogStream and logs:PutLogEvents on /aws/sagemaker/TrainingJobs',
  'trust-policy': "let sagemaker.amazonaws.com assume the role in its trust policy (and the caller pass it with iam:PassRole)",
  scp: "ask the organization's administrators to exempt this request from the service control policy",
  'expired-credentials': 'refresh the credentials the code uses, or let it use the execution role instead of fixed keys',
  'other-permission': 'grant the execution role the denied action',
  'user-code': "fix the training script where its traceback says it failed (the failure reason or the job's logs hold it)",
  'out-of-memory': 'use an instance type with more memory or reduce the batch size',
  capacity: "retry later, or use another instance type (a job in a VPC can also be given subnets in other Availability Zones: SageMaker places it only through VpcConfig's subnets)",
  quota: 'request a quota increase in Service Quotas, or use fewer or other instances',
  data: 'check that the input location exists, is non-empty and in the format the algorithm expects',
  internal: 'retry the job; if it keeps failing, contact AWS Support',
  'disk-space': "give the job a larger volume (ResourceConfig.VolumeSizeInGB, the estimator's volume_size) or write less to it",
  throttling: 'retry with back-off, and start fewer jobs or API calls at once',
  validation: 'correct the value the message names in the job configuration (names, channels, hyperparameters)',
  'model-download': 'check the model id and the hub token, or put the model in S3 and read it from there (the job may have no internet access)',
  unknown: 'read the failure reason and logs',
};

const CAUSE_PHRASE: Record<Cause, string> = {
  's3-read': 'was denied reading its input from S3',
  's3-write': 'was denied writing its output to S3',
  kms: 'was denied using a KMS key',
  boundary: "was denied by the role's permissions boundary",
  'bucket-policy': 'was denied by a bucket policy',
  vpc: 'could not reach S3 or another AWS service from its VPC',
  ecr: 'could not pull its training image',
  'cloudwatch-logs': 'was denied writing to CloudWatch Logs',
  'trust-policy': 'could not be started because SageMaker could not assume the execution role',
  scp: 'was denied by a service control policy',
  'expired-credentials': 'used expired, invalid or missing AWS credentials',
  'other-permission': 'was denied an AWS request',
  'user-code': 'failed in the training code',
  'out-of-memory': 'ran out of memory',
  capacity: 'could not get instances: AWS had insufficient capacity',
  quota: 'hit an account quota',
  data: 'failed on its input data',
  internal: 'failed with an internal AWS error',
  'disk-space': 'ran out of disk space',
  throttling: 'was throttled by an AWS API (rate exceeded)',
  validation: 'was rejected because a parameter of its configuration is invalid',
  'model-download': 'could not download its model from a model hub',
  unknown: 'failed for a reason the text rules do not recognise',
};

// An explicit deny is someone's control: AWS evaluates it before any allow, so granting the action never lifts it (the
// seventy-ninth review's RCP denial was told to grant). The policy that denies must change, by whoever owns it; the causes
// named after their own policy (bucket policy, boundary, SCP, endpoint) already say so. An RCP is the organization's
// whether it denies or fails to allow: nothing granted to the role passes it (the eighty-first review).
const LIFT_EXPLICIT_DENY: Partial<Record<PolicyType, string>> = {
  identity: "remove or narrow the deny statement in the role's own policies, or run the job with a role it does not cover",
  resource: "ask the resource's owner to change its resource-based policy so it does not deny the role",
  session: 'start the session without the session policy that denies it, or have whoever passes that policy allow the action',
  'key-policy': "ask the key's administrators to remove or narrow the deny statement in the key policy (put-key-policy replaces the whole policy: read, merge, write back)",
  'trust-policy': "remove or narrow the deny statement in the role's trust policy",
};
const RCP_STEP = "ask the organization's administrators to exempt this request from the resource control policy";
const UNNAMED_DENY_STEP = 'find the statement that explicitly denies it (the role\'s policies, its boundary, an SCP or the resource\'s policy) and have its owner narrow it; granting the action does not lift a deny';

// The S3 steps name the actions a job's reads and writes need; a denial of another S3 action names its own ("denied
// s3:DeleteObject; grant … s3:PutObject" told the reader to grant what was never refused), on what that action takes: a
// bucket's setting the bucket, an object the prefix, the account's bucket list no resource at all.
const S3_STEP: Partial<Record<Cause, { actions: readonly string[]; side: string; prefix: string }>> = {
  's3-read': { actions: ['s3:GetObject', 's3:ListBucket'], side: 'input', prefix: 'the input prefix' },
  's3-write': { actions: ['s3:PutObject'], side: 'output', prefix: 'the output (or checkpoint) prefix' },
};

/**
 * The step that grants what was refused: the cause's own, unless it names other S3 actions than the denied one. A resource the
 * denial named is the one to grant it on (a bucket read while the job uploaded is the output's, whatever the action's side).
 */
function grantStep(cause: Cause, denied: DeniedRequest | undefined): string {
  const action = denied?.action;
  const s3 = S3_STEP[cause];
  if (!s3 || !action?.startsWith('s3:') || s3.actions.includes(action)) return NEXT_STEP[cause];
  if (action === 's3:ListAllMyBuckets') return `grant the execution role ${action} (on "*": it names no bucket)`;
  const bucketLevel = /^s3:[A-Za-z]{0,20}Bucket/.test(action);
  const on = denied?.resource ? `that ${bucketLevel ? 'bucket' : 'resource'}` : bucketLevel ? `the ${s3.side} bucket` : s3.prefix;
  return `grant the execution role ${action} on ${on}`;
}

function nextStep(cause: Cause, denied: DeniedRequest | undefined): string {
  if (denied?.policyType === 'rcp') return RCP_STEP;
  if (denied?.denialType !== 'explicit') return grantStep(cause, denied);
  if (!denied.policyType) return cause === 'scp' ? NEXT_STEP[cause] : UNNAMED_DENY_STEP;
  return LIFT_EXPLICIT_DENY[denied.policyType] ?? NEXT_STEP[cause];
}

function why(denied: DeniedRequest): string {
  if (!denied.policyType) return '';
  const label = policyTypeWords(denied.policyType);
  if (denied.denialType === 'explicit') return `: an explicit deny in ${withArticle(label)} blocks it`;
  if (denied.denialType === 'implicit') return `: no ${label} allows it`;
  return `: the ${label} does not allow it`;
}

/**
 * The line cut to `max` characters at a word's end where one is near (a quote cut mid-word reads as a typo), with "...";
 * never ending in half a surrogate pair (half an emoji renders as U+FFFD).
 */
function clip(line: string, max: number): string {
  if (line.length <= max) return line;
  let cut = max - 3;
  const space = line.lastIndexOf(' ', cut);
  if (space > cut - 20) cut = space;
  const last = line.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${line.slice(0, cut).replace(/[\s,;:]+$/, '')}...`;
}

// SageMaker's ClientError puts an unrecognised failure on the job's side: worth saying even unexplained.
const CLIENT_SIDE_UNKNOWN = "failed on the job's side (SageMaker's ClientError: its configuration, input data or permissions, not AWS) for a reason the text rules do not recognise";
// A key that is disabled, pending deletion or missing refuses every caller: granting the role more would not help, and the
// key's state (or the key the job names) is what to change.
// The text may not say which ("does not exist or you are not allowed to access", "Unable to decrypt any data key"): the step
// goes through each state, and ends with the permissions. A key whose deletion is cancelled is left disabled: enable it too.
const KEY_STATE_PHRASE = 'could not use its KMS key: the key may be disabled, pending deletion, missing or not accessible to the role';
const KEY_STATE_STEP =
  "check the key in KMS: cancel a pending deletion and enable the key, enable a disabled one, import the key material of one pending import, reconnect the custom key store of an unavailable one; make sure the job names a key that exists in its region, and that the role may use it in both its IAM policy and the key policy";

// The job's own hosts that could not reach each other (a rank's connect to the first host's store, the launcher's SSH to the
// workers): no AWS service was involved, and distributed training needs the security group to let its own members in
// (AWS-NOTES: self-ingress).
const BETWEEN_HOSTS_PHRASE = "could not connect its instances to each other";
const BETWEEN_HOSTS_STEP =
  "let the job's security group allow all traffic from itself (an inbound and an outbound rule that name the group) and keep its subnets routed to each other; a host that crashed or started late looks the same, so read every host's log";

// A traceback of AWS's built-in algorithm alone (aws-algorithm-frames.ts): no script of the user's ran, so the step is the
// input and settings the algorithm was given, and AWS when they are as its documentation asks.
const AWS_ALGORITHM_PHRASE = "failed inside the built-in algorithm's own code (AWS's, not a training script)";
const AWS_ALGORITHM_STEP =
  "that is most often input it does not expect (a field, a shape, a length, a content type) or a hyperparameter: check the input data and the hyperparameters against the algorithm's documentation, and if they match it, send AWS Support the traceback";

/** What the text said beyond its cause: SageMaker's ClientError around an unread reason, a KMS key's unusable state, hosts that could not reach each other, or a crash in AWS's built-in algorithm. */
export interface TextNuance {
  clientSide?: boolean;
  keyState?: boolean;
  betweenHosts?: boolean;
  awsAlgorithm?: boolean;
}

// Each nuance refines one cause: its phrase, and its step where the cause's own would send the reader the wrong way. One row
// per nuance keeps a phrase and its step together (they were two chains that had to list the nuances in the same order).
const NUANCE_READINGS: Readonly<Record<keyof TextNuance, { cause: Cause; phrase: string; step?: string }>> = {
  clientSide: { cause: 'unknown', phrase: CLIENT_SIDE_UNKNOWN },
  keyState: { cause: 'kms', phrase: KEY_STATE_PHRASE, step: KEY_STATE_STEP },
  betweenHosts: { cause: 'vpc', phrase: BETWEEN_HOSTS_PHRASE, step: BETWEEN_HOSTS_STEP },
  awsAlgorithm: { cause: 'data', phrase: AWS_ALGORITHM_PHRASE, step: AWS_ALGORITHM_STEP },
};

/** The phrase and step for the cause: a nuance's the text reported for this very cause, else the cause's own. */
function causeWords(cause: Cause, nuance: TextNuance): { phrase: string; step: string } {
  const names = Object.keys(NUANCE_READINGS) as (keyof TextNuance)[];
  const reading = names.map((name) => (nuance[name] === true ? NUANCE_READINGS[name] : undefined)).find((r) => r?.cause === cause);
  return { phrase: reading?.phrase ?? CAUSE_PHRASE[cause], step: reading?.step ?? NEXT_STEP[cause] };
}

/** One sentence a person can act on, from what the text alone says. */
export function summarizeText(cause: Cause, denied: DeniedRequest | undefined, stage: Stage | undefined, detail: string, nuance: TextNuance = {}): string {
  const role = roleNameOfPrincipal(denied?.principal);
  const who = role ? `Role ${role}` : 'The job';
  if (denied?.action) {
    const on = denied.resource ? ` on ${denied.resource}` : '';
    return `${role ? `Role ${role}` : "The job's role"} was denied ${denied.action}${on}${why(denied)}; ${nextStep(cause, denied)}.`;
  }
  // The cause phrase already names these stages; saying them again reads as noise. A failure "on its input data" is
  // said so whatever the rule's stage: the training code reading its data fails after the input stage, not in it.
  const during = stage && cause !== 'unknown' && cause !== 'data' && !['assume-role', 'image', 'network'].includes(stage) ? ` during the ${stage} stage` : '';
  const line = detail.trim();
  const quoted = line ? ` ("${clip(line, 120)}")` : '';
  const { phrase, step } = causeWords(cause, nuance);
  return `${who} ${phrase}${during}${quoted}; ${step}.`;
}
