/**
 * The evidence bundle: everything the dashboard could (or could not) read about one failed training
 * job. It is the contract between the gateways in lib/aws, which fill it, and the pure analysis,
 * which reads it. Plain JSON-safe data only (dates as ISO strings) so it can cross the network,
 * sit in fixtures, and be read by the CLI.
 */

/** Why a piece of evidence is absent. `not-found` is a fact about the account; the rest are about the dashboard. */
export type MissingKind =
  | 'not-found'
  | 'access-denied'
  | 'cross-account'
  | 'throttled'
  | 'timeout'
  | 'error';

export interface Missing {
  kind: MissingKind;
  /** The API call the dashboard made, as an IAM action (`iam:GetRole`): on access-denied, the permission to grant the dashboard. */
  action: string;
  /** The resource the call was about, when there is one (an ARN or a bucket name). */
  resource?: string;
  /** What AWS said, verbatim (already redacted), or, where AWS said nothing (no log streams, a cross-account limit), the dashboard's account of it. */
  message: string;
}

/** A piece of evidence that is either present, or absent with the reason. Nothing is silently dropped. */
export type Piece<T> = { ok: true; value: T } | { ok: false; missing: Missing };

/** A parsed IAM policy document (`{ Version, Statement }`), kept as the JSON AWS returned. */
export type PolicyDocument = { Version?: string; Id?: string; Statement: unknown } & Record<string, unknown>;

export interface SecondaryStatusTransition {
  status: string;
  startTime: string;
  endTime?: string;
  statusMessage?: string;
}

export interface InputChannel {
  name: string;
  /** `s3://bucket/prefix` */
  s3Uri: string;
  s3DataType: 'S3Prefix' | 'ManifestFile' | 'AugmentedManifestFile' | string;
  inputMode?: string;
}

/** The subset of DescribeTrainingJob the analysis uses, in our own shape. Secrets are redacted. */
export interface TrainingJob {
  name: string;
  arn: string;
  region: string;
  status: 'InProgress' | 'Completed' | 'Failed' | 'Stopping' | 'Stopped';
  secondaryStatus?: string;
  failureReason?: string;
  transitions: SecondaryStatusTransition[];
  createdAt: string;
  startedAt?: string;
  endedAt?: string;
  lastModifiedAt?: string;
  roleArn: string;
  trainingImage?: string;
  algorithmName?: string;
  inputChannels: InputChannel[];
  output: { s3OutputPath: string; kmsKeyId?: string };
  resources: {
    instanceType?: string;
    instanceCount?: number;
    volumeSizeGb?: number;
    volumeKmsKeyId?: string;
  };
  vpc?: { subnetIds: string[]; securityGroupIds: string[] };
  checkpoint?: { s3Uri: string; localPath?: string };
  enableNetworkIsolation: boolean;
  enableInterContainerTrafficEncryption?: boolean;
  /** Values that look like secrets are replaced by `[redacted]`. */
  environment: Record<string, string>;
  hyperParameters: Record<string, string>;
  maxRuntimeSeconds?: number;
}

export interface LogLine {
  /** ISO time of the event. */
  timestamp: string;
  message: string;
  /** True when the line matched an error term (the reason it was fetched). */
  matched: boolean;
}

export interface LogStreamExcerpt {
  name: string;
  lines: LogLine[];
  /** True when the stream holds more than was read (we never read a whole stream). */
  truncated: boolean;
}

export interface LogsEvidence {
  logGroup: string;
  streams: LogStreamExcerpt[];
}

export interface NamedPolicy {
  /** `managed` policies have an ARN; `inline` ones only a name. */
  kind: 'managed' | 'inline';
  name: string;
  arn?: string;
  versionId?: string;
  document: Piece<PolicyDocument>;
}

export interface RoleEvidence {
  arn: string;
  name: string;
  trustPolicy: Piece<PolicyDocument>;
  /** Listing the attached and inline policies can itself fail; each policy can fail on its own too. */
  identityPolicies: Piece<NamedPolicy[]>;
  /** `null` value = the role has no boundary. */
  boundary: Piece<NamedPolicy | null>;
  /**
   * The role's tags, from GetRole (no call of their own). Every request the role's session makes
   * carries them as `aws:PrincipalTag/<key>`, which guardrails key on. Absent when GetRole could not
   * be read: then the boundary is missing too, and no verdict rests on the tags.
   */
  tags?: Record<string, string>;
  /**
   * GetRole's RoleId (`AROA…`). The role's sessions carry `aws:userid` as `<RoleId>:<session name>`, the key a guard
   * that admits roles by id reads ("Deny unless aws:userid is AROA…:*"), so with it such a guard is decided, not doubted.
   * Absent when GetRole could not be read.
   */
  id?: string;
}

export interface BucketEncryption {
  algorithm: 'AES256' | 'aws:kms' | 'aws:kms:dsse' | string;
  kmsKeyId?: string;
  bucketKeyEnabled?: boolean;
}

export interface BucketEvidence {
  name: string;
  /** `null` value = the bucket has no policy (NoSuchBucketPolicy). */
  policy: Piece<PolicyDocument | null>;
  /** `null` value = no default encryption configuration. */
  encryption: Piece<BucketEncryption | null>;
}

