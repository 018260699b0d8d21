import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceBundle, Piece } from '@/lib/analysis/evidence';
import { collectEvidence } from './collect-evidence';
import { startEmulator } from './testing/emulator';
import { ACCOUNT, BUCKET_KEY_ARN, FOREIGN_KEY_ARN, OTHER_ACCOUNT, OUTPUT_KEY, smallAccount } from './testing/small-account';

let env: Awaited<ReturnType<typeof startEmulator>>;
beforeAll(async () => {
  env = await startEmulator({ scenario: smallAccount });
});
afterAll(() => env?.stop());

/** The reason a piece is missing, or 'present' (so an assertion on a present piece fails readably). */
const missingOf = <T>(piece: Piece<T> | undefined) => (piece === undefined ? 'absent' : piece.ok ? 'present' : piece.missing);

async function bundleOf(name: string): Promise<EvidenceBundle> {
  const result = await collectEvidence(await env.ctx('us-east-1'), name);
  if (!result.ok) throw new Error(`collectEvidence(await env.ctx(${name})) failed: ${JSON.stringify(result)}`);
  return result.value;
}

describe('collectEvidence on a VPC job with many resources', () => {
  let bundle: EvidenceBundle;
  beforeAll(async () => {
    bundle = await bundleOf('vpc-job');
  });

  it('describes the job, redacted, in our shape', () => {
    expect(bundle.accountId).toBe(ACCOUNT);
    expect(bundle.job).toMatchObject({ name: 'vpc-job', status: 'Failed', roleArn: `arn:aws:iam::${ACCOUNT}:role/service-role/ml-train` });
    expect(bundle.job.environment).toEqual({ WANDB_API_KEY: '[redacted]', LEAKED: 'AKIAIOSF************' });
  });

  it('reads the role: trust policy, managed and inline policies decoded, boundary', () => {
    expect(bundle.role.ok).toBe(true);
    if (!bundle.role.ok) return;
    const role = bundle.role.value;
    expect(role.trustPolicy).toEqual({ ok: true, value: smallAccount.roles?.[0]?.trustPolicy });
    expect(role.identityPolicies.ok && role.identityPolicies.value.map((p) => [p.kind, p.name, p.document.ok])).toEqual([
      ['managed', 'TrainRead', true],
      ['inline', 'write-out', true],
    ]);
    expect(role.boundary).toMatchObject({ ok: true, value: { kind: 'managed', name: 'Boundary', versionId: 'v3', document: { ok: true, value: { Statement: [{ Action: 's3:*' }] } } } });
  });

  it('reads each bucket once: policy, none, or another account (405)', () => {
    expect(Object.keys(bundle.buckets).sort()).toEqual(['acme-data', 'acme-out', 'partner-data']);
    expect(bundle.buckets['acme-data']?.policy).toMatchObject({ ok: true, value: { Statement: [{ Sid: 'DenyInsecure' }] } });
    expect(bundle.buckets['acme-data']?.encryption).toEqual({ ok: true, value: { algorithm: 'aws:kms', kmsKeyId: BUCKET_KEY_ARN, bucketKeyEnabled: true } });
    expect(bundle.buckets['acme-out']?.policy).toEqual({ ok: true, value: null });
    expect(bundle.buckets['acme-out']?.encryption).toEqual({ ok: true, value: null });
    const partner = bundle.buckets['partner-data'];
    expect(missingOf(partner?.policy)).toMatchObject({ kind: 'cross-account', action: 's3:GetBucketPolicy', resource: 'arn:aws:s3:::partner-data' });
  });

  it('reads every key: the output alias resolved, the bucket default key, another account\'s volume key', () => {
    expect(Object.keys(bundle.keys).sort()).toEqual([FOREIGN_KEY_ARN, BUCKET_KEY_ARN, 'alias/ml-out'].sort());
    const alias = bundle.keys['alias/ml-out'];
    expect(alias?.metadata).toMatchObject({ ok: true, value: { arn: BUCKET_KEY_ARN, accountId: ACCOUNT } });
    expect(alias?.policy).toMatchObject({ ok: true, value: { Statement: [{ Sid: 'Root' }] } });
    expect(BUCKET_KEY_ARN).toContain(OUTPUT_KEY);
    const foreign = bundle.keys[FOREIGN_KEY_ARN];
    expect(foreign?.metadata).toMatchObject({ ok: true, value: { accountId: OTHER_ACCOUNT } });
    expect(missingOf(foreign?.policy)).toMatchObject({ kind: 'cross-account', action: 'kms:GetKeyPolicy' });
  });

  it('reads the network, including the main route table for a subnet without its own', () => {
    const network = bundle.network;
    expect(network?.vpcId).toBe('vpc-0a1b2c3d');
    expect(network?.subnets.ok && network.subnets.value.map((s) => s.id).sort()).toEqual(['subnet-0aaa', 'subnet-0bbb']);
    expect(network?.routeTables.ok && network.routeTables.value.map((t) => [t.id, t.main]).sort()).toEqual([
      ['rtb-0explicit', false],
      ['rtb-0main', true],
    ]);
    const explicit = network?.routeTables.ok ? network.routeTables.value.find((t) => t.id === 'rtb-0explicit') : undefined;
    expect(explicit?.routes.some((r) => r.vpcEndpointId === 'vpce-0s3' && r.destinationPrefixListId)).toBe(true);
    expect(network?.endpoints).toMatchObject({ ok: true, value: [{ id: 'vpce-0s3', type: 'Gateway', policy: { ok: true, value: { Statement: [{ Action: 's3:*' }] } } }] });
    expect(network?.securityGroups).toMatchObject({ ok: true, value: [{ id: 'sg-0train', egress: [{ cidrs: ['0.0.0.0/0'] }], ingress: [{ groupIds: ['sg-0train'] }] }] });
  });

  it('reads a bounded excerpt of its own streams only: the tail plus error lines, redacted', () => {
    expect(bundle.logs.ok).toBe(true);
    if (!bundle.logs.ok) return;
    const streams = bundle.logs.value.streams;
    expect(streams.map((s) => s.name)).toEqual(['vpc-job/algo-1-1700000000', 'vpc-job/algo-2-1700000000']);
    const [long, short] = streams;
    expect(long?.truncated).toBe(true);
    // 50 tail lines plus the early matched line; never the whole 120-line stream.
    expect(long?.lines).toHaveLength(51);
    expect(long?.lines[0]).toMatchObject({ message: 'Traceback (most recent call last): early Error', matched: true });
    expect(long?.lines.at(-1)?.message).toBe('step 119 loss=0.119');
    const times = long?.lines.map((l) => l.timestamp) ?? [];
    expect([...times].sort()).toEqual(times);
    expect(short?.truncated).toBe(false);
    expect(short?.lines.map((l) => [l.message, l.matched])).toEqual([
      ['botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied', true],
      ['creds AKIAIOSF************', false],
    ]);
    expect(JSON.stringify(bundle)).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(JSON.stringify(bundle.logs)).not.toContain('from the other job');
  });
});

