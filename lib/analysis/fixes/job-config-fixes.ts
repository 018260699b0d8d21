import { roleNameOfArn } from '../arns';
import { capitalize, inWords } from '../words';
import type { EvidenceBundle, Missing, NetworkEvidence, Piece, RoleEvidence, VpcEndpoint } from '../evidence';
import { describeMissing } from '../proof/policy-inputs';
import { isS3Gateway, s3EndpointFor } from '../requests/network-path';
import type { EvaluatedCheck } from '../proof/evaluated-check';
import type { Change } from './changes';
import { approvedRoles, approvedRoleStandIn, canRunJobAs, patternStandIn } from './approved-roles';
import { conditionSparedRolePatterns, distinguishesPrincipals, escapesDeny, requiredKmsKey, requiredSourceVpcs, requiredSourceVpces, sparedPrincipalTags, sparedRoleIds } from './deny-statement';
import { endpointRoutePlan, readEndpoint } from './endpoint-route-fix';
import type { FixPlan } from './fix-plan';
import { estimatorArgs, jobConfigCommand } from './job-config-command';
import { scriptUploadPlan } from './script-upload-fix';
import type { Statement } from './statements';

/** Placeholders the page and the notes explain: the evidence names no subnet or group to use. */
export const SUBNET_PLACEHOLDER = 'subnet-XXXXXXXX';
export const SECURITY_GROUP_PLACEHOLDER = 'sg-XXXXXXXX';
const ASSUMED_ROUTE_TABLE = 'rtb-XXXXXXXX';

type JobChange = Extract<Change, { kind: 'job-config' }>;

export interface DenyContext {
  /** "the bucket policy of acme-ml-vpc-only" */
  where: string;
  statement: Statement;
  /** Every statement of the same policy: an Allow beside the deny may name the approved role. */
  siblings: Statement[];
  group: EvaluatedCheck[];
}

function sidOf(statement: Statement): string {
  return typeof statement.Sid === 'string' ? `"${statement.Sid}"` : 'the deny';
}

function jobPlan(bundle: EvidenceBundle, key: string, title: string, change: JobChange, fields: Record<string, unknown>, checkIds: string[], notes: string[], unverifiedNote?: string): FixPlan {
  return {
    key,
    target: 'job-config',
    kind: 'compliant',
    title,
    accountId: bundle.accountId,
    crossAccount: false,
    appliedBy: 'whoever starts the job',
    cli: jobConfigCommand(bundle, fields),
    jobConfig: { fields, estimatorArgs: estimatorArgs(change) },
    checkIds,
    notes,
    changes: [change],
    ...(unverifiedNote ? { unverifiedNote } : {}),
  };
}

/** Subnets whose route tables use the S3 gateway endpoint (one of `vpces`), when the job's network evidence shows them. */
function subnetsReaching(bundle: EvidenceBundle, vpces: string[]): string[] {
  const n = bundle.network;
  if (!n?.routeTables.ok || !n.endpoints.ok) return [];
  const endpoint = n.endpoints.value.find((e) => vpces.includes(e.id));
  if (!endpoint) return [];
  const tables = n.routeTables.value.filter((t) => s3EndpointFor(t, [endpoint], bundle.region) === endpoint);
  const explicit = new Set(n.routeTables.value.flatMap((t) => t.subnetIds));
  const subnets = tables.flatMap((t) => (t.main && n.subnets.ok ? n.subnets.value.filter((s) => !explicit.has(s.id) && s.vpcId === t.vpcId).map((s) => s.id) : t.subnetIds));
  return [...new Set(subnets)];
}

/**
 * What the new subnets are known to reach when none the dashboard read does: a route to the required endpoint. The
 * endpoint itself is the one the job's network evidence shows when it was read (its VPC and its policy); otherwise its
 * policy is unread, and so is anything it would decide.
 */
