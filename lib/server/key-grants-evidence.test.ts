import { afterEach, describe, expect, it } from 'vitest';
import type { KeyEvidence } from '@/lib/analysis/evidence';
import { startEmulator } from './testing/emulator';
import { ACCOUNT, FOREIGN_KEY_ARN, OUTPUT_KEY, smallAccount } from './testing/small-account';

/** kms:ListGrants and kms:ListAliases through the real SDK: every page read, and refusals reported in AWS's words. */
const ROLE = `arn:aws:iam::${ACCOUNT}:role/service-role/ml-train`;
const OUTPUT_KEY_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/${OUTPUT_KEY}`;

function withGrants(count: number) {
  const scenario = structuredClone(smallAccount);
  const key = scenario.kmsKeys?.find((k) => k.keyId === OUTPUT_KEY);
  if (!key) throw new Error('no output key in the small account');
  key.grants = Array.from({ length: count }, (_, i) => ({
    grantId: (i + 1).toString(16).padStart(64, '0'),
    granteePrincipal: i === count - 1 ? ROLE : `arn:aws:iam::${ACCOUNT}:role/other-${i}`,
    operations: ['Decrypt'],
  }));
  return scenario;
}

let env: Awaited<ReturnType<typeof startEmulator>> | undefined;
afterEach(async () => {
  await env?.stop();
  env = undefined;
});

describe('getKeyEvidence reads the key\u2019s grants', () => {
  it('all pages of them (the role\u2019s grant is on the third page of 100)', async () => {
    env = await startEmulator({ scenario: withGrants(230) });
    const k: KeyEvidence = await (await env!.ctx('us-east-1')).gateways.getKeyEvidence(OUTPUT_KEY_ARN, ACCOUNT);
    expect(k.grants?.ok && k.grants.value.length).toBe(230);
    expect(k.grants?.ok && k.grants.value.at(-1)).toMatchObject({ granteePrincipal: ROLE, operations: ['Decrypt'] });
  });

  it('refused: access-denied naming kms:ListGrants; another account\u2019s key: cross-account', async () => {
    env = await startEmulator({ scenario: withGrants(1), faults: { deny: ['kms:ListGrants'] } });
    const own = await (await env!.ctx('us-east-1')).gateways.getKeyEvidence(OUTPUT_KEY_ARN, ACCOUNT);
    expect(own.grants).toMatchObject({ ok: false, missing: { kind: 'access-denied', action: 'kms:ListGrants' } });
    expect(own.policy.ok).toBe(true);
    await env.stop();
    env = await startEmulator({ scenario: withGrants(1) });
    const foreign = await (await env!.ctx('us-east-1')).gateways.getKeyEvidence(FOREIGN_KEY_ARN, ACCOUNT);
    expect(foreign.grants).toMatchObject({ ok: false, missing: { kind: 'cross-account', action: 'kms:ListGrants' } });
  });
});

describe('getKeyEvidence reads the key\u2019s aliases', () => {
  it('its own account\u2019s key, named by ARN: the aliases pointing at it', async () => {
    env = await startEmulator({ scenario: smallAccount });
    const k = await (await env.ctx('us-east-1')).gateways.getKeyEvidence(OUTPUT_KEY_ARN, ACCOUNT);
    expect(k.aliases).toEqual({ ok: true, value: ['alias/ml-out'] });
  });

  it('refused: access-denied naming kms:ListAliases; another account\u2019s key: cross-account, never asked', async () => {
    env = await startEmulator({ scenario: smallAccount, faults: { deny: ['kms:ListAliases'] } });
    const ctx = await env.ctx('us-east-1');
    expect((await ctx.gateways.getKeyEvidence(OUTPUT_KEY_ARN, ACCOUNT)).aliases).toMatchObject({ ok: false, missing: { kind: 'access-denied', action: 'kms:ListAliases' } });
    expect((await ctx.gateways.getKeyEvidence(FOREIGN_KEY_ARN, ACCOUNT)).aliases).toMatchObject({ ok: false, missing: { kind: 'cross-account', action: 'kms:ListAliases' } });
  });
});

describe('getKeyEvidence reads the key\u2019s properties (the values of kms:KeyOrigin, kms:KeySpec, kms:KeyUsage, kms:MultiRegion)', () => {
  it('from DescribeKey', async () => {
    env = await startEmulator({ scenario: smallAccount });
    const k = await (await env!.ctx('us-east-1')).gateways.getKeyEvidence(OUTPUT_KEY_ARN, ACCOUNT);
    expect(k.metadata).toMatchObject({ ok: true, value: { arn: OUTPUT_KEY_ARN, origin: 'AWS_KMS', keySpec: 'SYMMETRIC_DEFAULT', keyUsage: 'ENCRYPT_DECRYPT', multiRegion: false } });
  });
});
