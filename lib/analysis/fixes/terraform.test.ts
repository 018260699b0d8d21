import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose';
import type { Fix } from '../diagnosis';
import { ACCOUNT, buildBundle, FULL_ACCESS, key, ROLE_ARN, type BundleSpec } from '../test-support/bundle';
import { deny, doc, inline, ok } from '../test-support/policies';
import { hclString } from './hcl';
import { terraformFor } from './terraform';

/** The value inside `jsonencode(...)`, read back as JSON: HCL's object syntax with `:` is JSON's, bar the template escapes. */
function encoded(terraform: string): unknown {
  const m = /jsonencode\(([\s\S]*)\)\n/.exec(terraform);
  if (!m?.[1]) throw new Error(`no jsonencode in\n${terraform}`);
  return JSON.parse(m[1].replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{'));
}

const RESOURCE = /^resource "(aws_[a-z0-9_]+)" "[a-z][a-z0-9_-]*" \{$/m;

async function fixes(spec: Parameters<typeof buildBundle>[0]): Promise<Fix[]> {
  return (await diagnose(buildBundle(spec))).fixes;
}

describe('every fix as Terraform', () => {
  it.each<[string, BundleSpec, string]>([
    ['role inline policy', { identity: [inline('none', doc({ Effect: 'Allow', Action: 'logs:*', Resource: '*' }))] }, 'aws_iam_role_policy'],
    ['trust policy', { trust: ok(doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' })) }, 'aws_iam_role'],
    ['bucket policy exception', { buckets: { 'acme-data': { policy: ok(doc(deny('s3:*', 'arn:aws:s3:::acme-data/*', { Principal: '*' }))) } } }, 'aws_s3_bucket_policy'],
  ])('%s: the resource that holds the document, with the whole document', async (_name, spec, type) => {
    const all = await fixes(spec);
    const fix = all.find((f) => f.terraform?.includes(`resource "${type}"`));
    expect(fix, all.map((f) => f.terraform).join('\n---\n')).toBeDefined();
    expect(RESOURCE.exec(fix?.terraform ?? '')?.[1]).toBe(type);
    expect(encoded(fix?.terraform ?? '')).toEqual(fix?.policy);
  });

  it('a key policy names the key by its bare id, as the provider stores it (an ARN shows a change on every plan)', async () => {
    const keyArn = `arn:aws:kms:us-east-1:${ACCOUNT}:key/5f0c1e2a-1111-2222-3333-444455556666`;
    const admins = doc({ Sid: 'Admins', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/KeyAdmin` }, Action: 'kms:*', Resource: '*' });
    const all = await fixes({
      buckets: { 'acme-data': { encryption: ok({ algorithm: 'aws:kms', kmsKeyId: keyArn }) } },
      keys: { [keyArn]: { ...key('5f0c1e2a-1111-2222-3333-444455556666', admins), ref: keyArn } },
    });
    const tf = all.find((f) => f.target === 'key-policy')?.terraform ?? '';
    expect(tf).toContain('resource "aws_kms_key_policy" "key_5f0c1e2a-1111-2222-3333-444455556666" {');
    expect(tf).toMatch(/key_id += "5f0c1e2a-1111-2222-3333-444455556666"/);
  });

  it('a whole document says how to paste it: import what exists, nothing to import where the bucket had no policy', () => {
    const document = doc({ Sid: 'A', Effect: 'Allow', Principal: { AWS: ROLE_ARN }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-data/*' });
    const withPolicy = terraformFor(buildBundle({ buckets: { 'acme-data': { policy: ok(doc({ Sid: 'B', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-data/*' })) } } }), { kind: 'bucket-policy', bucket: 'acme-data', document }, false);
    expect(withPolicy).toContain('#   to = aws_s3_bucket_policy.acme-data\n#   id = "acme-data"');
    const without = terraformFor(buildBundle({ buckets: { 'acme-data': { policy: ok(null) } } }), { kind: 'bucket-policy', bucket: 'acme-data', document }, false);
    expect(without).not.toContain('import {');
    expect(without).toMatch(/^resource "aws_s3_bucket_policy" "acme-data" \{$/m);
  });

  it('a policy variable reaches AWS as written: ${aws:username} is escaped for HCL', async () => {
    const withVariable = doc(...(FULL_ACCESS.Statement as Record<string, unknown>[]), { Sid: 'Home', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::home/${aws:username}/*' });
    const all = await fixes({ identity: [inline('train-access', withVariable)], buckets: { 'acme-data': { policy: ok(doc(deny('s3:GetObject', 'arn:aws:s3:::acme-data/*', { Principal: '*' }))) } } });
    expect(hclString('${aws:username} %{x}')).toBe('"$${aws:username} %%{x}"');
    for (const f of all) expect(f.terraform, f.title).toBeDefined();
  });

  it('a job-configuration change as the CreateTrainingJob fields', async () => {
    const all = await fixes({ buckets: { 'acme-data': { policy: ok(doc({ Sid: 'DenyRole', ...deny('s3:GetObject', 'arn:aws:s3:::acme-data/*', { Principal: { AWS: ROLE_ARN } }) })) } } });
    const fix = all.find((f) => f.target === 'job-config');
    expect(fix?.terraform).toContain('training_job_changes = {');
    expect(fix?.terraform).toContain(`"RoleArn" : "arn:aws:iam::${ACCOUNT}:role/APPROVED-ROLE-NAME"`);
  });
});
