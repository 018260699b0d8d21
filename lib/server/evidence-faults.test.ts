import { afterEach, describe, expect, it } from 'vitest';
import type { EvidenceBundle } from '@/lib/analysis/evidence';
import { collectEvidence } from './collect-evidence';
import { startEmulator } from './testing/emulator';
import { missingPieces } from './testing/missing-pieces';
import { smallAccount } from './testing/small-account';

let env: Awaited<ReturnType<typeof startEmulator>> | undefined;
afterEach(async () => {
  await env?.stop();
  env = undefined;
});

async function bundle(): Promise<EvidenceBundle> {
  const result = await collectEvidence(await env!.ctx('us-east-1'), 'vpc-job');
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value;
}

describe('collectEvidence when the dashboard is refused evidence reads', () => {
  it('each refused read is access-denied naming the permission to grant, the rest still read', async () => {
    env = await startEmulator({
      scenario: smallAccount,
      faults: { deny: ['s3:GetBucketPolicy', 'logs:FilterLogEvents', 'ec2:DescribeVpcEndpoints', 'kms:DescribeKey', 'iam:ListRolePolicies'] },
    });
    const b = await bundle();
    const denied = missingPieces(b)
      .filter((m) => m.missing.kind === 'access-denied')
      .map((m) => `${m.path} ${m.missing.action}`)
      .sort();
    expect(denied).toEqual(
      [
        'buckets.acme-data.policy s3:GetBucketPolicy',
        'buckets.acme-out.policy s3:GetBucketPolicy',
        // Refused before S3 could say "another account" (405), so the honest reading is "denied".
        'buckets.partner-data.policy s3:GetBucketPolicy',
        'buckets.partner-data.encryption s3:GetEncryptionConfiguration',
        'logs logs:FilterLogEvents',
        'network.endpoints ec2:DescribeVpcEndpoints',
        'role.value.identityPolicies iam:ListRolePolicies',
        // An alias cannot be resolved without DescribeKey, so its policy is unreadable for the same reason.
        'keys.alias/ml-out.metadata kms:DescribeKey',
        'keys.alias/ml-out.policy kms:DescribeKey',
        'keys.alias/ml-out.grants kms:DescribeKey',
        `keys.${Object.keys(b.keys).find((k) => k.includes(':111122223333:'))}.metadata kms:DescribeKey`,
        `keys.${Object.keys(b.keys).find((k) => k.includes(':444455556666:'))}.metadata kms:DescribeKey`,
      ].sort(),
    );
    // Not refused: still read.
    expect(b.buckets['acme-data']?.encryption.ok).toBe(true);
    expect(b.network?.routeTables.ok).toBe(true);
    expect(b.role.ok && b.role.value.trustPolicy.ok).toBe(true);
    // The other account's key: DescribeKey refused, GetKeyPolicy still reported as cross-account.
    const foreign = Object.entries(b.keys).find(([ref]) => ref.includes(':444455556666:'))?.[1];
    expect(foreign?.policy).toMatchObject({ ok: false, missing: { kind: 'cross-account', action: 'kms:GetKeyPolicy' } });
  });

  it('a slow endpoint becomes timeout, and the job request a 504', async () => {
    // The account is given: the STS lookup would time out first, and this test is about the evidence reads.
    env = await startEmulator({ scenario: smallAccount, maxAttempts: 1, requestTimeoutMs: 50, accountId: '111122223333', faults: { latencyMs: 400 } });
    const result = await collectEvidence(await env!.ctx('us-east-1'), 'vpc-job');
    expect(result).toMatchObject({ ok: false, status: 504, error: { code: 'timeout' } });
  });

  it('occasional 500s are retried by the SDK and the bundle is complete anyway', async () => {
    // Every 5th call in the whole run fails; with 5 attempts a call would need to land on five of them in a row.
    env = await startEmulator({ scenario: smallAccount, maxAttempts: 5, faults: { errorEvery: 5 } });
    const b = await bundle();
    // Only the facts of the account are missing, none of the transient failures.
    // (The partner's key: its policy, its grants, which its owner's key policy does not let the
    // dashboard list, and its aliases, which ListAliases never lists across accounts.)
    expect(missingPieces(b).map((m) => m.missing.kind).sort()).toEqual(['cross-account', 'cross-account', 'cross-account', 'cross-account', 'cross-account']);
  });
});
