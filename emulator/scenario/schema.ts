/**
 * The shape of a scenario file: one AWS account as the emulator serves it. Validated with zod at
 * load so a typo in a fixture fails loudly instead of producing a quietly wrong account.
 *
 * Times are either ISO strings or offsets from the emulator's "now" (`-3h`, `-2d4h`, `-90m`, `-45s`),
 * so the demo account always has jobs that failed "recently".
 */
import { z } from 'zod';

export const TimeSpec = z
  .string()
  .regex(/^(-(\d+d)?(\d+h)?(\d+m)?(\d+s)?|\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:\d\d))$/, 'an ISO time or an offset like -3h20m');

const AccountId = z.string().regex(/^\d{12}$/, 'a 12-digit account id');

/** A policy document as it would be stored in AWS (the emulator URL-encodes it where IAM does). */
export const PolicyDocument = z.looseObject({
  Version: z.string().optional(),
  Id: z.string().optional(),
  Statement: z.union([z.array(z.looseObject({})), z.looseObject({})]),
});

export const ManagedPolicy = z.object({
  // In any partition (`arn:aws-us-gov:iam::…` for a GovCloud account).
  arn: z.string().regex(/^arn:aws[\w-]*:iam::/),
  name: z.string(),
  path: z.string().default('/'),
  description: z.string().optional(),
  defaultVersionId: z.string().default('v1'),
  document: PolicyDocument,
});

export const Role = z.object({
  name: z.string(),
  path: z.string().default('/'),
  description: z.string().optional(),
  trustPolicy: PolicyDocument,
  attachedPolicyArns: z.array(z.string()).default([]),
  inlinePolicies: z.array(z.object({ name: z.string(), document: PolicyDocument })).default([]),
  permissionsBoundaryArn: z.string().optional(),
  /** Returned by GetRole (as IAM does, no ListRoleTags needed); guardrails key on them as aws:PrincipalTag. */
  tags: z.record(z.string(), z.string()).default({}),
  createdAt: TimeSpec.default('-400d'),
});

export const Bucket = z.object({
  name: z.string(),
  region: z.string(),
  /** Defaults to the scenario's account. A different owner makes GetBucketPolicy answer 405, as S3 does. */
  ownerAccountId: AccountId.optional(),
  policy: PolicyDocument.nullable().default(null),
  encryption: z
    .object({ algorithm: z.string(), kmsKeyId: z.string().optional(), bucketKeyEnabled: z.boolean().optional() })
    .nullable()
    .default({ algorithm: 'AES256' }),
});

/** A grant on a key (CreateGrant), as ListGrants returns it. */
export const KmsGrant = z.object({
  grantId: z.string().regex(/^[0-9a-f]{64}$/, 'a grant id (64 hex digits)'),
  name: z.string().optional(),
  granteePrincipal: z.string(),
  retiringPrincipal: z.string().optional(),
  operations: z.array(z.string()).min(1),
  constraints: z
    .object({ encryptionContextSubset: z.record(z.string(), z.string()).optional(), encryptionContextEquals: z.record(z.string(), z.string()).optional() })
    .optional(),
});

/** A private ECR repository (`ecr:GetRepositoryPolicy`): a repository policy can allow, or deny, the role's pull. */
export const EcrRepository = z.object({
  name: z.string().regex(/^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/, 'an ECR repository name'),
  region: z.string(),
  accountId: AccountId.optional(),
  /** Absent: the repository has no policy (RepositoryPolicyNotFoundException). */
  policy: PolicyDocument.optional(),
});

export const KmsKey = z.object({
  /** A key id as AWS prints it: a UUID-shaped id, or `mrk-` + 32 hex digits for multi-Region keys. */
  keyId: z.string().regex(/^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/, 'a KMS key id'),
  region: z.string(),
  accountId: AccountId.optional(),
  description: z.string().default(''),
  keyState: z.string().default('Enabled'),
  keyManager: z.enum(['CUSTOMER', 'AWS']).default('CUSTOMER'),
  aliases: z.array(z.string().startsWith('alias/')).default([]),
  policy: PolicyDocument,
  /** Grants on the key (ListGrants): a grant can allow what the key policy does not. */
  grants: z.array(KmsGrant).optional(),
});

const Route = z.object({
  destinationCidr: z.string().optional(),
  destinationPrefixListId: z.string().optional(),
  gatewayId: z.string().optional(),
  natGatewayId: z.string().optional(),
  vpcEndpointId: z.string().optional(),
  transitGatewayId: z.string().optional(),
});

const SgRule = z.object({
  protocol: z.string().default('-1'),
  fromPort: z.number().int().optional(),
  toPort: z.number().int().optional(),
  cidrs: z.array(z.string()).default([]),
  prefixListIds: z.array(z.string()).default([]),
  groupIds: z.array(z.string()).default([]),
});

