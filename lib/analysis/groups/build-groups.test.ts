import { describe, expect, it } from 'vitest';
import { buildGroups, TREND_DAYS } from './build-groups';
import { groupIdOf } from './group-id';
import type { GroupMember } from './group-identity';

const SCOPE = { accountId: '111122223333', region: 'us-east-1' };
const NOW = Date.parse('2026-11-28T12:00:00Z');
const ROLE = 'arn:aws:iam::111122223333:role/nlp-training-role';

function s3Read(name: string, scope: string, failedAt: string, role = 'nlp-training-role'): GroupMember {
  return { name, cause: 's3-read', roleArn: `arn:aws:iam::111122223333:role/${role}`, groupKey: `s3-read|${role}|${scope}`, failureReason: 'ClientError: Data download failed', failedAt, summary: `${name} cannot read` };
}

describe('buildGroups', () => {
  it('puts 8 S3-read jobs of one role on one bucket in one group, whatever folder or object each read', () => {
    const scopes = ['s3://acme-ml-datasets/nlp/', 's3://acme-ml-datasets/nlp/', 's3://acme-ml-datasets/ranking/', 's3://acme-ml-datasets/', 's3://acme-ml-datasets/a.csv', 's3://acme-ml-datasets/x/y/', 's3://acme-ml-datasets/nlp/', 'arn:aws:s3:::acme-ml-datasets/deep/key.json'];
    const jobs = scopes.map((scope, i) => s3Read(`job-${i}`, scope, `2026-11-2${i % 8}T10:00:00.000Z`));
    const groups = buildGroups(jobs, SCOPE, NOW);
    expect(groups).toHaveLength(1);
    const [group] = groups;
    expect(group).toMatchObject({ count: 8, cause: 's3-read', role: 'nlp-training-role', resource: 's3://acme-ml-datasets/', title: 'nlp-training-role → s3://acme-ml-datasets/' });
    expect(group?.firstSeen).toBe('2026-11-20T10:00:00.000Z');
    expect(group?.lastSeen).toBe('2026-11-27T10:00:00.000Z');
    expect(group?.members.map((m) => m.name)[0]).toBe('job-7');
  });

  it('keeps another role, another bucket or another cause apart', () => {
    const groups = buildGroups(
      [
        s3Read('a', 's3://acme-ml-datasets/nlp/', '2026-11-27T10:00:00Z'),
        s3Read('b', 's3://acme-ml-datasets/nlp/', '2026-11-27T10:00:00Z', 'other-role'),
        s3Read('c', 's3://acme-ml-artifacts/nlp/', '2026-11-27T10:00:00Z'),
        { ...s3Read('d', 's3://acme-ml-datasets/nlp/', '2026-11-27T10:00:00Z'), cause: 's3-write', groupKey: 's3-write|nlp-training-role|s3://acme-ml-datasets/nlp/' },
      ],
      SCOPE,
      NOW,
    );
    expect(groups).toHaveLength(4);
  });

  it('groups non-permission failures by their error signature, not by role', () => {
    const oom = (name: string, gib: string, role: string): GroupMember => ({
      name,
      cause: 'out-of-memory',
      roleArn: `arn:aws:iam::111122223333:role/${role}`,
      groupKey: 'out-of-memory||',
      failureReason: `AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate ${gib} GiB."\nCommand "python3 train.py"`,
      failedAt: '2026-11-27T10:00:00Z',
      summary: 'out of memory',
    });
    const groups = buildGroups([oom('a', '2.50', 'r1'), oom('b', '12', 'r2'), { ...oom('c', '1', 'r1'), failureReason: 'AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "KeyError: \'x\'"' }], SCOPE, NOW);
    expect(groups.map((g) => [g.count, g.signature])).toEqual([
      [2, 'torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate # GiB.'],
      [1, "KeyError: 'x'"],
    ]);
  });

  it('counts failures per UTC day over the last 30 days, today last, and ignores older ones', () => {
    const jobs = [
      s3Read('today-1', 's3://b/', '2026-11-28T01:00:00Z'),
      s3Read('today-2', 's3://b/', '2026-11-28T11:59:00Z'),
      s3Read('yesterday', 's3://b/', '2026-11-27T23:59:00Z'),
      s3Read('day-29', 's3://b/', '2026-10-30T00:00:00Z'),
      s3Read('day-30', 's3://b/', '2026-10-29T23:00:00Z'),
    ];
    const [group] = buildGroups(jobs, SCOPE, NOW);
    expect(group?.daily).toHaveLength(TREND_DAYS);
    expect(group?.daily[TREND_DAYS - 1]).toBe(2);
    expect(group?.daily[TREND_DAYS - 2]).toBe(1);
    expect(group?.daily[0]).toBe(1);
    expect(group?.daily.reduce((a, b) => a + b, 0)).toBe(4);
    expect(group?.count).toBe(5);
  });

  it('gives a group the same id for old prefix-grain keys and new bucket-grain keys, per account and region', () => {
    const [old] = buildGroups([s3Read('a', 's3://acme-ml-datasets/nlp/', '2026-11-27T10:00:00Z')], SCOPE, NOW);
    const [fresh] = buildGroups([s3Read('a', 's3://acme-ml-datasets/', '2026-11-27T10:00:00Z')], SCOPE, NOW + 86_400_000);
    expect(old?.id).toBe(fresh?.id);
    expect(old?.id).toMatch(/^[0-9a-f]{14}$/);
    expect(old?.id).toBe(groupIdOf(SCOPE.accountId, SCOPE.region, 's3-read|nlp-training-role|s3://acme-ml-datasets/'));
    const [elsewhere] = buildGroups([s3Read('a', 's3://acme-ml-datasets/', '2026-11-27T10:00:00Z')], { ...SCOPE, region: 'eu-west-1' }, NOW);
    expect(elsewhere?.id).not.toBe(old?.id);
    expect(ROLE).toContain('nlp-training-role');
  });
});
