import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { diagnose } from '@/lib/analysis/diagnose';
import type { Fix } from '@/lib/analysis/diagnosis';
import { buildBundle, FULL_ACCESS, key, OTHER_ACCOUNT } from '@/lib/analysis/test-support/bundle';
import { absent, inline } from '@/lib/analysis/test-support/policies';

/**
 * Runs a fix's command line in a real POSIX shell with a stand-in `aws` that serves `current` to the
 * get-* call and echoes what the put-* call would write: the document the owner's account would get.
 */
function written(cli: string, current: unknown): unknown {
  const create = 'while [ $# -gt 0 ]; do [ "$1" = --cli-input-json ] && printf \'%s\' "$2"; shift; done';
  const script = `aws() { case "$2" in get-*|describe-*) printf '%s' "$CURRENT" ;; put-*) cat ;; create-*) ${create} ;; esac; }; ${cli}`;
  return JSON.parse(execFileSync('sh', ['-c', script], { env: { ...process.env, CURRENT: JSON.stringify(current) }, encoding: 'utf8' }));
}

const OWNER_POLICY = {
  Version: '2012-10-17',
  Statement: { Sid: 'OwnerAdmin', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OTHER_ACCOUNT}:root` }, Action: '*', Resource: '*' },
};

function fixFor(fixes: Fix[], target: Fix['target']): Fix {
  const fix = fixes.find((f) => f.target === target);
  if (!fix) throw new Error(`no ${target} fix among ${fixes.map((f) => f.target).join(', ')}`);
  return fix;
}

describe('a fix to a resource policy the dashboard could not read', () => {
  it('another account\'s bucket: the command appends the statement to the owner\'s policy instead of replacing it', async () => {
    const bundle = buildBundle({ buckets: { 'acme-data': { ownerAccountId: OTHER_ACCOUNT, policy: absent('cross-account', 's3:GetBucketPolicy') } } });
    const fix = fixFor((await diagnose(bundle)).fixes, 'bucket-policy');
    expect(fix.verified).toBe(false);
    const doc = written(fix.cli, OWNER_POLICY) as { Statement: unknown[] };
    expect(doc.Statement[0]).toEqual(OWNER_POLICY.Statement);
    expect(doc.Statement.slice(1)).toEqual(fix.changedStatements);
  });

  it('another account\'s key: the key policy keeps its admin statement', async () => {
    const keyRef = `arn:aws:kms:us-east-1:${OTHER_ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
    const foreign = { ...key('1234abcd-12ab-34cd-56ef-1234567890ab', absent('cross-account', 'kms:GetKeyPolicy'), OTHER_ACCOUNT), ref: keyRef };
    const bundle = buildBundle({ identity: [inline('full', FULL_ACCESS)], job: { resources: { volumeKmsKeyId: keyRef } }, keys: { [keyRef]: foreign } });
    const fix = fixFor((await diagnose(bundle)).fixes, 'key-policy');
    expect(fix.accountId).toBe(OTHER_ACCOUNT);
    const doc = written(fix.cli, OWNER_POLICY) as { Statement: unknown[] };
    expect(doc.Statement[0]).toEqual(OWNER_POLICY.Statement);
    expect(doc.Statement.slice(1)).toEqual(fix.changedStatements);
  });
});

