import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';
import { ACCOUNT, buildBundle, key, ROLE_ARN } from './test-support/bundle';
import { doc, ok } from './test-support/policies';
import { failedDuring } from './test-support/transitions';

/**
 * Condition keys AWS sets on every request SageMaker and S3 make for the job (an adversarial review's account states):
 * taken as absent, a guard that reads them was "confirmed" to deny (or an Allow that reads them confirmed not to grant),
 * though AWS evaluates them with a value. Known values are set; the others are unseen, so nothing on them is confirmed.
 */
const DOWNLOAD = { transitions: failedDuring('Downloading') };
const R = ['arn:aws:s3:::acme-data', 'arn:aws:s3:::acme-data/*'];

describe('S3 keys every authenticated request carries (S3 API Reference, "Amazon S3 Signature Version 4 Authentication Specific Policy Keys")', () => {
  // s3:signatureversion: "Identifies the version of AWS Signature ... for authenticated requests ... "AWS" identifies Signature
  // Version 2, "AWS4-HMAC-SHA256" identifies Signature Version 4". Every authenticated request has one of the two; SigV4 is the
  // only version new buckets and Regions accept (S3 API Reference, "Authenticating requests (AWS signature version 2)").
  it('a "SigV4 only" guard (Deny StringNotEquals s3:signatureversion AWS4-HMAC-SHA256) is not a confirmed denial of SageMaker\u2019s download, and gets no exemption', async () => {
    const policy = ok(doc({ Sid: 'RequireSigV4', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: R, Condition: { StringNotEquals: { 's3:signatureversion': 'AWS4-HMAC-SHA256' } } }));
    const d = await diagnose(buildBundle({ job: DOWNLOAD, buckets: { 'acme-data': { policy } } }));
    expect(d.checks.find((c) => c.id === 'input-train-s3-getobject')?.status).toBe('pass');
    expect(d.confidence).not.toBe('confirmed');
    expect(d.fixes.filter((f) => f.kind === 'exception')).toEqual([]);
  });

  it('a guard that refuses Signature Version 4 itself does deny SageMaker\u2019s download (the control)', async () => {
    const policy = ok(doc({ Sid: 'NoSigV4', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: R, Condition: { StringEquals: { 's3:signatureversion': 'AWS4-HMAC-SHA256' } } }));
    const d = await diagnose(buildBundle({ job: DOWNLOAD, buckets: { 'acme-data': { policy } } }));
    expect(d.checks.find((c) => c.id === 'input-train-s3-getobject')?.status).toBe('fail');
  });

  // s3:authType: "REST-HEADER, REST-QUERY-STRING, POST": an authenticated request always has one; absent it is not.
  it('a "header auth only" guard (Deny StringNotEquals s3:authType REST-HEADER) is not a confirmed denial: which SageMaker uses is not documented', async () => {
    const policy = ok(doc({ Sid: 'HeaderAuthOnly', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: R, Condition: { StringNotEquals: { 's3:authType': 'REST-HEADER' } } }));
    const d = await diagnose(buildBundle({ job: DOWNLOAD, buckets: { 'acme-data': { policy } } }));
    expect(d.checks.find((c) => c.id === 'input-train-s3-getobject')?.status).toBe('unknown');
    expect(d.confidence).not.toBe('confirmed');
  });
});

