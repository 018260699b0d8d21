import { beforeAll, describe, expect, it } from 'vitest';
import type { Diagnosis, Fix } from '@/lib/analysis';
import { DEMO_ACCOUNTS, DEMO_JOBS, jobKey, triageEveryDemoJob, type TriagedJob } from './testing/demo-accounts';

/**
 * Every fix the demo offers, for every failed job of both demo accounts in every region, read as a
 * reviewer would (issue 11's "Done when"): no grant wider than the request it answers, no exemption
 * offered first for a deliberate deny, each fix with who applies it and its Terraform form, and no
 * diagnosis at all for a job that did not fail. Triaged through the use case the job page calls.
 */
type Statement = Record<string, unknown>;

let jobs: TriagedJob[] = [];
beforeAll(async () => {
  jobs = await triageEveryDemoJob();
}, 120_000);

const failed = () => jobs.filter((j) => j.status === 'Failed');
const label = (j: TriagedJob) => jobKey(j.accountId, j.region, j.name);
const FAILED_KEYS = DEMO_JOBS.filter((j) => j.status === 'Failed').map((j) => j.key);

function diagnosisOf(job: TriagedJob): Diagnosis {
  if (!job.detail.diagnosis) throw new Error(`no diagnosis for ${label(job)}`);
  return job.detail.diagnosis;
}

function list(value: unknown): string[] {
  return typeof value === 'string' ? [value] : Array.isArray(value) ? value.map(String) : [];
}

function hasCondition(s: Statement, op: string, key: string, value?: string): boolean {
  const v = ((s.Condition ?? {}) as Record<string, Record<string, unknown>>)[op]?.[key];
  return v !== undefined && (value === undefined || list(v).includes(value));
}

/** The Allow statements a fix adds or changes, with the context of the requests it answers. */
function added(d: Diagnosis, fix: Fix): { s: Statement; contexts: Record<string, string | string[]>[] }[] {
  const contexts = d.checks.filter((c) => fix.checkIds.includes(c.id)).map((c) => c.request.context ?? {});
  return ((fix.changedStatements ?? []) as Statement[]).filter((s) => s.Effect === 'Allow').map((s) => ({ s, contexts }));
}

const isDataKeyAction = (a: string) => a === 'kms:Decrypt' || a === 'kms:Encrypt' || a.startsWith('kms:GenerateDataKey');

/** How many fixes each rule actually judged, so the test cannot pass by finding nothing to judge. */
const seen = { createGrant: 0, viaService: 0, listPrefix: 0, trust: 0, explicitDeny: 0 };

describe('the demo as it ships', () => {
  it('triages every job of every configured account and region', () => {
    const configured = DEMO_ACCOUNTS.accounts.flatMap((a) => a.regions.map((r) => `${a.accountId} ${r}`)).sort();
    const withFailures = [...new Set(failed().map((j) => `${j.accountId} ${j.region}`))].sort();
    expect(withFailures).toEqual(configured);
    expect(failed().length).toBeGreaterThanOrEqual(38);
  });

  it('gives a job that did not fail no diagnosis', () => {
    const healthy = jobs.filter((j) => j.status !== 'Failed');
    expect(new Set(healthy.map((j) => j.status))).toEqual(new Set(['Completed', 'Stopped', 'InProgress']));
    for (const job of healthy) {
      expect(job.detail.job.status, label(job)).toBe(job.status);
      expect(job.detail.diagnosis, label(job)).toBeNull();
    }
  });
});

