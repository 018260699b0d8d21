import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose';
import { ACCOUNT, buildBundle, key } from '../test-support/bundle';
import { doc, ok } from '../test-support/policies';
import { failedDuring } from '../test-support/transitions';

/**
 * A bucket policy that requires one KMS key for uploads (S3 User Guide, "Requiring SSE-KMS ... with a specific key":
 * Deny s3:PutObject unless s3:x-amz-server-side-encryption-aws-kms-key-id is the key's ARN). The compliant fix restarts
 * the job with OutputDataConfig.KmsKeyId = that key. SageMaker API Reference, OutputDataConfig.KmsKeyId: "The KMS key
 * policy must grant permission to the IAM role that you specify in your CreateTrainingJob ... requests" — so the fix
 * only works when the key policy lets the role use the key.
 */
const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const KEY_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/${KEY_ID}`;
const requireKey = ok(doc({ Sid: 'RequireTeamKey', Effect: 'Deny', Principal: '*', Action: 's3:PutObject', Resource: 'arn:aws:s3:::acme-models/*', Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption-aws-kms-key-id': KEY_ARN } } }));
const UPLOAD = { transitions: failedDuring('Uploading'), failureReason: 'ClientError: Failed to upload model artifacts. AccessDenied (403): Access Denied' };
const keyConfigFix = (d: Awaited<ReturnType<typeof diagnose>>) => d.fixes.find((f) => f.target === 'job-config' && JSON.stringify(f.jobConfig?.fields ?? {}).includes('KmsKeyId'));

describe('the "use the required output key" fix is verified only when the rerun could use that key', () => {
  it('the key policy lets the role use the key: the rerun is allowed, the fix verified (the control)', async () => {
    const lets = doc(
      { Sid: 'Admins', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/KeyAdmin` }, Action: 'kms:*', Resource: '*' },
      { Sid: 'Trainer', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/ml-train` }, Action: ['kms:GenerateDataKey', 'kms:Encrypt', 'kms:Decrypt'], Resource: '*' },
    );
    const d = await diagnose(buildBundle({ job: UPLOAD, buckets: { 'acme-models': { policy: requireKey, encryption: ok({ algorithm: 'aws:kms', kmsKeyId: KEY_ARN }) } }, keys: { [KEY_ARN]: { ...key(KEY_ID, lets), ref: KEY_ARN } } }));
    expect(keyConfigFix(d)?.verified).toBe(true);
  });

  it('the key policy (read) does not let the role use the key: the re-simulated rerun is denied kms:GenerateDataKey, so the fix is not verified', async () => {
    const onlyAdmins = doc({ Sid: 'Admins', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/KeyAdmin` }, Action: 'kms:*', Resource: '*' });
    const d = await diagnose(buildBundle({ job: UPLOAD, buckets: { 'acme-models': { policy: requireKey, encryption: ok({ algorithm: 'aws:kms', kmsKeyId: KEY_ARN }) } }, keys: { [KEY_ARN]: { ...key(KEY_ID, onlyAdmins), ref: KEY_ARN } } }));
    const fix = keyConfigFix(d);
    expect(fix).toBeDefined();
    expect(fix?.verified).toBe(false);
    expect(fix?.notes?.join(' ')).toMatch(/Not verified: re-simulated with this configuration, the job would also be denied kms:GenerateDataKey, kms:Encrypt, and kms:Decrypt on arn:aws:kms:\S+, and no grant to the role allows it/);
    // Nothing to copy follows, so the note does not say a fix that follows grants it.
    expect(fix?.notes?.join(' ')).not.toMatch(/the fix that follows/);
  });

  it('the required key was never read (not the job\u2019s, not a bucket default): its key policy is unknown, so the fix is not verified', async () => {
    const d = await diagnose(buildBundle({ job: UPLOAD, buckets: { 'acme-models': { policy: requireKey } } }));
    const fix = keyConfigFix(d);
    expect(fix).toBeDefined();
    expect(fix?.verified).toBe(false);
    expect(fix?.notes?.join(' ')).toMatch(/would also ask for kms:GenerateDataKey, kms:Encrypt, and kms:Decrypt on \S+, which could not be proven here: the key policy of/);
  });
});
