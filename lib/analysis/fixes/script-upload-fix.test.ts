import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose';
import { ACCOUNT, buildBundle } from '../test-support/bundle';
import { deny, doc, ok } from '../test-support/policies';
import { failedDuring } from '../test-support/transitions';

/**
 * A bucket that requires an encryption header, refusing the training script's own upload (the
 * request AWS quotes): the compliant change is to send the header from the script, verified by
 * re-simulating that request with it; exempting the role stays the last fix.
 */
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/ml-train/SageMaker`;
const OBJECT = 'arn:aws:s3:::acme-models/reports/wer.json';
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const failure = `AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: User: ${SESSION} is not authorized to perform: s3:PutObject on resource: "${OBJECT}" with an explicit deny in a resource-based policy"`;

async function diagnoseWith(condition: Record<string, unknown>) {
  const policy = doc({ Sid: 'RequireEncryption', ...deny('s3:PutObject', 'arn:aws:s3:::acme-models/*', { Principal: '*', Condition: condition }) });
  return diagnose(buildBundle({ job: { failureReason: failure, transitions: failedDuring('Training') }, buckets: { 'acme-models': { policy: ok(policy) } } }));
}

describe("the training script's own upload refused for want of an encryption header", () => {
  it.each([
    ['SSE-KMS', { StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' } }, 'aws s3 cp wer.json s3://acme-models/reports/wer.json --sse aws:kms', "'ServerSideEncryption': 'aws:kms'"],
    ['no header at all (Null)', { Null: { 's3:x-amz-server-side-encryption': 'true' } }, 'aws s3 cp wer.json s3://acme-models/reports/wer.json --sse aws:kms', "'ServerSideEncryption': 'aws:kms'"],
    ['SSE-S3', { StringNotEquals: { 's3:x-amz-server-side-encryption': 'AES256' } }, 'aws s3 cp wer.json s3://acme-models/reports/wer.json --sse AES256', "'ServerSideEncryption': 'AES256'"],
    ['one KMS key', { StringNotEquals: { 's3:x-amz-server-side-encryption-aws-kms-key-id': KEY } }, `aws s3 cp wer.json s3://acme-models/reports/wer.json --sse aws:kms --sse-kms-key-id ${KEY}`, `'SSEKMSKeyId': '${KEY}'`],
  ])('%s: send the header from the script first (verified), the exemption last', async (_name, condition, cli, extraArgs) => {
    const d = await diagnoseWith(condition);
    expect(d.cause).toBe('bucket-policy');
    expect(d.fixes.map((f) => f.kind)).toEqual(['compliant', 'exception']);
    const fix = d.fixes[0];
    expect(fix?.checkIds).toEqual(['output-quoted-s3-putobject']);
    expect(fix?.verified).toBe(true);
    expect(fix?.cli).toBe(cli);
    expect(fix?.appliedBy).toBe('whoever maintains the training script');
    expect(fix?.notes?.join(' ')).toContain(extraArgs);
    // A change to the code: no Terraform resource holds it.
    expect(fix?.terraform).toBeUndefined();
  });

  it('a deny that asks for no header is not answered by sending one', async () => {
    const d = await diagnoseWith({ StringNotEquals: { 'aws:SourceVpce': 'vpce-0a1' } });
    expect(d.fixes.some((f) => f.title.includes('encryption header'))).toBe(false);
  });
});