describe('the fixes the demo offers', () => {
  it.each(FAILED_KEYS)('%s', (key) => {
    const job = failed().find((j) => label(j) === key);
    if (!job) throw new Error(`${key} was not triaged`);
    const d = diagnosisOf(job);
    // "Denied request" always names the action.
    if (d.deniedRequest?.resource) expect(d.deniedRequest.action, `${key}: the denied request names its action`).toBeTruthy();
    for (const fix of d.fixes) {
      expect(fix.appliedBy, `${key} ${fix.id} says who applies it`).toBeTruthy();
      expect(fix.terraform, `${key} ${fix.id} has a Terraform form`).toBeTruthy();
      if (fix.target === 'job-config') expect(fix.jobConfig?.fields, `${key} ${fix.id} lists the job fields`).toBeTruthy();
      for (const { s, contexts } of added(d, fix)) {
        const actions = list(s.Action);
        if (actions.includes('kms:CreateGrant')) {
          seen.createGrant++;
          expect(hasCondition(s, 'Bool', 'kms:GrantIsForAWSResource', 'true'), `${key} ${fix.id}: kms:CreateGrant only for AWS resources`).toBe(true);
        }
        if (actions.some(isDataKeyAction) && contexts.some((c) => c['kms:ViaService'])) {
          seen.viaService++;
          expect(hasCondition(s, 'StringEquals', 'kms:ViaService'), `${key} ${fix.id}: a data key for S3 only through S3`).toBe(true);
        }
        if (actions.includes('s3:ListBucket') && contexts.some((c) => typeof c['s3:prefix'] === 'string' && c['s3:prefix'] !== '')) {
          seen.listPrefix++;
          expect(hasCondition(s, 'StringLike', 's3:prefix'), `${key} ${fix.id}: s3:ListBucket stays on the prefix the job lists`).toBe(true);
        }
        const principal = s.Principal as { Service?: unknown } | undefined;
        if (list(principal?.Service).includes('sagemaker.amazonaws.com')) {
          seen.trust++;
          const source = ['StringEquals', 'StringLike', 'ArnEquals', 'ArnLike'].some((op) => hasCondition(s, op, 'aws:SourceAccount') || hasCondition(s, op, 'aws:SourceArn'));
          expect(source, `${key} ${fix.id}: a SageMaker trust statement has a source condition`).toBe(true);
        }
      }
    }
    // Exceptions are the last resort: after every other fix, and never first for a deliberate deny.
    const kinds = d.fixes.map((f) => f.kind ?? 'grant');
    const firstException = kinds.indexOf('exception');
    expect(firstException === -1 || kinds.slice(firstException).every((k) => k === 'exception'), `${key}: exceptions last (${kinds.join(', ')})`).toBe(true);
    if (d.checks.some((c) => c.status === 'fail' && c.decidedBy?.denialType === 'explicit')) {
      seen.explicitDeny++;
      expect(d.fixes.length, `${key}: an explicit deny has a way forward`).toBeGreaterThan(0);
      expect(d.fixes[0]?.kind, `${key}: the first fix for an explicit deny is not an exemption`).not.toBe('exception');
    }
  });

  it("research-bucket-policy-1: the role the deny spares is read beside the job's, so running as it is verified", () => {
    const job = failed().find((j) => j.name === 'research-bucket-policy-1');
    const admin = 'arn:aws:iam::222233334444:role/data-platform-admin';
    expect(job?.detail.evidence.otherRoles?.[admin]).toMatchObject({ ok: true, value: { arn: admin } });
    const first = job ? diagnosisOf(job).fixes[0] : undefined;
    expect(first).toMatchObject({ target: 'job-config', kind: 'compliant', verified: true, jobConfig: { fields: { RoleArn: admin } } });
  });

  it("graph-embed-nightly-nat-2: a job in the endpoint's VPC whose table sends S3 through NAT is routed through the endpoint first", () => {
    const job = failed().find((j) => j.name === 'graph-embed-nightly-nat-2');
    const fixes = job ? diagnosisOf(job).fixes : [];
    expect(fixes[0]).toMatchObject({
      target: 'route-table',
      kind: 'compliant',
      verified: true,
      cli: 'aws ec2 modify-vpc-endpoint --region us-east-1 --vpc-endpoint-id vpce-0a1b2c3d4e5f60718 --add-route-table-ids rtb-0b7c8d9e0f1a2b3c5',
    });
    expect(fixes.at(-1)?.kind).toBe('exception');
  });

  it('judged every kind of grant the issue names at least once', () => {
    expect(seen.createGrant).toBeGreaterThan(0);
    expect(seen.viaService).toBeGreaterThan(0);
    expect(seen.listPrefix).toBeGreaterThan(0);
    expect(seen.trust).toBeGreaterThan(0);
    // fraud-graph-gnn-nightly-30, graph-embed-nightly-nat-2 and pii-redaction-ner-contractor-2 here, research-bucket-policy-1 in ml-research.
    expect(seen.explicitDeny).toBeGreaterThanOrEqual(4);
  });
});
