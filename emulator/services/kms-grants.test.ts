import { KMSClient, ListGrantsCommand } from '@aws-sdk/client-kms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT, KEY, KEY_ARN, PARTNER_KEY_ARN, rejection, type Running, startTestEmulator, testScenario } from '../testing/harness';

const ROLE = `arn:aws:iam::${ACCOUNT}:role/ml-train`;
const grantId = (n: number) => n.toString(16).padStart(64, '0');

let running: Running;
let kms: KMSClient;

beforeAll(async () => {
  const scenario = testScenario();
  const key = scenario.kmsKeys.find((k) => k.keyId === KEY);
  if (!key) throw new Error('the test scenario has no key ' + KEY);
  key.grants = Array.from({ length: 120 }, (_, i) => ({
    grantId: grantId(i + 1),
    name: `grant-${i + 1}`,
    granteePrincipal: i === 0 ? ROLE : `arn:aws:iam::${ACCOUNT}:role/other-${i}`,
    operations: ['Decrypt', 'GenerateDataKey'],
  }));
  running = await startTestEmulator({ scenario });
  kms = new KMSClient(running.config());
});
afterAll(() => running.emulator.close());

describe('ListGrants', () => {
  it('pages as AWS does: 50 by default, at most 100, NextMarker and Truncated until the last page', async () => {
    const first = await kms.send(new ListGrantsCommand({ KeyId: KEY_ARN }));
    expect(first.Grants).toHaveLength(50);
    expect(first.Truncated).toBe(true);
    expect(first.NextMarker).toBeTruthy();
    const big = await kms.send(new ListGrantsCommand({ KeyId: KEY, Limit: 1000 }));
    expect(big.Grants).toHaveLength(100);
    const rest = await kms.send(new ListGrantsCommand({ KeyId: KEY, Limit: 1000, Marker: big.NextMarker }));
    expect(rest.Grants).toHaveLength(20);
    expect(rest.Truncated).toBe(false);
    expect(rest.NextMarker).toBeUndefined();
  });

  it('returns each grant in AWS\u2019s shape', async () => {
    const out = await kms.send(new ListGrantsCommand({ KeyId: KEY_ARN, GranteePrincipal: ROLE }));
    expect(out.Grants).toHaveLength(1);
    expect(out.Grants?.[0]).toMatchObject({ KeyId: KEY_ARN, GrantId: grantId(1), GranteePrincipal: ROLE, Operations: ['Decrypt', 'GenerateDataKey'], IssuingAccount: `arn:aws:iam::${ACCOUNT}:root` });
    expect(out.Grants?.[0]?.CreationDate).toBeInstanceOf(Date);
  });

  it('refuses a marker it did not issue, a bad limit, an alias, and another account\u2019s key', async () => {
    expect((await rejection(kms.send(new ListGrantsCommand({ KeyId: KEY, Marker: 'bm90LWEtbWFya2Vy' })))).name).toBe('InvalidMarkerException');
    expect((await rejection(kms.send(new ListGrantsCommand({ KeyId: KEY, Limit: 0 })))).name).toBe('ValidationException');
    expect((await rejection(kms.send(new ListGrantsCommand({ KeyId: 'alias/acme-data' })))).name).toBe('NotFoundException');
    const partner = await rejection(kms.send(new ListGrantsCommand({ KeyId: PARTNER_KEY_ARN })));
    expect(partner.name).toBe('AccessDeniedException');
    expect(partner.message).toMatch(/not authorized to perform: kms:ListGrants/);
  });

  it('a key without grants lists none', async () => {
    const other = testScenario().kmsKeys.find((k) => k.keyId !== KEY && (k.accountId ?? ACCOUNT) === ACCOUNT);
    if (!other) return;
    const out = await kms.send(new ListGrantsCommand({ KeyId: `arn:aws:kms:${other.region}:${ACCOUNT}:key/${other.keyId}` }));
    expect(out.Grants).toEqual([]);
    expect(out.Truncated).toBe(false);
  });
});