function assumedNetwork(bundle: EvidenceBundle, vpce: string, read: VpcEndpoint | undefined): NetworkEvidence {
  const vpcId = read?.vpcId ?? `vpc-of-${vpce}`;
  const endpoint: VpcEndpoint = read
    ? { ...read, routeTableIds: [...read.routeTableIds, ASSUMED_ROUTE_TABLE] }
    : {
        id: vpce, vpcId, serviceName: `com.amazonaws.${bundle.region}.s3`, type: 'Gateway', routeTableIds: [ASSUMED_ROUTE_TABLE], subnetIds: [],
        policy: { ok: false, missing: { kind: 'error', action: 'ec2:DescribeVpcEndpoints', resource: vpce, message: 'the dashboard reads the VPC endpoints of the job\u2019s own VPC only' } },
      };
  return {
    vpcId,
    subnets: { ok: true, value: [{ id: SUBNET_PLACEHOLDER, vpcId }] },
    routeTables: { ok: true, value: [{ id: ASSUMED_ROUTE_TABLE, vpcId, subnetIds: [SUBNET_PLACEHOLDER], main: false, routes: [{ vpcEndpointId: vpce }] }] },
    endpoints: { ok: true, value: [endpoint] },
    securityGroups: { ok: true, value: [] },
  };
}

/** Why no subnet could be named, and what to pick instead, in the words of what the dashboard read. */
function placeholderNote(bundle: EvidenceBundle, vpce: string, read: VpcEndpoint | undefined, askGroup: boolean): string {
  const group = askGroup ? ` and ${SECURITY_GROUP_PLACEHOLDER} with a security group that allows outbound HTTPS` : '';
  const pick = `replace ${SUBNET_PLACEHOLDER} with subnets whose route table is associated with ${vpce}`;
  if (!bundle.job.vpc) return `The dashboard reads subnets only for jobs that already run in a VPC: ${pick} (aws ec2 describe-vpc-endpoints --vpc-endpoint-ids ${vpce} lists its RouteTableIds)${group}.`;
  if (!read) return `${vpce} is not among the endpoints the dashboard read in the job's VPC${bundle.network?.vpcId ? ` ${bundle.network.vpcId}` : ''}: ${pick}, in the endpoint's own VPC${group}.`;
  const net = bundle.network;
  if (net && (!net.subnets.ok || !net.routeTables.ok)) return `The dashboard could not read the VPC's ${!net.subnets.ok ? 'subnets' : 'route tables'}, so it cannot name the subnets that route to ${vpce}: ${pick}${group}.`;
  const tables = read.routeTableIds.length ? `route table${read.routeTableIds.length > 1 ? 's' : ''} ${inWords(read.routeTableIds)}` : 'no route table yet';
  return `No subnet the dashboard read routes to ${vpce} (it is associated with ${tables}): ${pick}${group}.`;
}

/**
 * The S3 gateway endpoints the job's network evidence shows in the VPCs a deny requires (`aws:SourceVpc`): S3 sees a
 * request as coming from a VPC only through one of its endpoints, so routing through it is how to comply.
 */
function s3GatewaysOf(bundle: EvidenceBundle, vpcs: string[]): string[] {
  const endpoints = bundle.network?.endpoints;
  if (!endpoints?.ok) return [];
  return endpoints.value.filter((e) => vpcs.includes(e.vpcId) && isS3Gateway(e, bundle.region)).map((e) => e.id);
}