describe('the merge command against the live policy (a review of the commands as pasted)', () => {
  const foreignBucket = () => buildBundle({ buckets: { 'acme-data': { ownerAccountId: OTHER_ACCOUNT, policy: absent('cross-account', 's3:GetBucketPolicy') } } });

  it('run twice, it adds its statements once', async () => {
    const fix = fixFor((await diagnose(foreignBucket())).fixes, 'bucket-policy');
    const once = written(fix.cli, OWNER_POLICY);
    expect(written(fix.cli, once)).toEqual(once);
  });

  it('a Sid the live policy already uses (another role’s statement) is kept, and the added one takes the next free number', async () => {
    const fix = fixFor((await diagnose(foreignBucket())).fixes, 'bucket-policy');
    const added = (fix.changedStatements ?? [])[0] as { Sid: string };
    const other = { ...added, Principal: { AWS: `arn:aws:iam::111122223333:role/other` } };
    const live = { Version: '2012-10-17', Statement: [other, { ...other, Sid: `${added.Sid}2` }] };
    const doc = written(fix.cli, live) as { Statement: { Sid?: string }[] };
    expect(doc.Statement.slice(0, 2)).toEqual(live.Statement);
    expect(doc.Statement.map((x) => x.Sid)).toEqual([added.Sid, `${added.Sid}2`, `${added.Sid}3`, ...(fix.changedStatements ?? []).slice(1).map((x) => (x as { Sid?: string }).Sid)]);
  });

  it('run twice over a Sid the live policy already used, it still adds its statement once (the renamed copy is recognised)', async () => {
    const fix = fixFor((await diagnose(foreignBucket())).fixes, 'bucket-policy');
    const added = (fix.changedStatements ?? [])[0] as { Sid: string };
    const live = { Version: '2012-10-17', Statement: [{ ...added, Principal: { AWS: 'arn:aws:iam::111122223333:role/other' } }] };
    const once = written(fix.cli, live);
    expect(written(fix.cli, once)).toEqual(once);
  });

  it('a bucket with no policy (NoSuchBucketPolicy) gets one holding just the statements; any other read error writes nothing', async () => {
    const fix = fixFor((await diagnose(foreignBucket())).fixes, 'bucket-policy');
    const run = (error: string) => {
      const script = `aws() { case "$2" in get-*) echo "An error occurred (${error}) when calling the GetBucketPolicy operation" >&2; return 254 ;; put-*) cat ;; esac; }; ${fix.cli}`;
      return execFileSync('sh', ['-c', script], { encoding: 'utf8' });
    };
    expect(JSON.parse(run('NoSuchBucketPolicy'))).toEqual({ Version: '2012-10-17', Statement: fix.changedStatements });
    expect(run('AccessDenied')).toBe('');
    // The refusal is shown, not swallowed.
    const shown = spawnSync('sh', ['-c', `aws() { case "$2" in get-*) echo "An error occurred (AccessDenied) when calling the GetBucketPolicy operation" >&2; return 254 ;; put-*) cat ;; esac; }; ${fix.cli}`], { encoding: 'utf8' });
    expect(shown.stderr).toContain('(AccessDenied) when calling the GetBucketPolicy operation');
  });
});

