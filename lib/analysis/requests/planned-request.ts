import type { AwsRequest, Stage } from '../diagnosis';

/**
 * Which resource policy (if any) AWS consults besides the role's own, and what the request is for.
 * The proof layer uses it to pick the policies to simulate and to name the cause of a denial.
 */
export type RequestTarget =
  | { kind: 'trust' }
  | { kind: 's3'; bucket: string; direction: 'read' | 'write'; prefix: string }
  /**
   * `bucket`: the bucket whose objects the key encrypts, when SageMaker uses it through S3 for the job's data.
   * `otherS3Context`: for reads, the `aws:s3:arn` S3 sends for objects written under the bucket's other S3 Bucket Key
   * setting (the setting applies only to objects written since it was made), which the dashboard cannot tell apart.
   */
  | { kind: 'kms'; keyRef: string; keyArn: string; via: 'volume' | 's3-read' | 's3-write' | 'output'; bucket?: string; otherS3Context?: string }
  | { kind: 'ecr'; repositoryAccountId: string }
  | { kind: 'logs' }
  | { kind: 'ec2' }
  /** A request the training code made for itself (quoted in the text), of a service the job does not otherwise use. */
  | { kind: 'other' };

/** One request SageMaker makes for the job: what the checklist shows and the simulator evaluates. */
export interface PlannedRequest {
  /** Stable within a job, usable as the `#check-<id>` anchor. */
  id: string;
  stage: Stage;
  title: string;
  /** As shown to people (an S3 object request names the prefix: `arn:aws:s3:::b/train/*`). */
  request: AwsRequest;
  /**
   * The concrete resource simulated when `request.resource` is a pattern: the simulator answers a
   * wildcard resource with "any match allows", which would hide a partial grant.
   */
  simulatedResource: string;
  /** The object AWS's words named, when it lies under `request.resource` and is simulated in place of the stand-in. */
  namedResource?: string;
  /** The account that owns the resource, when known. */
  resourceAccountId?: string;
  target: RequestTarget;
}