describe('KMS keys of S3\u2019s own KMS requests (KMS Developer Guide, "AWS KMS condition keys")', () => {
  const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
  const KEY_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/${KEY_ID}`;
  const ADMINS = { Sid: 'KeyAdmins', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/KeyAdmin` }, Action: 'kms:*', Resource: '*' };
  const allowWith = (Condition: Record<string, unknown>) => doc(ADMINS, { Sid: 'DataReaders', Effect: 'Allow', Principal: { AWS: ROLE_ARN }, Action: 'kms:Decrypt', Resource: '*', Condition });
  const bundle = (policy: ReturnType<typeof doc>) => buildBundle({
    job: DOWNLOAD,
    buckets: { 'acme-data': { encryption: ok({ algorithm: 'aws:kms', kmsKeyId: KEY_ARN }) } },
    keys: { [KEY_ARN]: { ...key(KEY_ID, policy), ref: KEY_ARN } },
  });
  const decrypt = async (policy: ReturnType<typeof doc>) => {
    const d = await diagnose(bundle(policy));
    return { d, check: d.checks.find((c) => c.id === 'input-train-kms-decrypt') };
  };

  // S3 always sends the encryption context aws:s3:arn (S3 User Guide, "Encryption context"), which the engine itself models
  // as kms:EncryptionContext:aws:s3:arn; kms:EncryptionContextKeys is the list of that context's keys (KMS guide,
  // kms:EncryptionContextKeys), so it holds "aws:s3:arn".
  it('a key policy that grants the role kms:Decrypt when the context has the key aws:s3:arn (ForAnyValue kms:EncryptionContextKeys) allows S3\u2019s decrypt', async () => {
    const { d, check } = await decrypt(allowWith({ 'ForAnyValue:StringEquals': { 'kms:EncryptionContextKeys': 'aws:s3:arn' } }));
    expect(check?.status).toBe('pass');
    expect(d.cause).not.toBe('kms');
  });

  // "Some AWS KMS condition keys can control access to an operation based on properties of the KMS key that is used in the
  // operation. For example, you can use the kms:KeyOrigin condition to allow principals to call GenerateDataKey on a KMS key
  // only when the Origin of the KMS key is AWS_KMS." The key's Origin/KeySpec/MultiRegion come from DescribeKey, which the
  // bundle does not keep: the verdict cannot be a confirmed denial.
  const PROPERTIES = [
    ['kms:KeyOrigin AWS_KMS', { StringEquals: { 'kms:KeyOrigin': 'AWS_KMS' } }],
    ['kms:KeySpec SYMMETRIC_DEFAULT', { StringEquals: { 'kms:KeySpec': 'SYMMETRIC_DEFAULT' } }],
    ['kms:KeyUsage ENCRYPT_DECRYPT', { StringEquals: { 'kms:KeyUsage': 'ENCRYPT_DECRYPT' } }],
    ['kms:MultiRegion false', { Bool: { 'kms:MultiRegion': 'false' } }],
  ] as const;

  it.each(PROPERTIES)('with DescribeKey\u2019s properties unread, a grant conditioned on one (%s) is not a confirmed kms denial', async (_name, condition) => {
    const { d, check } = await decrypt(allowWith(condition));
    expect(check?.status).toBe('unknown');
    expect(d.confidence).not.toBe('confirmed');
  });

  const described = (origin: string, multiRegion: boolean) => (policy: ReturnType<typeof doc>) => {
    const k = key(KEY_ID, policy);
    return { ...k, ref: KEY_ARN, metadata: ok({ arn: KEY_ARN, accountId: ACCOUNT, keyState: 'Enabled', origin, keySpec: 'SYMMETRIC_DEFAULT', keyUsage: 'ENCRYPT_DECRYPT', multiRegion }) };
  };
  const withKey = async (keyOf: ReturnType<typeof described>, policy: ReturnType<typeof doc>) => {
    const b = bundle(policy);
    const d = await diagnose({ ...b, keys: { [KEY_ARN]: keyOf(policy) } });
    return d.checks.find((c) => c.id === 'input-train-kms-decrypt')?.status;
  };

  it.each(PROPERTIES)('with the properties read (DescribeKey), a grant conditioned on one the key has (%s) allows the decrypt', async (_name, condition) => {
    expect(await withKey(described('AWS_KMS', false), allowWith(condition))).toBe('pass');
  });

  it('with the properties read, a grant for keys of another origin does not allow it: a proven denial', async () => {
    expect(await withKey(described('EXTERNAL', true), allowWith({ StringEquals: { 'kms:KeyOrigin': 'AWS_KMS' } }))).toBe('fail');
    expect(await withKey(described('AWS_KMS', true), allowWith({ Bool: { 'kms:MultiRegion': 'false' } }))).toBe('fail');
  });

  // "This type of condition works even when the parameter doesn't appear in the request, such as when you use the
  // parameter's default value" (same page); SYMMETRIC_DEFAULT is the only algorithm of a symmetric key (KMS API, Decrypt).
  it('a grant conditioned on kms:EncryptionAlgorithm SYMMETRIC_DEFAULT is not a confirmed kms denial of S3\u2019s decrypt', async () => {
    const { d, check } = await decrypt(allowWith({ StringEquals: { 'kms:EncryptionAlgorithm': 'SYMMETRIC_DEFAULT' } }));
    expect(check?.status).toBe('pass');
    expect(d.confidence).not.toBe('confirmed');
  });
});

describe('the training volume key\u2019s CreateGrant, sent by an AWS service (KMS guide, "Controlling access to grants")', () => {
  // The engine sets kms:GrantIsForAWSResource=true on this request: "Allows principals to call CreateGrant ... only when an AWS
  // service that is integrated with AWS KMS sends the request on the principal's behalf". A request a service sends for the
  // principal carries kms:ViaService (the service's endpoint), which the engine leaves absent, so a key policy that allows
  // the grant only through SageMaker is judged by the key's absence.
  it('a key policy that allows the role CreateGrant only via sagemaker.<region>.amazonaws.com is not a confirmed kms denial', async () => {
    const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
    const KEY_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/${KEY_ID}`;
    const kp = doc(
      { Sid: 'Admins', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/KeyAdmin` }, Action: 'kms:*', Resource: '*' },
      { Sid: 'SageMakerVolumes', Effect: 'Allow', Principal: { AWS: ROLE_ARN }, Action: 'kms:CreateGrant', Resource: '*', Condition: { StringEquals: { 'kms:ViaService': 'sagemaker.us-east-1.amazonaws.com' }, Bool: { 'kms:GrantIsForAWSResource': 'true' } } },
    );
    const d = await diagnose(buildBundle({ job: { transitions: failedDuring('Starting'), resources: { instanceType: 'ml.m5.xlarge', instanceCount: 1, volumeSizeGb: 30, volumeKmsKeyId: KEY_ARN } }, keys: { [KEY_ARN]: { ...key(KEY_ID, kp), ref: KEY_ARN } } }));
    expect(d.checks.find((c) => c.id === 'volume-kms-creategrant')?.status).not.toBe('fail');
    expect(d.confidence).not.toBe('confirmed');
  });
});

