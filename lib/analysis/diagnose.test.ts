import { describe, expect, it } from 'vitest';
import type { Diagnosis } from './diagnosis';
import { diagnose } from './diagnose';
import type { EvidenceBundle } from './evidence';
import { applyFix, cliDocument } from './test-support/apply-fix';
import { buildBundle, key, rootKeyPolicy } from './test-support/bundle';
import { accessWithout, KEY_ARN, KEY_ID, PROVEN_CASES } from './test-support/proven-cases';
import { failedDuring } from './test-support/transitions';

function check(d: Diagnosis, id: string) {
  const c = d.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id} in ${d.checks.map((x) => x.id).join(', ')}`);
  return c;
}

async function expectFixesFlip(bundle: EvidenceBundle, d: Diagnosis) {
  for (const fix of d.fixes.filter((f) => f.verified)) {
    // A key-policy fix reads, merges and writes back (a pipeline): fix-commands.test.ts runs it in a shell.
    // An inline policy left with no statement is deleted, not written.
    if (fix.cli.startsWith('aws iam delete-role-policy ')) expect(fix.policy).toMatchObject({ Statement: [] });
    else if (fix.policy !== undefined && !fix.cli.includes(' | ')) expect(cliDocument(fix.cli)).toEqual(fix.policy);
    const fixed = await diagnose(applyFix(bundle, fix));
    for (const id of fix.checkIds) {
      const companions = d.fixes.filter((f) => f !== fix && f.checkIds.includes(id));
      if (companions.length) continue; // flips only together; covered by expectAllFixesFlip
      expect(check(fixed, id).status, `${fix.title} flips ${id}`).toBe('pass');
    }
  }
  let all = bundle;
  for (const fix of d.fixes.filter((f) => f.verified)) all = applyFix(all, fix);
  const fixed = await diagnose(all);
  for (const c of d.checks.filter((x) => x.status === 'fail')) expect(check(fixed, c.id).status, `${c.id} after all fixes`).toBe('pass');
  for (const c of d.checks.filter((x) => x.status === 'pass')) expect(check(fixed, c.id).status, `${c.id} must not regress`).toBe('pass');
}

describe('diagnose: proven causes', () => {
  it.each(PROVEN_CASES)('$name', async (c) => {
    const bundle = buildBundle(c.spec);
    const d = await diagnose(bundle);
    expect(d.cause).toBe(c.cause);
    expect(d.confidence).toBe(c.confidence);
    expect(d.checks.filter((x) => x.status === 'fail').map((x) => x.id)).toEqual(c.failing);
    if (c.decidedBy) expect(d.decidedBy).toMatchObject(c.decidedBy);
    expect(d.fixes.map((f) => f.target).sort()).toEqual([...c.fixTargets].sort());
    // A job-config change to subnets the dashboard never read is offered unverified, saying so.
    expect(d.fixes.filter((f) => f.target !== 'job-config').every((f) => f.verified)).toBe(true);
    for (const f of d.fixes.filter((x) => !x.verified)) expect(f.notes?.some((n) => n.startsWith('Not verified'))).toBe(true);
    for (const id of c.failing) expect(check(d, id).fixIds.length, `${id} has a fix`).toBeGreaterThan(0);
    expect(d.summary).toMatch(/^(Role ml-train cannot|SageMaker cannot assume|The job cannot reach S3 from its VPC)/);
    expect(d.groupKey).toContain(c.cause);
    await expectFixesFlip(bundle, d);
  });
});

describe('diagnose: the output key for a multipart upload', () => {
  it('grants kms:Decrypt on the output key only through S3 (kms:ViaService), and no more than was denied', async () => {
    const d = await diagnose(
      buildBundle({
        job: { transitions: failedDuring('Uploading'), failureReason: 'ClientError: Artifact upload failed:Access Denied', output: { s3OutputPath: 's3://acme-models/output/', kmsKeyId: KEY_ARN } },
        identity: accessWithout(['kms:Decrypt']),
        keys: { [KEY_ARN]: { ...key(KEY_ID, rootKeyPolicy()), ref: KEY_ARN } },
      }),
    );
    const fix = d.fixes.find((f) => f.target === 'role-inline-policy');
    expect(fix?.policy).toMatchObject({
      Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: KEY_ARN, Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } }],
    });
    expect(JSON.stringify(fix?.policy)).not.toMatch(/GenerateDataKey|kms:Encrypt/);
    expect(check(d, 'output-kms-decrypt').title).toMatch(/multipart upload/);
  });
});
