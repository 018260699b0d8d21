import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';
import { ACCOUNT, buildBundle, key, OTHER_ACCOUNT, ROLE_ARN, rootKeyPolicy } from './test-support/bundle';
import { doc, ok } from './test-support/policies';
import { failedDuring } from './test-support/transitions';
import type { PolicyDocument } from './evidence';

/**
 * A key KMS will not use refuses the job's requests whatever the policies say (KMS Developer Guide, "Key states of AWS KMS
 * keys", the key state table; an adversarial review's account states: the state was read and ignored, the check passed and
 * the summary sent the reader to a policy it cannot see).
 */
const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const KEY_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/${KEY_ID}`;
const DECRYPT = 'input-train-kms-decrypt';
const inState = (state: string, policy: PolicyDocument = rootKeyPolicy()) => ({ ...key(KEY_ID, policy), ref: KEY_ARN, metadata: ok({ arn: KEY_ARN, accountId: ACCOUNT, keyManager: 'CUSTOMER', keyState: state }) });
const download = (state: string, policy?: PolicyDocument) =>
  buildBundle({
    job: { transitions: failedDuring('Downloading'), failureReason: `ClientError: Data download failed: KMS.DisabledException: ${KEY_ARN} is disabled.` },
    buckets: { 'acme-data': { encryption: ok({ algorithm: 'aws:kms', kmsKeyId: KEY_ARN }) } },
    keys: { [KEY_ARN]: inState(state, policy) },
  });

describe('a bucket default key KMS will not use', () => {
  it.each(['Disabled', 'PendingDeletion', 'PendingImport', 'Unavailable'])('KeyState %s: kms:Decrypt fails, by the key\u2019s state, and the cause is kms, confirmed', async (state) => {
    const d = await diagnose(download(state));
    const check = d.checks.find((c) => c.id === DECRYPT);
    expect(check?.status).toBe('fail');
    expect(check?.reason).toMatch(new RegExp(`^the key is .+ \\(KeyState ${state}\\): KMS refuses kms:Decrypt with it whatever the policies say`));
    expect(d.cause).toBe('kms');
    expect(d.confidence).toBe('confirmed');
    expect(d.summary).not.toMatch(/policy it cannot see/);
  });

  it('a disabled key: the fix enables it, verified by re-simulation, applied by the key\u2019s administrators', async () => {
    const admins = doc(...(rootKeyPolicy().Statement as Record<string, unknown>[]), { Sid: 'Admins', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/KeyAdmin` }, Action: 'kms:*', Resource: '*' });
    const d = await diagnose(download('Disabled', admins));
    const fix = d.fixes.find((f) => f.checkIds.includes(DECRYPT));
    expect(fix).toMatchObject({ title: `Enable key ${KEY_ARN}`, verified: true, cli: `aws kms enable-key --region us-east-1 --key-id ${KEY_ARN}` });
    expect(fix?.appliedBy).toContain(`arn:aws:iam::${ACCOUNT}:role/KeyAdmin`);
    expect(fix?.terraform).toContain('is_enabled = true');
  });

  it('a key pending deletion: cancel the deletion (which leaves it disabled), then enable it; Terraform says to import it again', async () => {
    const fix = (await diagnose(download('PendingDeletion'))).fixes.find((f) => f.checkIds.includes(DECRYPT));
    expect(fix?.terraform).toContain(`terraform import aws_kms_key.<name> ${KEY_ID}`);
    expect(fix?.cli).toBe(`aws kms cancel-key-deletion --region us-east-1 --key-id ${KEY_ARN} && aws kms enable-key --region us-east-1 --key-id ${KEY_ARN}`);
    expect(fix?.verified).toBe(true);
  });

  it('enabled, the key policy would still deny the role: the fix is the first step, unverified, and says what denies next', async () => {
    const onlyAdmins = doc({ Sid: 'Admins', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/KeyAdmin` }, Action: 'kms:*', Resource: '*' });
    const d = await diagnose(download('Disabled', onlyAdmins));
    const fix = d.fixes.find((f) => f.checkIds.includes(DECRYPT));
    expect(fix?.verified).toBe(false);
    expect(fix?.notes?.join(' ')).toMatch(/Not verified: once it is done, the request is still denied \(the key policy of \S+ does not allow role ml-train kms:Decrypt/);
  });

  it('another account\u2019s disabled key, its key policy unreadable: enabling it is the one fix, not tied to a key-policy grant', async () => {
    const FOREIGN = `arn:aws:kms:us-east-1:${OTHER_ACCOUNT}:key/${KEY_ID}`;
    const unreadable = (action: string) => ({ ok: false as const, missing: { kind: 'cross-account' as const, action, resource: FOREIGN, message: 'another account' } });
    const foreign = { ...key(KEY_ID, unreadable('kms:GetKeyPolicy'), OTHER_ACCOUNT), ref: FOREIGN, metadata: ok({ arn: FOREIGN, accountId: OTHER_ACCOUNT, keyState: 'Disabled' }), grants: unreadable('kms:ListGrants') };
    const d = await diagnose(buildBundle({ job: { transitions: failedDuring('Downloading') }, buckets: { 'acme-data': { encryption: ok({ algorithm: 'aws:kms', kmsKeyId: FOREIGN }) } }, keys: { [FOREIGN]: foreign } }));
    const fixes = d.fixes.filter((f) => f.checkIds.includes(DECRYPT));
    expect(fixes.map((f) => f.target)).toEqual(['other']);
    expect(fixes[0]).toMatchObject({ title: `Enable key ${FOREIGN}`, crossAccount: true });
    expect(fixes[0]?.applyWith).toBeUndefined();
  });

  it('no state refuses a request the policies decide: an Enabled key is judged by its policies (the control)', async () => {
    expect((await diagnose(download('Enabled'))).checks.find((c) => c.id === DECRYPT)?.status).toBe('pass');
  });
});

describe('the training volume\u2019s grant', () => {
  const volume = (state: string) =>
    buildBundle({
      job: { transitions: failedDuring('Starting'), resources: { instanceType: 'ml.m5.xlarge', instanceCount: 1, volumeSizeGb: 30, volumeKmsKeyId: KEY_ARN } },
      keys: { [KEY_ARN]: inState(state, doc(...(rootKeyPolicy().Statement as Record<string, unknown>[]), { Sid: 'Trainer', Effect: 'Allow', Principal: { AWS: ROLE_ARN }, Action: 'kms:CreateGrant', Resource: '*' })) },
    });

  it('a disabled key refuses kms:CreateGrant too', async () => {
    expect((await diagnose(volume('Disabled'))).checks.find((c) => c.id === 'volume-kms-creategrant')?.status).toBe('fail');
  });

  it('a key in a disconnected custom key store still takes grants (the table\u2019s CreateGrant row): the policies decide', async () => {
    expect((await diagnose(volume('Unavailable'))).checks.find((c) => c.id === 'volume-kms-creategrant')?.status).not.toBe('fail');
  });
});
