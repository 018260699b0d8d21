import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';
import { ACCOUNT, buildBundle, FULL_ACCESS, key, ROLE_ARN, rootKeyPolicy, type BucketSpec } from './test-support/bundle';
import { allow, doc, inline, ok, type Statement } from './test-support/policies';
import { failedDuring } from './test-support/transitions';

/**
 * The context S3 and SageMaker send KMS, as key and identity policies read it (an adversarial review's account states).
 * S3 sends `aws:s3:arn` as the encryption context: the object's ARN, or the bucket's with an S3 Bucket Key (S3 User Guide,
 * "Encryption context"; KMS guide, kms:EncryptionContext:context-key). A key's aliases are kms:ResourceAliases (KMS guide,
 * "Use aliases to control access to KMS keys").
 */
const DOWNLOAD = { transitions: failedDuring('Downloading') };
const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const KEY_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/${KEY_ID}`;
const ADMINS = { Sid: 'KeyAdmins', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/KeyAdmin` }, Action: 'kms:*', Resource: '*' };
const DECRYPT = 'input-train-kms-decrypt';
const kmsBucket = (bucketKeyEnabled: boolean, policy: ReturnType<typeof doc>) =>
  buildBundle({
    job: { ...DOWNLOAD, failureReason: 'ClientError: Data download failed:Unable to download object s3://acme-data/train/part-0.parquet (AccessDenied: Access Denied)' },
    buckets: { 'acme-data': { encryption: ok({ algorithm: 'aws:kms', kmsKeyId: KEY_ARN, bucketKeyEnabled }) } },
    keys: { [KEY_ARN]: { ...key(KEY_ID, policy), ref: KEY_ARN } },
  });
const keptTo = (...arns: string[]) =>
  doc(...(rootKeyPolicy().Statement as Statement[]), { Sid: 'OnlyThisBucket', Effect: 'Deny', Principal: '*', Action: 'kms:Decrypt', Resource: '*', Condition: { StringNotLike: { 'kms:EncryptionContext:aws:s3:arn': arns } } });

describe('a key policy that reads S3\u2019s encryption context', () => {
  it('an Allow of both contexts (the bucket\u2019s and its objects\u2019) allows the download: no confirmed kms cause, no redundant key-policy grant', async () => {
    const policy = doc(ADMINS, { Sid: 'DataReaders', Effect: 'Allow', Principal: { AWS: ROLE_ARN }, Action: 'kms:Decrypt', Resource: '*', Condition: { StringLike: { 'kms:EncryptionContext:aws:s3:arn': ['arn:aws:s3:::acme-data', 'arn:aws:s3:::acme-data/*'] } } });
    const d = await diagnose(kmsBucket(false, policy));
    expect(d.checks.find((c) => c.id === DECRYPT)?.status).toBe('pass');
    expect(d.fixes.some((f) => f.target === 'key-policy')).toBe(false);
  });

  it('an Allow of the objects\u2019 context alone is not proven for a read: objects written with a Bucket Key carry the bucket\u2019s ARN', async () => {
    // The bucket's setting holds for objects written since it was set (S3 User Guide, "Configuring your bucket to use an
    // S3 Bucket Key with SSE-KMS for new objects"); the data the job reads may be older.
    const policy = doc(ADMINS, { Sid: 'DataReaders', Effect: 'Allow', Principal: { AWS: ROLE_ARN }, Action: 'kms:Decrypt', Resource: '*', Condition: { StringLike: { 'kms:EncryptionContext:aws:s3:arn': 'arn:aws:s3:::acme-data/*' } } });
    const d = await diagnose(kmsBucket(false, policy));
    const check = d.checks.find((c) => c.id === DECRYPT);
    expect(check?.status).toBe('unknown');
    expect(check?.missing).toContainEqual(expect.objectContaining({ what: expect.stringContaining('are encrypted with an S3 Bucket Key'), because: expect.stringContaining('aws s3api head-object --bucket acme-data') }));
    expect(d.confidence).not.toBe('confirmed');
  });

  it.each([
    ['with an S3 Bucket Key (the context is the bucket)', true],
    ['without one (the context is the object)', false],
  ])('a guard that keeps the key to this bucket does not deny its reads %s, and is never answered by an exemption', async (_how, bucketKey) => {
    const d = await diagnose(kmsBucket(bucketKey, keptTo('arn:aws:s3:::acme-data', 'arn:aws:s3:::acme-data/*')));
    expect(d.checks.find((c) => c.id === DECRYPT)?.status).toBe('pass');
    expect(d.fixes.some((f) => f.kind === 'exception')).toBe(false);
  });

  it('the same guard kept to another bucket denies this one: confirmed, by its statement', async () => {
    const d = await diagnose(kmsBucket(false, keptTo('arn:aws:s3:::other-bucket/*')));
    expect(d.checks.find((c) => c.id === DECRYPT)?.status).toBe('fail');
    expect(d.cause).toBe('kms');
    expect(d.decidedBy).toMatchObject({ statementId: 'OnlyThisBucket', denialType: 'explicit' });
  });

  it('a guard on the bucket ARN alone decides no read either way: objects written with a Bucket Key pass it, the others do not, and which the job read is not seen', async () => {
    // "Existing objects are not affected" by the bucket's setting (S3 API Reference, ServerSideEncryptionRule.BucketKeyEnabled).
    for (const bucketKey of [false, true]) {
      const d = await diagnose(kmsBucket(bucketKey, keptTo('arn:aws:s3:::acme-data')));
      expect(d.checks.find((c) => c.id === DECRYPT)?.status).toBe('unknown');
      expect(d.confidence).not.toBe('confirmed');
      expect(d.missingEvidence).toContainEqual(expect.objectContaining({ because: expect.stringContaining(bucketKey ? 'on now' : 'off now') }));
    }
  });
});

