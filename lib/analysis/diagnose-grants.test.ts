import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';
import type { KeyGrant, PolicyDocument } from './evidence';
import { ACCOUNT, buildBundle, key, ROLE_ARN } from './test-support/bundle';
import { absent, doc, ok } from './test-support/policies';

/**
 * KMS grants: a grant can allow what the key policy does not (KMS developer guide, "Grants in AWS
 * KMS"). The input bucket's default key has a policy that names only its administrators.
 */
const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const KEY_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/${KEY_ID}`;
const ADMINS_ONLY = doc({ Sid: 'KeyAdmins', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/KeyAdmin` }, Action: 'kms:*', Resource: '*' });
const CHECK = 'input-train-kms-decrypt';

function bundleWith(grants: ReturnType<typeof ok<KeyGrant[]>> | ReturnType<typeof absent<KeyGrant[]>> | undefined, policy: PolicyDocument = ADMINS_ONLY) {
  const k = { ...key(KEY_ID, policy), ref: KEY_ARN, grants };
  if (grants === undefined) delete k.grants;
  return buildBundle({ buckets: { 'acme-data': { encryption: ok({ algorithm: 'aws:kms', kmsKeyId: KEY_ARN }) } }, keys: { [KEY_ARN]: k } });
}

const grant = (grantee: string, operations: string[], extra: Partial<KeyGrant> = {}): KeyGrant => ({ grantId: 'a'.repeat(64), name: 'training', granteePrincipal: grantee, operations, ...extra });

describe('diagnose: KMS key grants', () => {
  it('no grant: the key policy denies kms:Decrypt (proven, key policy)', async () => {
    const d = await diagnose(bundleWith(ok([])));
    expect(d.checks.find((c) => c.id === CHECK)?.status).toBe('fail');
    expect(d.cause).toBe('kms');
    expect(d.confidence).toBe('confirmed');
  });

  it('a grant for the role that covers Decrypt allows it, named in the reason', async () => {
    const d = await diagnose(bundleWith(ok([grant(ROLE_ARN, ['Decrypt', 'GenerateDataKey'])])));
    const c = d.checks.find((x) => x.id === CHECK);
    expect(c?.status).toBe('pass');
    expect(c?.reason).toMatch(new RegExp(`grant ${'a'.repeat(64)} \\("training"\\)`));
  });

  it.each([
    ['another principal', grant(`arn:aws:iam::${ACCOUNT}:role/other`, ['Decrypt'])],
    ['other operations only', grant(ROLE_ARN, ['Encrypt', 'GenerateDataKey'])],
    ['an encryption-context constraint the dashboard cannot check', grant(ROLE_ARN, ['Decrypt'], { constraints: { encryptionContextEquals: { project: 'x' } } })],
  ])('a grant for %s does not count', async (_label, g) => {
    const d = await diagnose(bundleWith(ok([g])));
    expect(d.checks.find((c) => c.id === CHECK)?.status).toBe('fail');
  });

  it('an explicit deny in the key policy stands against a grant', async () => {
    const policy = doc(...(ADMINS_ONLY.Statement as object[]).map((s) => s as Record<string, unknown>), { Sid: 'NoDecrypt', Effect: 'Deny', Principal: { AWS: ROLE_ARN }, Action: 'kms:Decrypt', Resource: '*' });
    const d = await diagnose(bundleWith(ok([grant(ROLE_ARN, ['Decrypt'])]), policy));
    expect(d.checks.find((c) => c.id === CHECK)?.status).toBe('fail');
    expect(d.decidedBy).toMatchObject({ statementId: 'NoDecrypt', denialType: 'explicit' });
  });

  it.each([
    ['refused (kms:ListGrants)', absent<KeyGrant[]>('access-denied', 'kms:ListGrants'), 'kms:ListGrants'],
    ['not gathered (an older bundle)', undefined, undefined],
  ])('grants %s: the key-policy denial says so, the check is unproven and the missing piece is listed', async (_label, grants, needs) => {
    const d = await diagnose(bundleWith(grants));
    const c = d.checks.find((x) => x.id === CHECK);
    expect(c?.status).toBe('unknown');
    expect(c?.reason).toMatch(/key policy of .* does not allow/);
    expect(c?.reason).toMatch(/a grant may allow it/);
    expect(d.missingEvidence).toContainEqual(expect.objectContaining({ what: `the grants of key ${KEY_ARN}`, dashboardNeeds: needs }));
    expect(d.confidence).not.toBe('confirmed');
  });
});

describe('diagnose: a download refused in bare words while the key grants cannot be read', () => {
  it("keeps the text's cause, says the key's request could not be checked, and names the request the text's object was asked with", async () => {
    const b = bundleWith(absent<KeyGrant[]>('access-denied', 'kms:ListGrants'));
    b.job.failureReason = 'ClientError: Data download failed:Unable to download object s3://acme-data/train/a.csv (AccessDenied: Access Denied)';
    const d = await diagnose(b);
    expect(d.cause).toBe('s3-read');
    expect(d.confidence).toBe('likely');
    // The text quoted no kms:Decrypt: the summary does not say it did.
    expect(d.summary).not.toMatch(/from the failure text/);
    expect(d.summary).toMatch(/could not be checked, because the grants of key .* could not be read\. To prove it, grant the dashboard kms:ListGrants/);
    expect(d.deniedRequest).toMatchObject({ action: 's3:GetObject', resource: expect.stringContaining('acme-data/train/a.csv') });
  });
});
