import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import demoJson from '@/emulator/scenarios/demo.json';
import { parseScenario } from '@/emulator/scenario/load';
import { diagnose, type Diagnosis, type Fix } from '@/lib/analysis';
import { collectEvidence } from './collect-evidence';
import { startEmulator } from './testing/emulator';

/**
 * Every fix the demo offers, for every failed job in both regions, read as a reviewer would: no grant
 * wider than the request it answers (issue 11's "Done when"), no exemption offered first for a
 * deliberate deny, and each fix with who applies it and its Terraform form.
 */
const demo = parseScenario(demoJson, 'demo.json');
const failed = demo.trainingJobs.filter((j) => j.status === 'Failed');

type Statement = Record<string, unknown>;

let env: Awaited<ReturnType<typeof startEmulator>>;
const diagnoses = new Map<string, Diagnosis>();
beforeAll(async () => {
  env = await startEmulator({ scenario: demo });
  for (const job of failed) {
    const result = await collectEvidence(await env.ctx(job.region), job.name);
    if (!result.ok) throw new Error(`collectEvidence failed for ${job.name}`);
    diagnoses.set(job.name, await diagnose(result.value));
  }
});
afterAll(() => env?.stop());

function list(value: unknown): string[] {
  return typeof value === 'string' ? [value] : Array.isArray(value) ? value.map(String) : [];
}

function conditionKeys(s: Statement): Record<string, Record<string, unknown>> {
  return (s.Condition ?? {}) as Record<string, Record<string, unknown>>;
}

function hasCondition(s: Statement, op: string, key: string, value?: string): boolean {
  const v = conditionKeys(s)[op]?.[key];
  return v !== undefined && (value === undefined || list(v).includes(value));
}

/** The statements a fix adds or changes, with the context of the requests it answers. */
function added(d: Diagnosis, fix: Fix): { s: Statement; contexts: Record<string, string | string[]>[] }[] {
  const contexts = d.checks.filter((c) => fix.checkIds.includes(c.id)).map((c) => c.request.context ?? {});
  return ((fix.changedStatements ?? []) as Statement[]).filter((s) => s.Effect === 'Allow').map((s) => ({ s, contexts }));
}

/** How many fixes each rule actually judged, so the test cannot pass by finding nothing to judge. */
const seen = { createGrant: 0, viaService: 0, listPrefix: 0, trust: 0, explicitDeny: 0 };

describe('the fixes the demo offers', () => {
  it.each(failed.map((j) => [j.name] as const))('%s', (name) => {
    const d = diagnoses.get(name);
    if (!d) throw new Error(`no diagnosis for ${name}`);
    for (const fix of d.fixes) {
      expect(fix.appliedBy, `${fix.id} says who applies it`).toBeTruthy();
      expect(fix.terraform, `${fix.id} has a Terraform form`).toBeTruthy();
      if (fix.target === 'job-config') expect(fix.jobConfig?.fields, `${fix.id} lists the job fields`).toBeTruthy();
      for (const { s, contexts } of added(d, fix)) {
        const actions = list(s.Action);
        if (actions.includes('kms:CreateGrant')) {
          seen.createGrant++;
          expect(hasCondition(s, 'Bool', 'kms:GrantIsForAWSResource', 'true'), `${fix.id}: kms:CreateGrant only for AWS resources`).toBe(true);
        }
        if (actions.some((a) => a === 'kms:Decrypt' || a.startsWith('kms:GenerateDataKey')) && contexts.some((c) => c['kms:ViaService'])) {
          seen.viaService++;
          expect(hasCondition(s, 'StringEquals', 'kms:ViaService'), `${fix.id}: a data key for S3 only through S3`).toBe(true);
        }
        if (actions.includes('s3:ListBucket') && contexts.some((c) => typeof c['s3:prefix'] === 'string' && c['s3:prefix'] !== '')) {
          seen.listPrefix++;
          expect(hasCondition(s, 'StringLike', 's3:prefix'), `${fix.id}: s3:ListBucket stays on the prefix the job lists`).toBe(true);
        }
        const principal = s.Principal as { Service?: unknown } | undefined;
        if (list(principal?.Service).includes('sagemaker.amazonaws.com')) {
          seen.trust++;
          const source = ['StringEquals', 'StringLike', 'ArnEquals', 'ArnLike'].some((op) => hasCondition(s, op, 'aws:SourceAccount') || hasCondition(s, op, 'aws:SourceArn'));
          expect(source, `${fix.id}: a SageMaker trust statement has a source condition`).toBe(true);
        }
      }
    }
    // Exceptions are the last resort: after every other fix, and never first for a deliberate deny.
    const kinds = d.fixes.map((f) => f.kind ?? 'grant');
    expect(kinds.indexOf('exception') === -1 || kinds.slice(kinds.indexOf('exception')).every((k) => k === 'exception')).toBe(true);
    if (d.checks.some((c) => c.status === 'fail' && c.decidedBy?.denialType === 'explicit')) {
      seen.explicitDeny++;
      expect(d.fixes.length, 'an explicit deny has a way forward').toBeGreaterThan(0);
      expect(d.fixes[0]?.kind, 'the first fix for an explicit deny is not an exemption').not.toBe('exception');
    }
  });

  it('judged every kind of grant the issue names at least once', () => {
    expect(seen.createGrant).toBeGreaterThan(0);
    expect(seen.viaService).toBeGreaterThan(0);
    expect(seen.listPrefix).toBeGreaterThan(0);
    expect(seen.trust).toBeGreaterThan(0);
    expect(seen.explicitDeny).toBeGreaterThanOrEqual(2);
  });
});