describe('collectEvidence says what is missing and why', () => {
  it('a role the dashboard may not GetRole: trust policy and boundary access-denied naming iam:GetRole, policies still read', async () => {
    const bundle = await bundleOf('no-logs');
    expect(bundle.role.ok).toBe(true);
    if (!bundle.role.ok) return;
    const denied = { kind: 'access-denied', action: 'iam:GetRole', resource: `arn:aws:iam::${ACCOUNT}:role/locked-role` };
    expect(missingOf(bundle.role.value.trustPolicy)).toMatchObject(denied);
    expect(missingOf(bundle.role.value.boundary)).toMatchObject(denied);
    expect(bundle.role.value.identityPolicies).toMatchObject({ ok: true, value: [{ kind: 'inline', name: 'p' }] });
  });

  it('a job without log streams: logs not-found with the reason', async () => {
    const bundle = await bundleOf('no-logs');
    expect(missingOf(bundle.logs)).toMatchObject({
      kind: 'not-found',
      action: 'logs:DescribeLogStreams',
      message: expect.stringMatching(/no log streams named .* in log group \/aws\/sagemaker\/TrainingJobs: the job may have failed before its container started, or the streams were deleted/),
    });
  });

  it('a role that no longer exists: role not-found', async () => {
    const bundle = await bundleOf('ghost-role');
    expect(missingOf(bundle.role)).toMatchObject({ kind: 'not-found', action: 'iam:GetRole' });
  });

  it('a job that does not exist: 404', async () => {
    const result = await collectEvidence(await env.ctx('us-east-1'), 'never-ran');
    expect(result).toMatchObject({ ok: false, status: 404, error: { code: 'not-found' } });
  });

  it('a non-VPC job has no network section', async () => {
    const bundle = await bundleOf('vpc-job-2');
    expect(bundle.network).toBeUndefined();
    expect(bundle.logs.ok && bundle.logs.value.streams.map((s) => s.name)).toEqual(['vpc-job-2/algo-1-1700000001']);
  });
});
