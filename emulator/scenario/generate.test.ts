import { runSimulation } from '@cloud-copilot/iam-simulate';
import { describe, expect, it } from 'vitest';
import { testScenario } from '../testing/harness';
import { addSyntheticJobs } from './generate';
import { Scenario } from './schema';

const base = testScenario();

describe('addSyntheticJobs', () => {
  const scenario = addSyntheticJobs(base, 400, 11);
  const synthetic = scenario.trainingJobs.filter((j) => j.name.startsWith('synthetic-'));

  it('adds N valid failed jobs in the first region, sharing 20 roles and 50 buckets by default', () => {
    expect(synthetic).toHaveLength(400);
    expect(synthetic.every((j) => j.status === 'Failed' && j.region === 'us-east-1')).toBe(true);
    expect(scenario.roles.filter((r) => r.name.startsWith('synthetic-'))).toHaveLength(20);
    expect(scenario.buckets.filter((b) => b.name.startsWith('synthetic-'))).toHaveLength(50);
    // Jobs really spread over the shared resources (400 jobs reach nearly all of them).
    const bucketsUsed = new Set(synthetic.flatMap((j) => [j.inputChannels[0]?.s3Uri, j.output.s3OutputPath]).map((u) => u?.split('/')[2]));
    expect(new Set(synthetic.map((j) => j.roleArn)).size).toBeGreaterThanOrEqual(15);
    expect(bucketsUsed.size).toBeGreaterThanOrEqual(40);
    expect(new Set(synthetic.map((j) => j.name)).size).toBe(400);
    expect(() => Scenario.parse(scenario)).not.toThrow();
  });

  it('mixes causes', () => {
    const causes = new Set(synthetic.map((j) => j.expect?.cause));
    expect([...causes].sort()).toEqual(['bucket-policy', 'capacity', 'kms', 'out-of-memory', 's3-read', 's3-write', 'user-code']);
  });

  it('takes another shape, and refuses one too small to hold every kind of role and bucket', () => {
    const small = addSyntheticJobs(base, 50, 5, { roles: 3, buckets: 4 });
    expect(small.roles.filter((r) => r.name.startsWith('synthetic-')).map((r) => r.name.replace(/-\d+$/, ''))).toEqual([
      'synthetic-ml-train',
      'synthetic-ml-noread',
      'synthetic-ml-readonly',
    ]);
    expect(small.buckets.filter((b) => b.name.startsWith('synthetic-'))).toHaveLength(4);
    expect(() => addSyntheticJobs(base, 50, 5, { roles: 2, buckets: 4 })).toThrow(/at least 3/);
  });

  it('is deterministic for a seed', () => {
    expect(addSyntheticJobs(base, 50, 3)).toEqual(addSyntheticJobs(base, 50, 3));
    expect(addSyntheticJobs(base, 50, 3).trainingJobs).not.toEqual(addSyntheticJobs(base, 50, 4).trainingJobs);
  });

  it('generates 5,000 jobs quickly enough for a scale run', () => {
    const big = addSyntheticJobs(base, 5000, 42);
    expect(big.trainingJobs.length).toBe(base.trainingJobs.length + 5000);
  });

  it('wires policies that really refuse what each permission cause reports', async () => {
    const roleDocs = (arn: string) =>
      scenario.roles.find((r) => arn.endsWith(`/${r.name}`))?.inlinePolicies.map((p) => ({ name: p.name, policy: p.document })) ?? [];
    const bucketOf = (uri: string) => uri.slice('s3://'.length).split('/')[0] ?? '';
    const decide = async (arn: string, action: string, resource: string, resourcePolicy?: unknown) => {
      const result = await runSimulation(
        {
          request: { principal: arn, action, resource: { resource, accountId: base.accountId }, contextVariables: {} },
          identityPolicies: roleDocs(arn),
          serviceControlPolicies: [],
          resourceControlPolicies: [],
          resourcePolicy,
        },
        {},
      );
      if (result.resultType !== 'single') throw new Error(`simulation ${result.resultType}`);
      return result.result.analysis?.result;
    };
    const one = (cause: string) => {
      const job = synthetic.find((j) => j.expect?.cause === cause);
      if (!job) throw new Error(`no ${cause} job`);
      return job;
    };

    const read = one('s3-read');
    const readUri = read.inputChannels[0]?.s3Uri ?? '';
    expect(await decide(read.roleArn, 's3:GetObject', `arn:aws:s3:::${readUri.slice(5)}train.csv`)).toBe('ImplicitlyDenied');

    const locked = one('bucket-policy');
    const lockedBucket = scenario.buckets.find((b) => b.name === bucketOf(locked.inputChannels[0]?.s3Uri ?? ''));
    expect(
      await decide(locked.roleArn, 's3:GetObject', `arn:aws:s3:::${lockedBucket?.name}/train/train.csv`, lockedBucket?.policy),
    ).toBe('ExplicitlyDenied');

    const write = one('s3-write');
    expect(await decide(write.roleArn, 's3:PutObject', `arn:aws:s3:::${bucketOf(write.output.s3OutputPath)}/models/model.tar.gz`)).toBe(
      'ImplicitlyDenied',
    );

    const kms = one('kms');
    const kmsBucket = scenario.buckets.find((b) => b.name === bucketOf(kms.inputChannels[0]?.s3Uri ?? ''));
    const key = scenario.kmsKeys.find((k) => kmsBucket?.encryption?.kmsKeyId?.endsWith(k.keyId));
    const keyArn = `arn:aws:kms:${key?.region}:${base.accountId}:key/${key?.keyId}`;
    expect(await decide(kms.roleArn, 'kms:Decrypt', keyArn, key?.policy)).not.toBe('Allowed');

    // The same roles can otherwise read their data and write their models: the failures are specific.
    const healthy = one('user-code');
    expect(await decide(healthy.roleArn, 's3:GetObject', `arn:aws:s3:::${bucketOf(healthy.inputChannels[0]?.s3Uri ?? '')}/train/train.csv`)).toBe('Allowed');
    expect(await decide(healthy.roleArn, 's3:PutObject', `arn:aws:s3:::${bucketOf(healthy.output.s3OutputPath)}/models/model.tar.gz`)).toBe('Allowed');
  });
});
