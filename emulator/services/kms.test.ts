import { DescribeKeyCommand, GetKeyPolicyCommand, KMSClient } from '@aws-sdk/client-kms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT, KEY, KEY_ARN, PARTNER_KEY_ARN, rejection, type Running, startTestEmulator, testScenario } from '../testing/harness';

let running: Running;
let kms: KMSClient;

beforeAll(async () => {
  running = await startTestEmulator();
  kms = new KMSClient(running.config());
});
afterAll(() => running.emulator.close());

describe('DescribeKey', () => {
  it.each([
    ['a key id', KEY],
    ['a key ARN', KEY_ARN],
    ['an alias name', 'alias/acme-data'],
    ['an alias ARN', `arn:aws:kms:us-east-1:${ACCOUNT}:alias/acme-data`],
  ])('resolves %s to the key', async (_label, keyId) => {
    const { KeyMetadata } = await kms.send(new DescribeKeyCommand({ KeyId: keyId }));
    expect(KeyMetadata?.Arn).toBe(KEY_ARN);
    expect(KeyMetadata?.KeyManager).toBe('CUSTOMER');
    expect(KeyMetadata?.CreationDate).toBeInstanceOf(Date);
  });

  it('resolves aliases per region', async () => {
    const eu = new KMSClient(running.config('eu-west-1'));
    const { KeyMetadata } = await eu.send(new DescribeKeyCommand({ KeyId: 'alias/acme-data' }));
    expect(KeyMetadata?.Arn).toContain('arn:aws:kms:eu-west-1:');
  });

  it("describes another account's key given its ARN", async () => {
    const { KeyMetadata } = await kms.send(new DescribeKeyCommand({ KeyId: PARTNER_KEY_ARN }));
    expect(KeyMetadata?.AWSAccountId).toBe('444455556666');
  });

  it('answers unknown keys and aliases with NotFoundException', async () => {
    const key = await rejection(kms.send(new DescribeKeyCommand({ KeyId: '00000000-0000-4000-8000-000000000000' })));
    expect(key.name).toBe('NotFoundException');
    expect(key.message).toBe(`Key 'arn:aws:kms:us-east-1:${ACCOUNT}:key/00000000-0000-4000-8000-000000000000' does not exist`);
    expect(key.$metadata.httpStatusCode).toBe(400);
    const alias = await rejection(kms.send(new DescribeKeyCommand({ KeyId: 'alias/none' })));
    expect(alias.name).toBe('NotFoundException');
  });
});

describe('GetKeyPolicy', () => {
  it('returns the key policy as a JSON string', async () => {
    const out = await kms.send(new GetKeyPolicyCommand({ KeyId: KEY_ARN, PolicyName: 'default' }));
    expect(JSON.parse(out.Policy ?? '')).toEqual(testScenario().kmsKeys[0]?.policy);
    expect(out.PolicyName).toBe('default');
  });

  it("refuses another account's key: GetKeyPolicy does not work across accounts", async () => {
    const error = await rejection(kms.send(new GetKeyPolicyCommand({ KeyId: PARTNER_KEY_ARN })));
    expect(error.name).toBe('AccessDeniedException');
    expect(error.message).toContain(`on resource: ${PARTNER_KEY_ARN}`);
  });

  it('answers an unknown key with NotFoundException', async () => {
    const error = await rejection(kms.send(new GetKeyPolicyCommand({ KeyId: '00000000-0000-4000-8000-000000000000' })));
    expect(error.name).toBe('NotFoundException');
  });
});
