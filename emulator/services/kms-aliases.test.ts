import { KMSClient, ListAliasesCommand } from '@aws-sdk/client-kms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT, KEY, KEY_ARN, PARTNER_KEY_ARN, rejection, type Running, startTestEmulator, testScenario } from '../testing/harness';

/** ListAliases as the SDK sends it: the caller's account and region, one key's or all, in pages. */
let running: Running;
let kms: KMSClient;

beforeAll(async () => {
  running = await startTestEmulator();
  kms = new KMSClient(running.config());
});
afterAll(() => running.emulator.close());

describe('ListAliases', () => {
  it.each([
    ['its key id', KEY],
    ['its key ARN', KEY_ARN],
  ])('lists the aliases of one key given %s, with their ARN and target', async (_label, keyId) => {
    const out = await kms.send(new ListAliasesCommand({ KeyId: keyId }));
    expect(out.Aliases?.map((a) => [a.AliasName, a.AliasArn, a.TargetKeyId])).toEqual([['alias/acme-data', `arn:aws:kms:us-east-1:${ACCOUNT}:alias/acme-data`, KEY]]);
    expect(out.Truncated).toBe(false);
  });

  it('without a KeyId, the aliases of the region and account only (not eu-west-1\u2019s alias/acme-data), a page at a time', async () => {
    const scenario = testScenario();
    scenario.kmsKeys.find((k) => k.keyId === KEY)?.aliases.push('alias/acme-data-v2', 'alias/acme-data-v3');
    const paged = await startTestEmulator({ scenario });
    try {
      const client = new KMSClient(paged.config());
      const first = await client.send(new ListAliasesCommand({ Limit: 2 }));
      expect(first.Aliases).toHaveLength(2);
      expect(first.Truncated).toBe(true);
      const rest = await client.send(new ListAliasesCommand({ Limit: 100, Marker: first.NextMarker }));
      expect(rest.Truncated).toBe(false);
      const arns = [...(first.Aliases ?? []), ...(rest.Aliases ?? [])].map((a) => a.AliasArn);
      expect(arns).toEqual(['alias/acme-data', 'alias/acme-data-v2', 'alias/acme-data-v3'].map((a) => `arn:aws:kms:us-east-1:${ACCOUNT}:${a}`));
    } finally {
      await paged.emulator.close();
    }
  });

  it("does not work across accounts, and takes no alias as the KeyId", async () => {
    expect((await rejection(kms.send(new ListAliasesCommand({ KeyId: PARTNER_KEY_ARN })))).name).toBe('NotFoundException');
    expect((await rejection(kms.send(new ListAliasesCommand({ KeyId: 'alias/acme-data' })))).name).toBe('InvalidArnException');
  });
});
