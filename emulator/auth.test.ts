import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCredentialScope } from './auth';
import { startTestEmulator, type Running } from './testing/harness';

describe('readCredentialScope', () => {
  it.each([
    [
      'AWS4-HMAC-SHA256 Credential=AKID/20260101/eu-west-1/sagemaker/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc123',
      { kind: 'ok', accessKeyId: 'AKID', region: 'eu-west-1', service: 'sagemaker' },
    ],
    [undefined, { kind: 'missing' }],
    ['', { kind: 'missing' }],
    ['AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/aws4_request, Signature=abc', { kind: 'garbled' }],
    ['Basic dXNlcjpwYXNz', { kind: 'garbled' }],
    ['AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/iam/aws4_request, SignedHeaders=host', { kind: 'garbled' }],
  ])('reads %s', (header, expected) => {
    expect(readCredentialScope(header)).toEqual(expected);
  });
});

describe('unsigned and malformed requests', () => {
  let running: Running;
  beforeAll(async () => {
    running = await startTestEmulator();
  });
  afterAll(() => running.emulator.close());

  it('answers /health unsigned', async () => {
    const response = await fetch(`${running.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', accountId: '111122223333' });
  });

  it('refuses an unsigned JSON call with MissingAuthenticationTokenException', async () => {
    const response = await fetch(running.url, {
      method: 'POST',
      headers: { 'x-amz-target': 'SageMaker.ListTrainingJobs', 'content-type': 'application/x-amz-json-1.1' },
      body: '{}',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ __type: 'MissingAuthenticationTokenException' });
  });

  it('refuses a garbled signature on a Query call with IncompleteSignature in the ErrorResponse shape', async () => {
    const response = await fetch(running.url, {
      method: 'POST',
      headers: { authorization: 'AWS4-HMAC-SHA256 nonsense', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=GetRole&Version=2010-05-08&RoleName=ml-train',
    });
    expect(response.status).toBe(403);
    const body = await response.text();
    expect(body).toContain('<ErrorResponse');
    expect(body).toContain('<Code>IncompleteSignature</Code>');
    expect(body).toMatch(/<RequestId>[0-9a-f-]{36}<\/RequestId>/);
  });

  it('says so when a signed request names a service it does not emulate', async () => {
    const response = await fetch(running.url, {
      method: 'POST',
      headers: { authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=ab12' },
      body: '{}',
    });
    expect(response.status).toBe(400);
    expect((await response.json()).message).toContain('dynamodb');
  });

  it('answers an unknown operation in the protocol\'s shape', async () => {
    const response = await fetch(running.url, {
      method: 'POST',
      headers: {
        authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/sagemaker/aws4_request, SignedHeaders=host, Signature=ab12',
        'x-amz-target': 'SageMaker.DeleteTrainingJob',
      },
      body: '{}',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ __type: 'UnknownOperationException' });
  });
});