describe('the job\u2019s own writes follow the bucket\u2019s Bucket Key setting', () => {
  const OUT_KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/0f0e0d0c-1111-2222-3333-444455556666`;
  const objectsOnly = doc(ADMINS, { Sid: 'ModelWriters', Effect: 'Allow', Principal: { AWS: ROLE_ARN }, Action: ['kms:GenerateDataKey', 'kms:Encrypt'], Resource: '*', Condition: { StringLike: { 'kms:EncryptionContext:aws:s3:arn': 'arn:aws:s3:::acme-models/*' } } });
  const upload = (encryption: BucketSpec) =>
    buildBundle({
      job: { transitions: failedDuring('Uploading'), failureReason: 'ClientError: Artifact upload failed:Insufficient permissions to use KMS key', output: { s3OutputPath: 's3://acme-models/output/', kmsKeyId: OUT_KEY } },
      buckets: { 'acme-models': encryption },
      keys: { [OUT_KEY]: { ...key('0f0e0d0c-1111-2222-3333-444455556666', objectsOnly), ref: OUT_KEY } },
    });
  const check = (d: Awaited<ReturnType<typeof diagnose>>) => d.checks.find((c) => c.id === 'output-kms-generatedatakey');

  it('with no Bucket Key, the object\u2019s ARN is sent: an Allow of the objects passes', async () => {
    expect(check(await diagnose(upload({ encryption: ok({ algorithm: 'aws:kms', kmsKeyId: OUT_KEY, bucketKeyEnabled: false }) })))?.status).toBe('pass');
  });

  it('with a Bucket Key, the bucket\u2019s ARN is sent: the same Allow does not cover it (confirmed)', async () => {
    expect(check(await diagnose(upload({ encryption: ok({ algorithm: 'aws:kms', kmsKeyId: OUT_KEY, bucketKeyEnabled: true }) })))?.status).toBe('fail');
  });

  it('with the bucket\u2019s encryption unread, the context is not known: not proven', async () => {
    const d = await diagnose(upload({ encryption: { ok: false, missing: { kind: 'access-denied', action: 's3:GetEncryptionConfiguration', resource: 'arn:aws:s3:::acme-models', message: 'denied' } } }));
    expect(check(d)?.status).toBe('unknown');
    expect(check(d)?.missing).toContainEqual(expect.objectContaining({ what: expect.stringContaining('writes to bucket acme-models'), because: expect.stringContaining('could not be read') }));
  });
});

describe('an identity policy that grants a key by its alias (kms:ResourceAliases)', () => {
  const noKms = (FULL_ACCESS.Statement as Statement[]).filter((s) => !JSON.stringify(s).includes('kms:'));
  const byAlias = allow('kms:CreateGrant', '*', { Condition: { 'ForAnyValue:StringEquals': { 'kms:ResourceAliases': 'alias/train-volume' }, Bool: { 'kms:GrantIsForAWSResource': 'true' } } });
  const volumeJob = (aliases: ReturnType<typeof ok<string[]>> | { ok: false; missing: { kind: 'access-denied'; action: string; resource: string; message: string } }) =>
    buildBundle({
      job: { ...DOWNLOAD, resources: { instanceType: 'ml.m5.xlarge', instanceCount: 1, volumeSizeGb: 30, volumeKmsKeyId: 'alias/train-volume' } },
      identity: [inline('p', doc(...noKms, byAlias))],
      keys: { 'alias/train-volume': { ...key(KEY_ID, rootKeyPolicy()), ref: 'alias/train-volume', aliases } },
    });

  it('allows kms:CreateGrant on the volume key whose alias the dashboard read: no failing check, no redundant grant', async () => {
    const d = await diagnose(volumeJob(ok(['alias/train-volume'])));
    expect(d.checks.find((c) => c.id === 'volume-kms-creategrant')?.status).toBe('pass');
    expect(d.fixes.some((f) => f.checkIds.includes('volume-kms-creategrant'))).toBe(false);
  });

  it('with the aliases unread, the grant is not known either way', async () => {
    const d = await diagnose(volumeJob({ ok: false, missing: { kind: 'access-denied', action: 'kms:ListAliases', resource: '*', message: 'denied' } }));
    const check = d.checks.find((c) => c.id === 'volume-kms-creategrant');
    expect(check?.status).toBe('unknown');
    expect(d.missingEvidence).toContainEqual(expect.objectContaining({ what: "the value of kms:ResourceAliases in the job's requests" }));
  });
});
