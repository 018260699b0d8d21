import { describe, expect, it } from 'vitest';
import { isDirectoryBucket } from './arns';
import { diagnose } from './diagnose';
import { ACCOUNT, buildBundle, FULL_ACCESS } from './test-support/bundle';
import { allow, doc, inline, type Statement } from './test-support/policies';
import { failedDuring } from './test-support/transitions';

/**
 * An S3 Express One Zone directory bucket as the output path (SageMaker accepts one: "How SageMaker AI processes training
 * output"). Its objects are authorized by s3express:CreateSession on arn:aws:s3express:<region>:<account>:bucket/<name>,
 * not by s3:PutObject on an arn:aws:s3::: ARN (S3 User Guide, directory buckets). An adversarial review found the engine
 * judging it as an ordinary bucket: a confirmed s3-write with a grant that authorizes nothing, or a pass AWS would refuse.
 */
const DIR = 'models--use1-az4--x-s3';
const job = { transitions: failedDuring('Uploading'), failureReason: 'ClientError: Failed to upload model artifact. AccessDenied', output: { s3OutputPath: `s3://${DIR}/output/` } };
const base = (FULL_ACCESS.Statement as Statement[]).filter((s) => !JSON.stringify(s).includes('acme-models/*'));
const SESSION = 'output-s3express-createsession';
const withIdentity = (...extra: Statement[]) => buildBundle({ job, identity: [inline('p', doc(...base, ...extra))], buckets: { [DIR]: {} } });

describe('a directory bucket as the output path', () => {
  it('is asked for a read-write session on the s3express bucket ARN, not for s3:PutObject', async () => {
    const d = await diagnose(withIdentity());
    expect(d.checks.some((c) => c.request.action === 's3:PutObject')).toBe(false);
    expect(d.checks.find((c) => c.id === SESSION)?.request).toMatchObject({
      action: 's3express:CreateSession',
      resource: `arn:aws:s3express:us-east-1:${ACCOUNT}:bucket/${DIR}`,
      context: expect.objectContaining({ 's3express:SessionMode': 'ReadWrite' }),
    });
  });

  it('a role with CreateSession on it is not a confirmed s3-write; its unread bucket policy is said', async () => {
    const d = await diagnose(withIdentity(allow('s3express:CreateSession', `arn:aws:s3express:us-east-1:${ACCOUNT}:bucket/${DIR}`)));
    expect(d.checks.find((c) => c.id === SESSION)?.status).toBe('unknown');
    expect(d.confidence).not.toBe('confirmed');
    expect(d.missingEvidence).toContainEqual(expect.objectContaining({ what: `the bucket policy of ${DIR}`, because: expect.stringMatching(/directory bucket/) }));
  });

  it('a role with only s3:PutObject is not judged able to upload', async () => {
    const d = await diagnose(withIdentity(allow('s3:PutObject', `arn:aws:s3:::${DIR}/*`)));
    expect(d.checks.find((c) => c.id === SESSION)?.status).not.toBe('pass');
    expect(d.checks.find((c) => c.id === SESSION)?.reason).toMatch(/no identity policy of role ml-train allows s3express:CreateSession/);
    expect(JSON.stringify(d.fixes)).not.toContain(`arn:aws:s3:::${DIR}`);
  });

  it('is told from an ordinary bucket by its name', () => {
    expect(isDirectoryBucket(DIR)).toBe(true);
    expect(['acme-models', 'my--x-s3', 'team-x-s3', 'data--use1-az4--x-s3-backup'].map(isDirectoryBucket)).toEqual([false, false, false, false]);
  });
});
