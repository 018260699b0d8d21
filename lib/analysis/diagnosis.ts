/**
 * The diagnosis: what the analysis concludes from an evidence bundle. The cause ids are a stable
 * contract shared by the UI, the API, the CLI and the tests: add ids, never rename them.
 */

export const PERMISSION_CAUSES = [
  's3-read',
  's3-write',
  'kms',
  'boundary',
  'bucket-policy',
  'vpc',
  'ecr',
  'cloudwatch-logs',
  'trust-policy',
  'scp',
  'expired-credentials',
  'other-permission',
] as const;

export const NON_PERMISSION_CAUSES = [
  'user-code',
  'out-of-memory',
  'capacity',
  'quota',
  'data',
  'internal',
  'disk-space',
  'throttling',
  'validation',
  'model-download',
] as const;

export const CAUSES = [...PERMISSION_CAUSES, ...NON_PERMISSION_CAUSES, 'unknown'] as const;

export type PermissionCause = (typeof PERMISSION_CAUSES)[number];
export type Cause = (typeof CAUSES)[number];

/** `confirmed`: proven by evaluating the policies. `likely`: read from the text alone. */
export type Confidence = 'confirmed' | 'likely' | 'unknown';

export type CheckStatus = 'pass' | 'fail' | 'unknown';

/** The stages of a training job, in the order SageMaker goes through them. */
export const STAGES = ['assume-role', 'network', 'volume', 'image', 'input', 'logs', 'checkpoints', 'output'] as const;
export type Stage = (typeof STAGES)[number];

/** Policy types as AWS names them in its AccessDenied messages, plus the simulator's own. */
export type PolicyType =
  | 'identity'
  | 'resource'
  | 'bucket-policy'
  | 'key-policy'
  | 'boundary'
  | 'scp'
  | 'rcp'
  | 'vpc-endpoint'
  | 'session'
  | 'trust-policy';

/** A request AWS evaluated (or will evaluate) on the job's behalf. */
export interface AwsRequest {
  principal: string;
  action: string;
  resource: string;
  /** Context keys that decide conditions: `s3:prefix`, `aws:SourceVpce`, ... */
  context?: Record<string, string | string[]>;
}

export interface DeniedRequest {
  principal?: string;
  action?: string;
  resource?: string;
  /** The policy type AWS named in the message, if any. */
  policyType?: PolicyType;
  /** `explicit` ("with an explicit deny") or `implicit` ("because no ... policy allows"). */
  denialType?: 'explicit' | 'implicit';
  /** The policy ARN some newer messages append. */
  policyArn?: string;
}

export interface DecidedBy {
  policyType: PolicyType;
  /** A policy ARN, or a name for inline policies and resource policies (`bucket acme-data`). */
  policyName: string;
  policyArn?: string;
  statementId?: string;
  statementIndex?: number;
  /** The statement JSON itself, so the page can quote it. */
  statement?: unknown;
  denialType: 'explicit' | 'implicit';
}

export interface Check {
  /** Stable within a job: used as the `#check-...` anchor. */
  id: string;
  stage: Stage;
  /** One line: "Read training data from s3://acme-data/train/". */
  title: string;
  request: AwsRequest;
  status: CheckStatus;
  /** Why it passed or failed; for `unknown`, what could not be read and which permission the dashboard needs. */
  reason: string;
  decidedBy?: DecidedBy;
  /**
   * Evidence that could not be read and kept this check from being proven; `unseen`: a value AWS sets on the request that
   * no permission lets the dashboard see (a condition key such as aws:PrincipalOrgID), not a piece it failed to read.
   */
  missing?: { what: string; dashboardNeeds?: string; because: string; unseen?: true }[];
  /** Ids of the fixes that address this check. */
  fixIds: string[];
}

export type FixTarget =
  | 'role-inline-policy'
  | 'bucket-policy'
  | 'key-policy'
  | 'boundary'
  | 'trust-policy'
  | 'vpc-endpoint-policy'
  /** The policy of the training image's ECR repository. */
  | 'repository-policy'
  | 'route-table'
  | 'scp'
  | 'other'
  /** A change to the job's own CreateTrainingJob configuration. */
  | 'job-config';

