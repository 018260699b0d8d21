import { GetBucketEncryptionCommand, GetBucketLocationCommand, GetBucketPolicyCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT, DASHBOARD_ARN, rejection, startTestEmulator, testScenario, type Running } from '../testing/harness';

let running: Running;
let s3: S3Client;
const requestedPaths: string[] = [];

beforeAll(async () => {
  running = await startTestEmulator({ faults: { deny: [] } });
  s3 = new S3Client(running.config());
  // Observe the wire: with an IP endpoint the SDK must use path-style addressing.
  s3.middlewareStack.add(
    (next) => (args) => {
      const request = args.request as { hostname?: string; path?: string };
      requestedPaths.push(`${request.hostname ?? ''}${request.path ?? ''}`);
      return next(args);
    },
    { step: 'finalizeRequest', name: 'recordPath' },
  );
});
afterAll(() => running.emulator.close());

describe('GetBucketPolicy', () => {
  it('returns the policy JSON, addressed path-style', async () => {
    const { Policy } = await s3.send(new GetBucketPolicyCommand({ Bucket: 'acme-data' }));
    const expected = testScenario().buckets.find((b) => b.name === 'acme-data')?.policy;
    expect(JSON.parse(Policy ?? '')).toEqual(expected);
    expect(requestedPaths.at(-1)).toBe('127.0.0.1/acme-data/');
  });

  const cases = [
    { bucket: 'acme-output', name: 'NoSuchBucketPolicy', status: 404, why: 'no policy' },
    { bucket: 'partner-data', name: 'MethodNotAllowed', status: 405, why: 'the bucket belongs to another account' },
    { bucket: 'nope-bucket', name: 'NoSuchBucket', status: 404, why: 'no such bucket' },
  ];
  it.each(cases)('answers $name ($status) when $why', async ({ bucket, name, status }) => {
    const error = await rejection(s3.send(new GetBucketPolicyCommand({ Bucket: bucket })));
    expect(error.name).toBe(name);
    expect(error.$metadata.httpStatusCode).toBe(status);
  });

  it('answers 403 AccessDenied when the dashboard lacks s3:GetBucketPolicy', async () => {
    const denied = await startTestEmulator({ faults: { deny: ['s3:GetBucketPolicy'] } });
    const client = new S3Client(denied.config());
    const error = await rejection(client.send(new GetBucketPolicyCommand({ Bucket: 'acme-data' })));
    expect(error.name).toBe('AccessDenied');
    // Same account: S3's enhanced wording, the resource ARN in double quotes.
    expect(error.message).toBe(
      `User: ${DASHBOARD_ARN} is not authorized to perform: s3:GetBucketPolicy on resource: "arn:aws:s3:::acme-data" because no identity-based policy allows the s3:GetBucketPolicy action`,
    );
    expect(error.$metadata.httpStatusCode).toBe(403);
    await denied.emulator.close();
  });

  it('redirects a request signed for the wrong region, naming the bucket\'s region', async () => {
    const error = await rejection(s3.send(new GetBucketPolicyCommand({ Bucket: 'acme-eu-data' })));
    expect(error.name).toBe('PermanentRedirect');
    expect(error.$metadata.httpStatusCode).toBe(301);
    const following = new S3Client({ ...running.config(), followRegionRedirects: true });
    const policyError = await rejection(following.send(new GetBucketPolicyCommand({ Bucket: 'acme-eu-data' })));
    // Redirected to eu-west-1, where the bucket simply has no policy.
    expect(policyError.name).toBe('NoSuchBucketPolicy');
  });
});

describe('GetBucketEncryption', () => {
  it('returns the default encryption rule with its KMS key', async () => {
    const out = await s3.send(new GetBucketEncryptionCommand({ Bucket: 'acme-data' }));
    const rule = out.ServerSideEncryptionConfiguration?.Rules?.[0];
    expect(rule?.ApplyServerSideEncryptionByDefault).toEqual({
      SSEAlgorithm: 'aws:kms',
      KMSMasterKeyID: `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-44cd-96ef-1234567890ab`,
    });
    expect(rule?.BucketKeyEnabled).toBe(true);
  });

  it('answers ServerSideEncryptionConfigurationNotFoundError (404) when there is none', async () => {
    const error = await rejection(s3.send(new GetBucketEncryptionCommand({ Bucket: 'acme-output' })));
    expect(error.name).toBe('ServerSideEncryptionConfigurationNotFoundError');
    expect(error.$metadata.httpStatusCode).toBe(404);
  });
});

describe('GetBucketLocation', () => {
  it('answers from any region, us-east-1 as the empty constraint', async () => {
    expect((await s3.send(new GetBucketLocationCommand({ Bucket: 'acme-eu-data' }))).LocationConstraint).toBe('eu-west-1');
    expect((await s3.send(new GetBucketLocationCommand({ Bucket: 'acme-data' }))).LocationConstraint).toBeUndefined();
  });
});