function vpcPlan(bundle: EvidenceBundle, d: DenyContext, vpces: string[], checkIds: string[], requirement: string): FixPlan {
  const vpce = vpces[0] ?? '';
  const known = subnetsReaching(bundle, vpces);
  const read = readEndpoint(bundle, vpces);
  const subnetIds = known.length ? known : [SUBNET_PLACEHOLDER];
  // The job's own groups hold only in its own VPC: subnets of another VPC (the endpoint is not in the job's) need groups of it.
  const ownVpc = known.length > 0 || read !== undefined;
  const groups = ownVpc && bundle.job.vpc?.securityGroupIds.length ? bundle.job.vpc.securityGroupIds : [SECURITY_GROUP_PLACEHOLDER];
  const change: JobChange = { kind: 'job-config', vpc: { subnetIds, securityGroupIds: groups }, ...(known.length ? {} : { network: assumedNetwork(bundle, vpce, read) }) };
  const notes = [
    `${capitalize(d.where)} denies (${sidOf(d.statement)}) every request that does not come ${requirement}: a job meets it only from subnets whose route tables use ${vpces.length > 1 ? 'one of those endpoints' : vpce}.`,
    known.length ? `Subnets ${known.join(', ')} route to ${vpce} (from the job's network evidence).` : placeholderNote(bundle, vpce, read, groups[0] === SECURITY_GROUP_PLACEHOLDER),
    'In a VPC the job reaches ECR, CloudWatch Logs and other AWS APIs only through interface endpoints or a NAT gateway, and the role needs the ec2 network-interface permissions of VPC mode.',
  ];
  const unverified = read?.policy.ok
    ? `Not verified until ${SUBNET_PLACEHOLDER} is filled in; re-simulation through ${vpce}, whose policy was read, shows that ${d.where} no longer denies the job from such a subnet.`
    : `Not verified: the policy of ${vpce} was not read${read ? '' : bundle.job.vpc ? ' (it is not in the job\u2019s VPC, whose endpoints are the ones the dashboard reads)' : ' (the job runs in no VPC, so the dashboard read no endpoint)'}; re-simulation shows that ${d.where} no longer denies the job through it.`;
  return {
    ...jobPlan(bundle, `job-config:vpc:${vpce}`, `Start the job again in subnets that reach S3 through ${vpce}`, change, { VpcConfig: { Subnets: subnetIds, SecurityGroupIds: groups } }, checkIds, notes, known.length ? undefined : unverified),
    ...(known.length ? {} : { namesPlaceholder: true }),
  };
}

function bucketDefaultKey(bundle: EvidenceBundle, bucket: string): string | undefined {
  const enc = bundle.buckets[bucket]?.encryption;
  return enc?.ok && enc.value?.algorithm.startsWith('aws:kms') ? enc.value.kmsKeyId : undefined;
}

function kmsPlan(bundle: EvidenceBundle, d: DenyContext, required: string | true, checkIds: string[]): FixPlan | undefined {
  const output = d.group.find((c) => c.check.stage === 'output');
  if (!output || output.planned.target.kind !== 's3' || bundle.job.output.kmsKeyId) return undefined;
  const keyId = required === true ? bucketDefaultKey(bundle, output.planned.target.bucket) ?? 'alias/aws/s3' : required;
  const change: JobChange = { kind: 'job-config', outputKmsKeyId: keyId };
  const notes = [
    `${capitalize(d.where)} denies (${sidOf(d.statement)}) uploads that are not encrypted with ${required === true ? 'SSE-KMS' : keyId}: SageMaker encrypts the model artifact with the key OutputDataConfig.KmsKeyId names.`,
    'In the SageMaker Python SDK that is the estimator argument output_kms_key (volume_kms_key for the training volume); a custom EstimatorBase subclass must pass both on to its base class through **kwargs, or they are silently dropped.',
    `The role needs kms:GenerateDataKey and kms:Encrypt on the key (and kms:Decrypt, with which S3 completes the multipart upload of an artifact larger than one part), and the key policy must allow them. Uploads the training script makes itself must send the same header: boto3 ExtraArgs={'ServerSideEncryption': 'aws:kms', 'SSEKMSKeyId': '${keyId}'}.`,
  ];
  return jobPlan(bundle, `job-config:kms:${keyId}`, `Start the job again with OutputDataConfig.KmsKeyId ${keyId}`, change, { OutputDataConfig: { KmsKeyId: keyId } }, checkIds, notes);
}

/**
 * Why a role read beside the job's is not wholly known: the role itself, or the pieces of it that could not be read, each
 * reason once in the dashboard's words ("trust policy and boundary: the dashboard was denied iam:GetRole"), never AWS's raw
 * message pasted per piece.
 */
