import { runSimulation } from '@cloud-copilot/iam-simulate';
import { describe, expect, it } from 'vitest';

/**
 * patches/@cloud-copilot+iam-simulate+0.1.173.patch: the simulator (0.1.173) dropped every context key whose variable
 * follows a colon (`kms:EncryptionContext:${EncryptionContextKey}`) as "ignored", so a key policy that keeps a key to one
 * bucket ("Deny kms:Decrypt unless kms:EncryptionContext:aws:s3:arn is this bucket's") denied S3's own requests for it.
 * These run the simulator itself: without the patch (applied by npm install's postinstall) they fail.
 */
const KEY_ARN = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const onlyThisBucket = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'Root', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' },
    { Sid: 'OnlyThisBucket', Effect: 'Deny', Principal: '*', Action: 'kms:Decrypt', Resource: '*', Condition: { StringNotLike: { 'kms:EncryptionContext:aws:s3:arn': ['arn:aws:s3:::acme-data', 'arn:aws:s3:::acme-data/*'] } } },
  ],
};

async function decrypt(context: Record<string, string>) {
  const run = await runSimulation(
    {
      request: { principal: 'arn:aws:sts::111122223333:assumed-role/ml-train/SageMaker', action: 'kms:Decrypt', resource: { resource: KEY_ARN, accountId: '111122223333' }, contextVariables: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/ml-train', ...context } },
      identityPolicies: [{ name: 'p', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }] } }],
      resourcePolicy: onlyThisBucket,
      serviceControlPolicies: [],
      resourceControlPolicies: [],
    },
    {},
  );
  if (run.resultType !== 'single') throw new Error(`unexpected ${run.resultType}`);
  return { result: run.result.analysis?.result, ignored: run.result.ignoredContextKeys ?? [] };
}

describe('the simulator reads kms:EncryptionContext:<key>', () => {
  it.each([
    ['an object of the bucket', 'arn:aws:s3:::acme-data/train/part-0.parquet'],
    ['the bucket (an S3 Bucket Key)', 'arn:aws:s3:::acme-data'],
  ])('S3 decrypting %s is not denied by the guard', async (_what, arn) => {
    const { result, ignored } = await decrypt({ 'kms:EncryptionContext:aws:s3:arn': arn });
    expect(ignored).toEqual([]);
    expect(result).toBe('Allowed');
  });

  it('another bucket\u2019s object is denied by it (the key is read, not just dropped)', async () => {
    expect((await decrypt({ 'kms:EncryptionContext:aws:s3:arn': 'arn:aws:s3:::other-bucket/x' })).result).toBe('ExplicitlyDenied');
  });

  it('keys whose variable follows a slash still read as before', async () => {
    const { ignored } = await decrypt({ 'aws:PrincipalTag/team': 'fraud' });
    expect(ignored).toEqual([]);
  });
});
