import { GetBucketPolicyCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from './server';
import { startTestEmulator, type Running } from './testing/harness';

// Requests no SDK sends, which must still get an answer in the service's own shape (never a crash,
// never a 500 the SDK would retry).
const signed = (service: string) =>
  `AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/${service}/aws4_request, SignedHeaders=host, Signature=ab12`;

let running: Running;
beforeAll(async () => {
  running = await startTestEmulator();
});
afterAll(() => running.emulator.close());

const post = (headers: Record<string, string>, body: string) => fetch(running.url, { method: 'POST', headers, body });

describe('malformed requests', () => {
  it('does not find Object.prototype members as services or operations', async () => {
    const service = await post({ authorization: signed('constructor'), 'x-amz-target': 'X.Y' }, '{}');
    expect(service.status).toBe(400);
    expect((await service.json()).message).toContain('does not emulate "constructor"');

    const operation = await post({ authorization: signed('sagemaker'), 'x-amz-target': 'SageMaker.constructor' }, '{}');
    expect(operation.status).toBe(400);
    expect(await operation.json()).toMatchObject({ __type: 'UnknownOperationException' });

    const query = await post(
      { authorization: signed('iam'), 'content-type': 'application/x-www-form-urlencoded' },
      'Action=hasOwnProperty&Version=2010-05-08',
    );
    expect(query.status).toBe(400);
    expect(await query.text()).toContain('<Code>InvalidAction</Code>');
  });

  it('answers a path with a broken percent-escape with S3 InvalidURI, not a 500', async () => {
    const response = await fetch(`${running.url}/acme-data%zz?policy`, { headers: { authorization: signed('s3') } });
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toContain('<Code>InvalidURI</Code>');
    expect(body).toContain('<RequestId>');
  });

  it.each([['[1]'], ['"text"'], ['7']])('refuses the JSON body %s that is not an object with SerializationException', async (body) => {
    const response = await post({ authorization: signed('sagemaker'), 'x-amz-target': 'SageMaker.ListTrainingJobs' }, body);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ __type: 'SerializationException' });
  });

  it('refuses a body over the limit in the protocol\'s shape, and keeps serving', async () => {
    const huge = `{"NameContains":"${'a'.repeat(MAX_BODY_BYTES)}"}`;
    const response = await post({ authorization: signed('sagemaker'), 'x-amz-target': 'SageMaker.ListTrainingJobs' }, huge);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ __type: 'RequestEntityTooLarge' });

    const s3 = new S3Client({ ...running.config(), forcePathStyle: true });
    const policy = await s3.send(new GetBucketPolicyCommand({ Bucket: 'acme-data' }));
    expect(policy.Policy).toBeTruthy();
  });
});
