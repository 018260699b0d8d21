/**
 * The demo account is the product's first impression and the diagnosis engine's oracle, so it is
 * tested like code: it must validate, hang together, cover every cause, and its policies must
 * really refuse (and only refuse) what each job's failure text claims.
 */
import { fileURLToPath } from 'node:url';
import { getDenialReasons, runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../scenario/load';
import type { ScenarioJob, ScenarioRole } from '../scenario/schema';
import { resolveTimeSpec } from '../scenario/time-spec';

const demo = readScenarioFile(fileURLToPath(new URL('./demo.json', import.meta.url)));
const ACCOUNT = demo.accountId;
const failed = demo.trainingJobs.filter((job) => job.status === 'Failed');
const withPolicyVerdict = failed.filter((job) => job.expect?.decidedBy && job.expect.decidedBy !== 'scp');

type Request = { action: string; resource: string; context?: Record<string, string | string[]> };

// ---------------------------------------------------------------- lookups
const roleArn = (role: ScenarioRole) => `arn:aws:iam::${ACCOUNT}:role${role.path}${role.name}`;
const findRole = (arn: string) => demo.roles.find((role) => roleArn(role) === arn);
const findPolicy = (arn: string) => demo.managedPolicies.find((policy) => policy.arn === arn);
const findBucket = (name: string) => demo.buckets.find((bucket) => bucket.name === name);
const bucketOfUri = (uri: string) => uri.replace(/^s3:\/\//, '').split('/')[0] ?? '';
const bucketOfArn = (arn: string) => arn.replace(/^arn:aws:s3:::/, '').split('/')[0] ?? '';
const findKey = (ref: string, region: string) =>
  demo.kmsKeys.find(
    (key) =>
      (key.region === region && (ref === key.keyId || key.aliases.includes(ref))) ||
      ref === `arn:aws:kms:${key.region}:${key.accountId ?? ACCOUNT}:key/${key.keyId}`,
  );
const subnetsOf = (region: string) =>
  demo.vpcs.filter((vpc) => vpc.region === region).flatMap((vpc) => vpc.subnets.map((subnet) => ({ vpc, subnet })));
const routeTableOf = (subnetId: string) => {
  const vpc = demo.vpcs.find((v) => v.subnets.some((s) => s.id === subnetId));
  const tables = vpc?.routeTables ?? [];
  return { vpc, table: tables.find((t) => t.subnetIds.includes(subnetId)) ?? tables.find((t) => t.main) };
};

/** The S3 gateway endpoint a VPC job's S3 traffic goes through, if its subnet routes S3 to one. */
function s3EndpointOf(job: ScenarioJob) {
  const subnetId = job.vpc?.subnetIds[0];
  if (!subnetId) return undefined;
  const { vpc, table } = routeTableOf(subnetId);
  return vpc?.endpoints.find(
    (e) => e.type === 'Gateway' && e.serviceName.endsWith('.s3') && table?.routes.some((r) => r.vpcEndpointId === e.id),
  );
}

// ---------------------------------------------------------------- the simulation helper
const FULL_ACCESS_ENDPOINT = { Version: '2008-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] };

/** Evaluates one request the way AWS would for this job: role policies, boundary, resource policy, VPC endpoint. */
async function simulate(job: ScenarioJob, request: Request) {
  const role = findRole(job.roleArn);
  if (!role) throw new Error(`${job.name}: role ${job.roleArn} is not in the scenario`);
  const assume = request.action === 'sts:AssumeRole';
  let resourcePolicy: unknown;
  let resourceAccount = ACCOUNT;
  if (assume) resourcePolicy = role.trustPolicy;
  if (request.resource.startsWith('arn:aws:s3:::')) {
    const bucket = findBucket(bucketOfArn(request.resource));
    resourcePolicy = bucket?.policy ?? undefined;
    resourceAccount = bucket?.ownerAccountId ?? ACCOUNT;
  }
  if (request.resource.startsWith('arn:aws:kms:')) resourcePolicy = findKey(request.resource, job.region)?.policy;
  const endpoint = request.action.startsWith('s3:') ? s3EndpointOf(job) : undefined;
  const context = { ...request.context };
  if (endpoint) {
    context['aws:SourceVpce'] = endpoint.id;
    context['aws:SourceVpc'] = routeTableOf(job.vpc?.subnetIds[0] ?? '').vpc?.id ?? '';
  }
  const simulation: Simulation = {
    request: {
      principal: assume ? 'sagemaker.amazonaws.com' : `arn:aws:sts::${ACCOUNT}:assumed-role/${role.name}/SageMaker`,
      action: request.action,
      resource: { resource: request.resource, accountId: resourceAccount },
      contextVariables: context,
    },
    identityPolicies: assume
      ? []
      : [
          ...role.inlinePolicies.map((p) => ({ name: p.name, policy: p.document })),
          ...role.attachedPolicyArns.map((arn) => ({ name: arn, policy: findPolicy(arn)?.document })),
        ],
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    resourcePolicy,
    permissionBoundaryPolicies:
      role.permissionsBoundaryArn && !assume
        ? [{ name: role.permissionsBoundaryArn, policy: findPolicy(role.permissionsBoundaryArn)?.document }]
        : undefined,
    vpcEndpointPolicies: endpoint ? [{ name: endpoint.id, policy: endpoint.policy ?? FULL_ACCESS_ENDPOINT }] : undefined,
  };
  const result = await runSimulation(simulation, {});
  if (result.resultType !== 'single') throw new Error(`${job.name} ${request.action}: ${JSON.stringify(result)}`);
  return { verdict: result.overallResult, reasons: getDenialReasons(result.result.analysis) };
}

/** The requests SageMaker makes for a job under its role, in stage order (sample object keys). */
function standardRequests(job: ScenarioJob): Request[] {
  const requests: Request[] = [{ action: 'sts:AssumeRole', resource: job.roleArn }];
  const kms = (ref: string | undefined, action: string) => {
    const key = ref ? findKey(ref, job.region) : undefined;
    if (key) requests.push({ action, resource: `arn:aws:kms:${key.region}:${ACCOUNT}:key/${key.keyId}` });
  };
  kms(job.resources.volumeKmsKeyId, 'kms:CreateGrant');
  const image = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com\/([^:@]+)/.exec(job.trainingImage);
  if (image) requests.push({ action: 'ecr:BatchGetImage', resource: `arn:aws:ecr:${image[2]}:${image[1]}:repository/${image[3]}` });
  for (const channel of job.inputChannels) {
    const bucket = bucketOfUri(channel.s3Uri);
    const prefix = channel.s3Uri.slice(`s3://${bucket}/`.length);
    // A manifest names its objects: SageMaker reads the manifest and never lists the bucket.
    if (channel.s3DataType === 'ManifestFile') requests.push({ action: 's3:GetObject', resource: `arn:aws:s3:::${bucket}/${prefix}` });
    else {
      requests.push({ action: 's3:ListBucket', resource: `arn:aws:s3:::${bucket}`, context: { 's3:prefix': prefix } });
      requests.push({ action: 's3:GetObject', resource: `arn:aws:s3:::${bucket}/${prefix}part-00000` });
    }
    kms(findBucket(bucket)?.encryption?.kmsKeyId, 'kms:Decrypt');
  }
  requests.push({
    action: 'logs:CreateLogStream',
    resource: `arn:aws:logs:${job.region}:${ACCOUNT}:log-group:/aws/sagemaker/TrainingJobs:log-stream:${job.name}/algo-1`,
  });
  if (job.checkpoint) requests.push({ action: 's3:PutObject', resource: `arn:aws:s3:::${job.checkpoint.s3Uri.slice(5)}checkpoint.pt` });
  const out = job.output.s3OutputPath.replace(/\/?$/, '/').slice(5);
  requests.push({ action: 's3:PutObject', resource: `arn:aws:s3:::${out}${job.name}/output/model.tar.gz` });
  kms(job.output.kmsKeyId, 'kms:GenerateDataKey');
  return requests;
}

const service = (action: string) => action.split(':')[0];

// ---------------------------------------------------------------- tests
describe('demo account: shape', () => {
  it('validates against the scenario schema and has unique job names per region', () => {
    const keys = demo.trainingJobs.map((job) => `${job.region}/${job.name}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(demo.accountId).toBe('111122223333');
  });

  it('resolves every role, policy, bucket, key, subnet and security group a job or role names', () => {
    const problems: string[] = [];
    for (const role of demo.roles) {
      for (const arn of [...role.attachedPolicyArns, ...(role.permissionsBoundaryArn ? [role.permissionsBoundaryArn] : [])]) {
        if (!findPolicy(arn)) problems.push(`role ${role.name}: policy ${arn}`);
      }
    }
    for (const bucket of demo.buckets) {
      const key = bucket.encryption?.kmsKeyId;
      if (key && !findKey(key, bucket.region)) problems.push(`bucket ${bucket.name}: key ${key}`);
    }
    for (const job of demo.trainingJobs) {
      if (!findRole(job.roleArn)) problems.push(`${job.name}: role ${job.roleArn}`);
      const uris = [...job.inputChannels.map((c) => c.s3Uri), job.output.s3OutputPath, ...(job.checkpoint ? [job.checkpoint.s3Uri] : [])];
      for (const uri of uris) {
        const bucket = findBucket(bucketOfUri(uri));
        if (!bucket) problems.push(`${job.name}: bucket of ${uri}`);
        else if (bucket.region !== job.region) problems.push(`${job.name}: ${bucket.name} is in ${bucket.region}`);
      }
      for (const ref of [job.output.kmsKeyId, job.resources.volumeKmsKeyId]) {
        if (ref && !findKey(ref, job.region)) problems.push(`${job.name}: key ${ref}`);
      }
      const request = job.expect?.request;
      if (request?.resource.startsWith('arn:aws:s3:::') && !findBucket(bucketOfArn(request.resource))) problems.push(`${job.name}: expect bucket`);
      if (request?.resource.startsWith('arn:aws:kms:') && !findKey(request.resource, job.region)) problems.push(`${job.name}: expect key`);
      if (job.vpc) {
        const subnets = subnetsOf(job.region);
        for (const id of job.vpc.subnetIds) if (!subnets.some((s) => s.subnet.id === id)) problems.push(`${job.name}: subnet ${id}`);
        const groups = demo.vpcs.filter((v) => v.region === job.region).flatMap((v) => v.securityGroups.map((g) => g.id));
        for (const id of job.vpc.securityGroupIds) if (!groups.includes(id)) problems.push(`${job.name}: security group ${id}`);
      }
    }
    for (const vpc of demo.vpcs) {
      const subnetIds = vpc.subnets.map((s) => s.id);
      for (const table of vpc.routeTables) {
        for (const id of table.subnetIds) if (!subnetIds.includes(id)) problems.push(`${table.id}: subnet ${id}`);
        for (const route of table.routes) {
          if (route.vpcEndpointId && !vpc.endpoints.some((e) => e.id === route.vpcEndpointId)) problems.push(`${table.id}: ${route.vpcEndpointId}`);
        }
      }
    }
    for (const denied of demo.dashboard.denied) {
      if (denied.action === 'iam:GetRole' && !findRole(denied.resource ?? '')) problems.push(`dashboard denial ${denied.resource}`);
    }
    expect(problems).toEqual([]);
  });

  it('tells each job story in order: created, then transitions that never overlap or run backwards', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const at = (spec: string) => resolveTimeSpec(spec, now).getTime();
    for (const job of demo.trainingJobs) {
      let cursor = at(job.createdAt);
      for (const t of job.transitions) {
        expect(at(t.start), `${job.name} ${t.status}`).toBeGreaterThanOrEqual(cursor);
        if (t.end) expect(at(t.end), `${job.name} ${t.status}`).toBeGreaterThanOrEqual(at(t.start));
        cursor = at(t.end ?? t.start);
      }
      const last = job.transitions.at(-1)?.status;
      if (job.status !== 'InProgress') expect(last, job.name).toBe(job.status);
      const bound = job.status === 'InProgress' ? now.getTime() : cursor;
      for (const event of job.logStreams.flatMap((s) => s.events)) expect(at(event.at), job.name).toBeLessThanOrEqual(bound);
      expect(Boolean(job.failureReason), job.name).toBe(job.status === 'Failed');
    }
  });

  it('keeps most failures within the last week and a few 8 to 25 days back', () => {
    const now = new Date();
    const ageDays = failed.map((job) => (now.getTime() - resolveTimeSpec(job.createdAt, now).getTime()) / 86_400_000);
    expect(ageDays.filter((d) => d <= 7).length).toBeGreaterThan(failed.length * 0.7);
    expect(ageDays.filter((d) => d > 8 && d <= 25).length).toBeGreaterThanOrEqual(3);
    expect(ageDays.every((d) => d <= 25)).toBe(true);
  });
});

describe('demo account: coverage', () => {
  const count = (cause: string) => failed.filter((job) => job.expect?.cause === cause).length;

  it('has at least two failed jobs for each headline cause and one of every other', () => {
    for (const cause of ['s3-read', 's3-write', 'kms', 'boundary', 'bucket-policy', 'vpc']) expect(count(cause), cause).toBeGreaterThanOrEqual(2);
    for (const cause of ['ecr', 'trust-policy', 'scp', 'user-code', 'out-of-memory', 'capacity', 'quota', 'data']) expect(count(cause), cause).toBeGreaterThanOrEqual(1);
    expect(failed.every((job) => job.expect), 'every failed job has an oracle').toBe(true);
  });

  it('has completed, stopped and in-progress jobs, and failed jobs in eu-west-1 too', () => {
    const statuses = new Set(demo.trainingJobs.map((job) => job.status));
    for (const status of ['Completed', 'Stopped', 'InProgress']) expect(statuses.has(status as ScenarioJob['status'])).toBe(true);
    expect(failed.filter((job) => job.region === 'eu-west-1').length).toBeGreaterThanOrEqual(3);
  });

  it('groups several jobs of one role under one cause', () => {
    const groups = new Map<string, number>();
    for (const job of failed) groups.set(`${job.roleArn} ${job.expect?.cause}`, (groups.get(`${job.roleArn} ${job.expect?.cause}`) ?? 0) + 1);
    expect(Math.max(...groups.values())).toBeGreaterThanOrEqual(3);
  });

  it('marks the evidence the dashboard cannot read, and the account really hides it', () => {
    const partial = failed.filter((job) => job.expect?.partialEvidence?.length);
    const crossAccount = partial.find((job) => job.inputChannels.some((c) => findBucket(bucketOfUri(c.s3Uri))?.ownerAccountId));
    expect(crossAccount).toBeDefined();
    expect(partial.some((job) => demo.dashboard.denied.some((d) => d.action === 'iam:GetRole' && d.resource === job.roleArn))).toBe(true);
    expect(partial.some((job) => job.logStreams.length === 0)).toBe(true);
  });

  it('carries hostile log text: HTML, ANSI colour codes and a planted example access key', () => {
    const lines = demo.trainingJobs.flatMap((job) => job.logStreams.flatMap((s) => s.events.map((e) => e.message)));
    expect(lines.some((line) => line.includes('<img src=x onerror='))).toBe(true);
    expect(lines.some((line) => line.includes('\u001b['))).toBe(true);
    expect(lines.some((line) => /AKIA[0-9A-Z]{16}/.test(line))).toBe(true);
    expect(demo.trainingJobs.some((job) => Object.values(job.environment).some((v) => /AKIA[0-9A-Z]{16}/.test(v)))).toBe(true);
  });
});

const POLICY_TYPES: Record<string, string[]> = {
  identity: ['identity'],
  boundary: ['pb'],
  'bucket-policy': ['resource'],
  'key-policy': ['resource'],
  'trust-policy': ['resource'],
  'vpc-endpoint': ['vpce'],
};

describe('demo account: the policies really produce each failure', () => {
  it.each(withPolicyVerdict.map((job) => [job.name, job] as const))('%s: the expected request is refused by the expected policy', async (_, job) => {
    const request = job.expect!.request!;
    const endpoint = s3EndpointOf(job);
    if (request.context?.['aws:SourceVpce']) expect(request.context['aws:SourceVpce']).toBe(endpoint?.id);
    const { verdict, reasons } = await simulate(job, request);
    expect(verdict).not.toBe('Allowed');
    const expected = POLICY_TYPES[job.expect!.decidedBy!] ?? [];
    const resourceSideSilent = reasons.length === 0 && ['bucket-policy', 'key-policy'].includes(job.expect!.decidedBy!);
    if (!resourceSideSilent) expect(reasons.map((r) => r.policyType)).toEqual(expect.arrayContaining(expected));
    if (job.expect!.statementId) expect(reasons.map((r) => ('statementId' in r ? r.statementId : undefined))).toContain(job.expect!.statementId);
  });

  it.each(withPolicyVerdict.map((job) => [job.name, job] as const))('%s: every other request of the job is allowed', async (_, job) => {
    const intended = job.expect!.request!;
    const refused: string[] = [];
    for (const request of standardRequests(job)) {
      const { verdict } = await simulate(job, request);
      if (verdict !== 'Allowed' && service(request.action) !== service(intended.action)) refused.push(`${request.action} ${request.resource}`);
    }
    expect(refused).toEqual([]);
  });

  it('where the failure text quotes the refused request, it is the expected request', () => {
    const quoted = /is not authorized to perform: (\S+) on resource: "?([^"\s]+)"?/;
    const checked = failed.filter((job) => quoted.test(job.failureReason ?? ''));
    expect(checked.length).toBeGreaterThanOrEqual(8);
    for (const job of checked) {
      const [, action, resource] = quoted.exec(job.failureReason ?? '') ?? [];
      expect({ action, resource }, job.name).toEqual({ action: job.expect?.request?.action, resource: job.expect?.request?.resource });
      const logged = job.logStreams.flatMap((s) => s.events.map((e) => e.message)).some((m) => m.includes(`${action} on resource`));
      if (job.logStreams.length) expect(logged, `${job.name} logs quote it too`).toBe(true);
    }
  });

  it('the SCP job is allowed by everything inside the account, so only the organization can refuse it', async () => {
    const jobs = failed.filter((job) => job.expect?.decidedBy === 'scp');
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) {
      expect((await simulate(job, job.expect!.request!)).verdict).toBe('Allowed');
      expect(`${job.failureReason}`).toContain('service control policy');
    }
  });

  it('the no-route VPC job has no S3 endpoint or NAT route, and no policy refuses its request', async () => {
    const jobs = failed.filter((job) => job.expect?.cause === 'vpc' && !job.expect.decidedBy);
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) {
      for (const subnetId of job.vpc?.subnetIds ?? []) {
        const routes = routeTableOf(subnetId).table?.routes ?? [];
        expect(routes.some((r) => r.vpcEndpointId || r.natGatewayId || r.destinationCidr === '0.0.0.0/0')).toBe(false);
      }
      expect((await simulate(job, job.expect!.request!)).verdict).toBe('Allowed');
    }
  });

  it('healthy jobs are allowed every request they make', async () => {
    const healthy = demo.trainingJobs.filter((job) => job.status !== 'Failed');
    expect(healthy.length).toBeGreaterThanOrEqual(3);
    for (const job of healthy) {
      for (const request of standardRequests(job)) expect((await simulate(job, request)).verdict, `${job.name} ${request.action}`).toBe('Allowed');
    }
  });

  it('the expected request of a permission job is allowed for a role that is set up right', async () => {
    // The same read the NLP jobs are refused succeeds for the completed run on the old prefix.
    const completed = demo.trainingJobs.find((job) => job.name === 'nlp-intent-bert-run-117')!;
    const { verdict } = await simulate(completed, { action: 's3:GetObject', resource: 'arn:aws:s3:::acme-ml-datasets/nlp-legacy/intent-v6/train/part-00000.jsonl' });
    expect(verdict).toBe('Allowed');
  });
});