function unreadPartsOf(role: Piece<RoleEvidence>): string[] {
  const why = (label: string, missing: Missing) => ({ label, because: describeMissing('identity', label, missing).because });
  const parts = !role.ok
    ? [why('the role', role.missing)]
    : [
        ...(role.value.trustPolicy.ok ? [] : [why('trust policy', role.value.trustPolicy.missing)]),
        ...(role.value.identityPolicies.ok
          ? role.value.identityPolicies.value.flatMap((p) => (p.document.ok ? [] : [why(`policy ${p.name}`, p.document.missing)]))
          : [why('its policies', role.value.identityPolicies.missing)]),
        ...(role.value.boundary.ok ? [] : [why('boundary', role.value.boundary.missing)]),
      ];
  const byReason = new Map<string, string[]>();
  for (const p of parts) byReason.set(p.because, [...(byReason.get(p.because) ?? []), p.label]);
  return [...byReason].map(([because, labels]) => `${inWords(labels)}: ${because}`);
}

/**
 * A stand-in for a role the deny's name pattern spares, that the re-simulation takes as escaping it: the pattern with its
 * first `*` as APPROVED-ROLE-NAME (`role/ci-*` -> `role/ci-APPROVED-ROLE-NAME`), only when that really escapes the deny.
 */
function patternPlaceholder(statement: Statement, jobRoleArn: string): { pattern: string; roleArn: string } | undefined {
  for (const pattern of conditionSparedRolePatterns(statement)) {
    const roleArn = patternStandIn(pattern, jobRoleArn);
    if (canRunJobAs(roleArn, jobRoleArn) && escapesDeny(statement, roleArn)) return { pattern, roleArn };
  }
  return undefined;
}

function rolePlan(bundle: EvidenceBundle, d: DenyContext, checkIds: string[]): FixPlan {
  const actions = [...new Set(d.group.map((c) => c.planned.request.action))];
  // The roles the deny itself spares are the approved ones; else one the same policy allows. Each must really escape the
  // deny: a role the deny still covers would be a way forward that leads back into it.
  const { roles: approved, spared } = approvedRoles(d.statement, d.siblings, actions, bundle.job.roleArn);
  // A deny that spares roles by a name pattern (`role/ci-*`) names none, but says what the approved one is called.
  const pattern = approved[0] ? undefined : patternPlaceholder(d.statement, bundle.job.roleArn);
  const roleArn = approved[0] ?? pattern?.roleArn ?? approvedRoleStandIn(bundle.job.roleArn, bundle.accountId);
  // A deny keyed on the principal's tags names no role, but says which ones it spares: those tagged so.
  const spareTags = approved[0] ? [] : sparedPrincipalTags(d.statement).filter((t) => t.values.length > 0 && !t.values[0]?.includes('*'));
  const tagged = spareTags.map((t) => `${t.key} = ${t.values.join(' or ')}`);
  // Re-simulated as a role carrying the first value of each: what the deny itself says approves a role.
  const roleTags = spareTags.length > 0 ? Object.fromEntries(spareTags.map((t) => [t.key, t.values[0] as string])) : undefined;
  // A deny keyed on aws:userid names the approved roles by RoleId: re-simulated as a role with the first.
  const ids = approved[0] || roleTags ? [] : sparedRoleIds(d.statement);
  const roleId = ids[0];
  const byId = `${capitalize(sidOf(d.statement))} admits roles by their unique ID (${ids.join(' or ')}): \`aws iam list-roles --query "Roles[?RoleId=='${roleId}'].RoleName" --output text\` names ${ids.length > 1 ? 'one of them' : 'it'}: replace APPROVED-ROLE-NAME with it.`;
  const notes = [
    `${sidOf(d.statement)} in ${d.where} denies role ${roleNameOfArn(bundle.job.roleArn)} on purpose: the job must run as a role the deny does not cover, not exempt this one.`,
    !approved[0]
      ? tagged.length > 0
        ? `${capitalize(sidOf(d.statement))} spares roles tagged ${tagged.join(' and ')}: the approved role is one that carries ${tagged.length > 1 ? 'those tags' : 'that tag'}. Which role that is, and whether this one should be tagged, is for the policy\u2019s owner to say: replace APPROVED-ROLE-NAME with it.`
        : roleId
          ? byId
          : pattern
            ? `${capitalize(sidOf(d.statement))} spares roles whose ARN matches ${pattern.pattern}: the job must run as one of them. Which one is for the policy\u2019s owner to say: replace ${roleNameOfArn(pattern.roleArn)} with its name.`
            : 'Which role is approved for this data is for the policy\u2019s owner to say: replace APPROVED-ROLE-NAME with it.'
      : spared.includes(roleArn)
        ? `${capitalize(sidOf(d.statement))} itself spares ${roleNameOfArn(roleArn)}: that is the role its owner approved.`
        : `${capitalize(d.where)} allows ${roleNameOfArn(roleArn)} to make these requests.`,
    'Whoever starts the job needs iam:PassRole on that role; the role must trust sagemaker.amazonaws.com and allow what this job needs (the checks above).',
  ];
  const read = roleTags || roleId ? undefined : bundle.otherRoles?.[roleArn];
  const gaps = read ? unreadPartsOf(read) : [];
  const what = read?.ok && gaps.length ? `some policies of ${roleNameOfArn(roleArn)} could not be read` : `the policies of ${roleNameOfArn(roleArn)} were not read`;
  const unverified = `Not verified: ${what}${gaps.length ? ` (${gaps.join('; ')})` : ''}; re-simulation only shows that ${d.where} no longer denies the job${roleTags ? ` when its role is tagged ${Object.entries(roleTags).map(([key, value]) => `${key} = ${value}`).join(' and ')}` : roleId ? ` when its role's ID is ${roleId}` : ''}.`;
  const change: JobChange = { kind: 'job-config', roleArn, ...(roleTags ? { roleTags } : {}), ...(roleId ? { roleId } : {}) };
  return jobPlan(bundle, `job-config:role:${roleArn}`, approved[0] ? `Start the job again with role ${roleNameOfArn(roleArn)}` : `Start the job again with a role that ${sidOf(d.statement)} does not cover`, change, { RoleArn: roleArn }, checkIds, notes, unverified);
}