export const Vpc = z.object({
  id: z.string().startsWith('vpc-'),
  region: z.string(),
  cidr: z.string(),
  subnets: z.array(z.object({ id: z.string().startsWith('subnet-'), cidr: z.string(), availabilityZone: z.string() })),
  routeTables: z.array(
    z.object({
      id: z.string().startsWith('rtb-'),
      main: z.boolean().default(false),
      subnetIds: z.array(z.string()).default([]),
      routes: z.array(Route).default([]),
    }),
  ),
  endpoints: z
    .array(
      z.object({
        id: z.string().startsWith('vpce-'),
        serviceName: z.string(),
        type: z.enum(['Gateway', 'Interface', 'GatewayLoadBalancer']),
        routeTableIds: z.array(z.string()).default([]),
        subnetIds: z.array(z.string()).default([]),
        /** AWS attaches a full-access policy when none is given. */
        policy: PolicyDocument.optional(),
        /**
         * An interface endpoint's private DNS: on by default for AWS services (CreateVpcEndpoint), for all resolvers
         * unless "only for inbound endpoints" is chosen. Gateway endpoints have none.
         */
        privateDns: z.enum(['off', 'inbound-only', 'all-resolvers']).default('all-resolvers'),
      }),
    )
    .default([]),
  securityGroups: z
    .array(
      z.object({
        id: z.string().startsWith('sg-'),
        name: z.string(),
        description: z.string().default(''),
        ingress: z.array(SgRule).default([]),
        egress: z.array(SgRule).default([]),
      }),
    )
    .default([]),
});

export const LogStream = z.object({
  /** The part after `<jobName>/`, e.g. `algo-1-1700000000`. */
  name: z.string(),
  events: z.array(z.object({ at: TimeSpec, message: z.string() })),
});

export const TrainingJob = z.object({
  name: z.string().regex(/^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/),
  region: z.string(),
  status: z.enum(['InProgress', 'Completed', 'Failed', 'Stopping', 'Stopped']),
  secondaryStatus: z.string(),
  failureReason: z.string().max(1024).optional(),
  createdAt: TimeSpec,
  trainingStartTime: TimeSpec.optional(),
  trainingEndTime: TimeSpec.optional(),
  lastModifiedTime: TimeSpec.optional(),
  roleArn: z.string(),
  trainingImage: z.string(),
  inputChannels: z
    .array(
      z.object({
        name: z.string(),
        s3Uri: z.string().startsWith('s3://'),
        s3DataType: z.string().default('S3Prefix'),
        inputMode: z.string().default('File'),
      }),
    )
    .default([]),
  output: z.object({ s3OutputPath: z.string().startsWith('s3://'), kmsKeyId: z.string().optional() }),
  resources: z.object({
    instanceType: z.string(),
    instanceCount: z.number().int().min(1).default(1),
    volumeSizeGb: z.number().int().min(1).default(30),
    volumeKmsKeyId: z.string().optional(),
  }),
  vpc: z.object({ subnetIds: z.array(z.string()), securityGroupIds: z.array(z.string()) }).optional(),
  checkpoint: z.object({ s3Uri: z.string().startsWith('s3://'), localPath: z.string().optional() }).optional(),
  enableNetworkIsolation: z.boolean().default(false),
  environment: z.record(z.string(), z.string()).default({}),
  hyperParameters: z.record(z.string(), z.string()).default({}),
  maxRuntimeSeconds: z.number().int().default(86400),
  transitions: z.array(
    z.object({ status: z.string(), start: TimeSpec, end: TimeSpec.optional(), message: z.string().default('') }),
  ),
  logStreams: z.array(LogStream).default([]),
  /**
   * What this job is meant to demonstrate: the test oracle for the diagnosis engine, kept beside the
   * data it describes. Not served by any AWS API.
   */
  expect: z
    .object({
      cause: z.string(),
      /** The policy type that decides it, when a permission cause. */
      decidedBy: z.string().optional(),
      /** The Sid of the deciding statement, when it has one. */
      statementId: z.string().optional(),
      /** The request that is refused, so a test can check the scenario's policies really refuse it. */
      request: z
        .object({
          action: z.string(),
          resource: z.string(),
          context: z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional(),
        })
        .optional(),
      /** Evidence the dashboard is meant not to be able to read for this job. */
      partialEvidence: z.array(z.string()).optional(),
      note: z.string(),
    })
    .optional(),
});

export const Scenario = z.object({
  name: z.string(),
  description: z.string().default(''),
  accountId: AccountId,
  /** What the dashboard's own credentials are refused: `{ action: 'iam:GetRole', resource: '<role arn>' }`. */
  dashboard: z
    .object({
      principalArn: z.string().optional(),
      denied: z.array(z.object({ action: z.string(), resource: z.string().optional() })).default([]),
    })
    .default({ denied: [] }),
  managedPolicies: z.array(ManagedPolicy).default([]),
  roles: z.array(Role).default([]),
  buckets: z.array(Bucket).default([]),
  kmsKeys: z.array(KmsKey).default([]),
  ecrRepositories: z.array(EcrRepository).default([]),
  vpcs: z.array(Vpc).default([]),
  trainingJobs: z.array(TrainingJob).default([]),
});

export type Scenario = z.infer<typeof Scenario>;
export type ScenarioInput = z.input<typeof Scenario>;
export type ScenarioJob = z.infer<typeof TrainingJob>;
export type ScenarioRole = z.infer<typeof Role>;
export type ScenarioManagedPolicy = z.infer<typeof ManagedPolicy>;
export type ScenarioBucket = z.infer<typeof Bucket>;
export type ScenarioKey = z.infer<typeof KmsKey>;
export type ScenarioRepository = z.infer<typeof EcrRepository>;
export type ScenarioGrant = z.infer<typeof KmsGrant>;
export type ScenarioVpc = z.infer<typeof Vpc>;
