import { DeleteBucketPolicyCommand, GetBucketPolicyCommand, PutBucketPolicyCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACCOUNT, DASHBOARD_ARN, rejection, startTestEmulator, type Running } from '../testing/harness';

/** S3's bucket-policy writes through the real SDK, read back with the dashboard's GetBucketPolicy. */
let running: Running;
let admin: S3Client;
let dashboard: S3Client;

const policy = (statement: Record<string, unknown>) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
const GRANT = {
  Sid: 'JobRead',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/ml-train` },
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::acme-data/train/*',
};

beforeAll(async () => {
  running = await startTestEmulator();
  admin = new S3Client(running.adminConfig());
  dashboard = new S3Client(running.config());
});
beforeEach(() => running.emulator.reset());
afterAll(() => running.emulator.close());

describe('PutBucketPolicy', () => {
  it('stores the policy GetBucketPolicy then returns (204 on the way in)', async () => {
    const put = await admin.send(new PutBucketPolicyCommand({ Bucket: 'acme-data', Policy: policy(GRANT) }));
    expect(put.$metadata.httpStatusCode).toBe(204);
    const { Policy } = await dashboard.send(new GetBucketPolicyCommand({ Bucket: 'acme-data' }));
    expect(JSON.parse(Policy ?? '')).toEqual(JSON.parse(policy(GRANT)));
  });

  it('DeleteBucketPolicy leaves the bucket with none: NoSuchBucketPolicy', async () => {
    await admin.send(new DeleteBucketPolicyCommand({ Bucket: 'acme-data' }));
    const error = await rejection(dashboard.send(new GetBucketPolicyCommand({ Bucket: 'acme-data' })));
    expect(error.name).toBe('NoSuchBucketPolicy');
  });

  it.each([
    ['does not start with {', ' [1]', "Policies must be valid JSON and the first byte must be '{'"],
    ['is not JSON', '{"Version":', 'This policy contains invalid Json'],
    ['has no statement', '{"Version":"2012-10-17"}', 'Missing required field Statement'],
    ['names no principal', policy({ ...GRANT, Principal: undefined }), 'Missing required field Principal'],
    ['names another bucket', policy({ ...GRANT, Resource: 'arn:aws:s3:::other-bucket/*' }), 'Policy has invalid resource'],
    ['names a bucket that only starts like this one', policy({ ...GRANT, Resource: 'arn:aws:s3:::acme-data-2/*' }), 'Policy has invalid resource'],
    ['names a non-S3 action', policy({ ...GRANT, Action: 'kms:Decrypt' }), 'Policy has invalid action'],
  ])('refuses a policy that %s: MalformedPolicy 400, and keeps the old one', async (_what, body, message) => {
    const before = (await dashboard.send(new GetBucketPolicyCommand({ Bucket: 'acme-data' }))).Policy;
    const error = await rejection(admin.send(new PutBucketPolicyCommand({ Bucket: 'acme-data', Policy: body })));
    expect(error.name).toBe('MalformedPolicy');
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.message).toBe(message);
    expect((await dashboard.send(new GetBucketPolicyCommand({ Bucket: 'acme-data' }))).Policy).toBe(before);
  });

  it('refuses another account\'s bucket with 405, and the dashboard with 403 in S3\'s enhanced wording', async () => {
    const foreign = await rejection(admin.send(new PutBucketPolicyCommand({ Bucket: 'partner-data', Policy: policy(GRANT) })));
    expect(foreign.$metadata.httpStatusCode).toBe(405);
    const denied = await rejection(dashboard.send(new PutBucketPolicyCommand({ Bucket: 'acme-data', Policy: policy(GRANT) })));
    expect(denied.$metadata.httpStatusCode).toBe(403);
    expect(denied.message).toBe(
      `User: ${DASHBOARD_ARN} is not authorized to perform: s3:PutBucketPolicy on resource: "arn:aws:s3:::acme-data" because no identity-based policy allows the s3:PutBucketPolicy action`,
    );
  });

  it('an unknown bucket is NoSuchBucket', async () => {
    const error = await rejection(admin.send(new PutBucketPolicyCommand({ Bucket: 'ghost-bucket', Policy: policy(GRANT) })));
    expect(error.name).toBe('NoSuchBucket');
  });
});