export interface KeyEvidence {
  /** As the job or bucket named it: key id, key ARN, alias name or alias ARN. */
  ref: string;
  /**
   * DescribeKey works across accounts given an ARN; it resolves the ref to the key ARN. Origin, KeySpec, KeyUsage and
   * MultiRegion are the values of the kms:KeyOrigin, kms:KeySpec, kms:KeyUsage and kms:MultiRegion condition keys.
   */
  metadata: Piece<{
    arn: string;
    accountId: string;
    keyManager?: string;
    keyState?: string;
    description?: string;
    origin?: string;
    keySpec?: string;
    keyUsage?: string;
    multiRegion?: boolean;
  }>;
  /** GetKeyPolicy does not work across accounts: expect `cross-account` there. */
  policy: Piece<PolicyDocument>;
  /**
   * The key's grants (ListGrants): a grant can allow what the key policy does not. Absent in bundles
   * gathered before grants were read; the analysis then treats them as unread, never as "none".
   */
  grants?: Piece<KeyGrant[]>;
  /**
   * The key's alias names (ListAliases with the key's id: `alias/claims-data`), so the page can show
   * the name people know beside the ARN the engine speaks in. ListAliases does not work across
   * accounts. Absent in bundles gathered before aliases were read.
   */
  aliases?: Piece<string[]>;
}

/** One grant on a KMS key, as ListGrants returns it. */
export interface KeyGrant {
  grantId: string;
  name?: string;
  /** The principal the grant is for (an IAM role or user ARN, or a service principal). */
  granteePrincipal: string;
  retiringPrincipal?: string;
  /** KMS operation names without the `kms:` prefix: `Decrypt`, `GenerateDataKey`, `CreateGrant`, ... */
  operations: string[];
  /** Encryption-context constraints: the grant only applies to requests whose context matches. */
  constraints?: { encryptionContextSubset?: Record<string, string>; encryptionContextEquals?: Record<string, string> };
}

export interface Route {
  destinationCidr?: string;
  destinationPrefixListId?: string;
  gatewayId?: string;
  natGatewayId?: string;
  vpcEndpointId?: string;
  transitGatewayId?: string;
  state?: string;
}

export interface RouteTable {
  id: string;
  vpcId: string;
  /** Subnet ids explicitly associated; `main` tables apply to subnets with no explicit association. */
  subnetIds: string[];
  main: boolean;
  routes: Route[];
}

export interface Subnet {
  id: string;
  vpcId: string;
  availabilityZone?: string;
  cidr?: string;
}

export interface VpcEndpoint {
  id: string;
  vpcId: string;
  serviceName: string;
  type: 'Gateway' | 'Interface' | string;
  state?: string;
  routeTableIds: string[];
  subnetIds: string[];
  policy: Piece<PolicyDocument | null>;
  /**
   * An interface endpoint's private DNS (DescribeVpcEndpoints PrivateDnsEnabled and
   * DnsOptions.PrivateDnsOnlyForInboundResolverEndpoint): whether S3's standard names resolve to it from the VPC.
   * 'off': they do not; 'inbound-only': traffic from the VPC goes to the gateway endpoint, only on-premises traffic to
   * this one; 'all-resolvers': the VPC's requests go through it. Absent when AWS did not say (and on gateway endpoints).
   */
  privateDns?: 'off' | 'inbound-only' | 'all-resolvers';
}

export interface SecurityGroupRule {
  protocol: string;
  fromPort?: number;
  toPort?: number;
  cidrs: string[];
  prefixListIds: string[];
  groupIds: string[];
}

export interface SecurityGroup {
  id: string;
  name?: string;
  vpcId: string;
  ingress: SecurityGroupRule[];
  egress: SecurityGroupRule[];
}

export interface NetworkEvidence {
  vpcId?: string;
  subnets: Piece<Subnet[]>;
  routeTables: Piece<RouteTable[]>;
  endpoints: Piece<VpcEndpoint[]>;
  securityGroups: Piece<SecurityGroup[]>;
}

export interface EvidenceBundle {
  region: string;
  /** The account the dashboard reads (from the job ARN). */
  accountId: string;
  /** ISO time the bundle was gathered; the analysis uses it instead of a clock. */
  collectedAt: string;
  job: TrainingJob;
  logs: Piece<LogsEvidence>;
  role: Piece<RoleEvidence>;
  /** Keyed by bucket name: every bucket the job touches (inputs, output, checkpoints). */
  buckets: Record<string, BucketEvidence>;
  /** Keyed by the ref as the job or bucket named it. */
  keys: Record<string, KeyEvidence>;
  /** Present only for jobs with a VpcConfig. */
  network?: NetworkEvidence;
  /**
   * Other roles of the job's account that a deny in its policies approves (fixes/approved-roles.ts `rolesToRead`), keyed
   * by ARN: read so "run the job as that role" is re-simulated as that role. Absent when no deny picks roles out.
   */
  otherRoles?: Record<string, Piece<RoleEvidence>>;
  /**
   * The repository policy of the training image's repository, when the image is in the job's own account (ECR User Guide,
   * "Private repository policies": in the same account either the repository policy or the role's policies may allow a
   * pull, and a deny in either refuses it). `null` value: the repository has no policy. Absent in bundles gathered before
   * it was read, and for images of other accounts or AWS's own: the analysis then treats it as unread.
   */
  imageRepository?: { arn: string; policy: Piece<PolicyDocument | null> };
}