/**
 * The changes to the job's own configuration that comply with an explicit deny: a deny is someone's
 * control, so the way through it comes before any exemption. A deny that requires a VPC endpoint is
 * met by running in subnets routed to it; one that requires an encryption key, by naming it (and,
 * for the training script's own upload, by sending the header); one that picks out this role, by
 * running as another. A deny on everyone with nothing to comply with has none.
 */
export function compliantPlans(bundle: EvidenceBundle, d: DenyContext, checkIds: string[]): FixPlan[] {
  const plans: FixPlan[] = [];
  // A required endpoint, or a required VPC whose S3 gateway endpoint the network evidence shows (one not shown is left to the exemption).
  const named = requiredSourceVpces(d.statement);
  const vpcs = named.length ? [] : requiredSourceVpcs(d.statement);
  // A route table cannot target an interface endpoint: no subnet is "routed" to one, so only gateways are ways to comply.
  const vpces = (named.length ? named : s3GatewaysOf(bundle, vpcs)).filter((id) => readEndpoint(bundle, [id])?.type !== 'Interface');
  const requirement = named.length ? `through ${named.join(' or ')}` : `from ${vpcs.join(' or ')}`;
  if (vpces.length) {
    // The job's own route table, associated with the endpoint, needs no new subnet: before a placeholder, after named ones.
    const route = endpointRoutePlan(bundle, vpces, `${capitalize(d.where)} denies (${sidOf(d.statement)}) every request that does not come ${requirement}`, checkIds);
    const job = vpcPlan(bundle, d, vpces, checkIds, requirement);
    plans.push(...(route ? (job.namesPlaceholder ? [route, job] : [job, route]) : [job]));
  }
  const key = requiredKmsKey(d.statement);
  const kms = key ? kmsPlan(bundle, d, key, checkIds) : undefined;
  if (kms) plans.push(kms);
  const script = scriptUploadPlan(bundle, d);
  if (script) plans.push(script);
  if (!plans.length && distinguishesPrincipals(d.statement)) {
    plans.push(rolePlan(bundle, d, checkIds));
  }
  return plans;
}