describe('a bucket-policy fix when the dashboard could read the policy', () => {
  it('reads, merges and writes back, so two jobs\u2019 fixes to one bucket both stay (each written as read undid the other)', async () => {
    const guard = { Sid: 'VpcOnly', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::acme-data', 'arn:aws:s3:::acme-data/*'], Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d' } } };
    const live = { Version: '2012-10-17', Statement: [guard] };
    const exceptionFor = async (role: string) => {
      const bundle = buildBundle({ job: { roleArn: `arn:aws:iam::111122223333:role/${role}` }, buckets: { 'acme-data': { policy: { ok: true, value: live } } } });
      const fix = (await diagnose(bundle)).fixes.find((f) => f.target === 'bucket-policy' && f.kind === 'exception');
      if (!fix) throw new Error(`no bucket exception for ${role}`);
      return fix;
    };
    const [first, second] = [await exceptionFor('ml-train'), await exceptionFor('ml-eval')];
    // Alone, what the command writes is the document the fix shows.
    expect(written(first.cli, live)).toEqual(first.policy);
    // One after the other, the second keeps the first's exemption.
    const both = written(second.cli, written(first.cli, live)) as { Statement: { Condition?: Record<string, Record<string, unknown>> }[] };
    expect(both.Statement).toHaveLength(1);
    expect(both.Statement[0]?.Condition?.ArnNotEquals?.['aws:PrincipalArn']).toEqual(['arn:aws:iam::111122223333:role/ml-train', 'arn:aws:iam::111122223333:role/ml-eval']);
  });

  it('a deny without a Sid is found as it was read, so an exemption made since is kept too', async () => {
    const { Sid: _none, ...guard } = { Sid: '', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::acme-data', 'arn:aws:s3:::acme-data/*'], Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d' } } };
    const live = { Version: '2012-10-17', Statement: [guard] };
    const fixes = await Promise.all(['ml-train', 'ml-eval'].map(async (role) => (await diagnose(buildBundle({ job: { roleArn: `arn:aws:iam::111122223333:role/${role}` }, buckets: { 'acme-data': { policy: { ok: true, value: live } } } }))).fixes.find((f) => f.kind === 'exception')));
    const [first, second] = fixes;
    if (!first || !second) throw new Error('no exception');
    const both = written(second.cli, written(first.cli, live)) as { Statement: { Condition?: Record<string, Record<string, unknown>> }[] };
    expect(both.Statement[0]?.Condition?.ArnNotEquals?.['aws:PrincipalArn']).toEqual(['arn:aws:iam::111122223333:role/ml-train', 'arn:aws:iam::111122223333:role/ml-eval']);
  });
});

describe('a key-policy fix when the dashboard could read the policy', () => {
  it('still reads, merges and writes back: put-key-policy replaces the whole policy', async () => {
    const keyArn = `arn:aws:kms:us-east-1:111122223333:key/data-key`;
    const live = { Version: '2012-10-17', Statement: [{ Sid: 'Admins', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/KeyAdmin' }, Action: 'kms:*', Resource: '*' }] };
    const bundle = buildBundle({
      buckets: { 'acme-data': { encryption: { ok: true, value: { algorithm: 'aws:kms', kmsKeyId: keyArn } } } },
      keys: { [keyArn]: { ...key('data-key', live), ref: keyArn } },
    });
    const fix = fixFor((await diagnose(bundle)).fixes, 'key-policy');
    // What the command writes over the live policy is exactly the document the fix shows.
    expect(written(fix.cli, live)).toEqual(fix.policy);
    // Had the live policy gained a statement since it was read, that statement survives too.
    const moved = { ...live, Statement: [...live.Statement, { Sid: 'Later', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/Other' }, Action: 'kms:Decrypt', Resource: '*' }] };
    expect((written(fix.cli, moved) as { Statement: unknown[] }).Statement).toEqual([...moved.Statement, ...(fix.changedStatements ?? [])]);
  });
});

describe('a job-configuration fix', () => {
  it('describes the failed job, keeps what CreateTrainingJob takes, merges the change and creates <name>-retry', async () => {
    const keyArn = 'arn:aws:kms:us-east-1:111122223333:key/model-key';
    const bucketPolicy = { Version: '2012-10-17', Statement: [{ Sid: 'RequireKey', Effect: 'Deny', Principal: '*', Action: 's3:PutObject', Resource: 'arn:aws:s3:::acme-models/*', Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption-aws-kms-key-id': keyArn } } }] };
    const bundle = buildBundle({ buckets: { 'acme-models': { policy: { ok: true, value: bucketPolicy } } } });
    const fix = fixFor((await diagnose(bundle)).fixes, 'job-config');
    const described = {
      TrainingJobName: 'train-1', TrainingJobArn: 'arn:aws:sagemaker:us-east-1:111122223333:training-job/train-1', TrainingJobStatus: 'Failed', FailureReason: 'x',
      AlgorithmSpecification: { TrainingImage: 'img', TrainingInputMode: 'File' }, RoleArn: 'arn:aws:iam::111122223333:role/ml-train',
      OutputDataConfig: { S3OutputPath: 's3://acme-models/output/' }, ResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 1, VolumeSizeInGB: 30 },
      StoppingCondition: { MaxRuntimeInSeconds: 3600 }, Environment: { TOKEN: 'the real value, not the redacted one' }, VpcConfig: null,
    };
    const created = written(fix.cli, described) as Record<string, unknown>;
    expect(created).toEqual({
      TrainingJobName: 'train-1-retry',
      AlgorithmSpecification: described.AlgorithmSpecification,
      RoleArn: described.RoleArn,
      OutputDataConfig: { S3OutputPath: 's3://acme-models/output/', KmsKeyId: keyArn },
      ResourceConfig: described.ResourceConfig,
      StoppingCondition: described.StoppingCondition,
      Environment: described.Environment,
    });
  });
});