export interface Fix {
  id: string;
  target: FixTarget;
  /** "Add an inline policy to role ml-train allowing s3:GetObject on arn:aws:s3:::acme-data/train/*". */
  title: string;
  /**
   * The account that must make the change; differs from the job's when the resource is elsewhere.
   * Absent when that is another account whose id the dashboard could not learn (S3 answers 405 to
   * another account's bucket without naming its owner); `crossAccount` is then true.
   */
  accountId?: string;
  crossAccount: boolean;
  /** The full policy document to apply (for merged documents: the whole merged policy). */
  policy?: unknown;
  /** The statement(s) this fix adds or changes, so the page can highlight them. */
  changedStatements?: unknown[];
  /** For explicit denies: the statement being replaced, quoted. */
  replaces?: unknown;
  /** The AWS CLI command that applies it. */
  cli: string;
  /** True only when re-simulation with the fix applied flips every targeted check to pass. */
  verified: boolean;
  checkIds: string[];
  /** Anything a person must know before applying it. */
  notes?: string[];
  /** 'compliant': complies with someone's control (job-config changes, sending the header);
   *  'grant': adds a missing permission; 'exception': exempts the job's role from someone's explicit deny —
   *  the policy owner must approve it; always listed after every other fix. Absent means 'grant'. */
  kind?: 'compliant' | 'grant' | 'exception';
  /** Who must apply it, in words: "the key's administrators (arn:aws:iam::…:role/KeyAdmin)",
   *  "the owner of account 444455556666", "the organization's administrators", "whoever starts the job". */
  appliedBy?: string;
  /** The same change as Terraform (aws_iam_role_policy, aws_iam_policy, aws_s3_bucket_policy,
   *  aws_kms_key_policy, aws_vpc_endpoint_policy, or the SageMaker job arguments). */
  terraform?: string;
  /** For target 'job-config': the CreateTrainingJob fields to set (a request fragment, e.g.
   *  { VpcConfig: { Subnets: [...], SecurityGroupIds: [...] } } or { OutputDataConfig: { KmsKeyId } } or { RoleArn })
   *  and the SageMaker Python SDK estimator arguments ({ subnets: "['subnet-…']", output_kms_key: "'arn:…'" }, values as Python source).
   *  Such a fix cannot be applied to a finished job: it is verified by re-simulating with the changed configuration,
   *  and the page says "start the job again with …". Its `cli` is the `aws sagemaker create-training-job` form of the change. */
  jobConfig?: { fields: Record<string, unknown>; estimatorArgs: Record<string, string> };
  /**
   * Ids of the fixes this one was verified together with: each targets the same checks, and only
   * together do they make them pass (a role grant and its permissions boundary). Apply them all.
   */
  applyWith?: string[];
}

export interface Diagnosis {
  cause: Cause;
  confidence: Confidence;
  /** One sentence a person can act on. */
  summary: string;
  deniedRequest?: DeniedRequest;
  decidedBy?: DecidedBy;
  /** The stage that failed, when known. */
  failedStage?: Stage;
  checks: Check[];
  fixes: Fix[];
  /** Equal for jobs failing for the same reason (role, cause, resource scope). */
  groupKey: string;
  /** Evidence that could not be read, summarised for the page. */
  /** `unseen`: as on a check's `missing`, a value no permission reveals. */
  missingEvidence: { what: string; because: string; dashboardNeeds?: string; unseen?: true }[];
  /**
   * Set when the requests that were denied at an earlier triage of this job now pass and none fails:
   * the policies were changed after the job failed, so it should be started again.
   */
  fixedSince?: { previousAt: string; checkIds: string[] };
}

/** What the text layer alone can tell (the CLI's output, and the list page's per-job cause). */
export interface TextDiagnosis {
  cause: Cause;
  confidence: Exclude<Confidence, 'confirmed'>;
  summary: string;
  stage?: Stage;
  deniedRequest?: DeniedRequest;
  groupKey: string;
}
