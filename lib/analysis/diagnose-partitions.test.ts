import { describe, expect, it } from 'vitest';
import { classifyText } from './classify-text';
import { diagnose } from './diagnose';
import { inJobPartition } from './read-text';
import { applyFix } from './test-support/apply-fix';
import { buildBundle } from './test-support/bundle';
import { CHINA, GOVCLOUD, moveToPartition } from './test-support/partitions';
import { doc, ok } from './test-support/policies';
import { PROVEN_CASES } from './test-support/proven-cases';
import { failedDuring } from './test-support/transitions';

/**
 * A GovCloud or China job names its buckets, keys and roles `arn:aws-us-gov:…` / `arn:aws-cn:…`, and its policies do
 * too. Requests written as `arn:aws:…` match none of them, so every allowed request would read as denied and a healthy
 * role would be "confirmed" broken. Each proven case, moved whole into the other partition, must be diagnosed exactly
 * as the original, moved: same cause, checks, deciding statements and fixes, every ARN and host in the partition.
 */
const MOVES = [
  ['GovCloud', GOVCLOUD],
  ['China', CHINA],
] as const;

describe.each(MOVES)('a proven case in %s', (_name, move) => {
  it.each(PROVEN_CASES)('$name', async (c) => {
    const bundle = buildBundle(c.spec);
    const moved = moveToPartition(bundle, move);
    const d = await diagnose(moved);
    expect(d).toEqual(moveToPartition(await diagnose(bundle), move));
    expect(JSON.stringify(d)).not.toContain('arn:aws:');

    // The fixes, applied in the partition, make every failing request pass there.
    let fixed = moved;
    for (const fix of d.fixes.filter((f) => f.verified)) fixed = applyFix(fixed, fix);
    const after = await diagnose(fixed);
    for (const id of c.failing) expect(after.checks.find((x) => x.id === id)?.status, id).toBe('pass');
  });
});

describe('a healthy job in another partition', () => {
  it.each(MOVES)('in %s, every request passes and nothing is confirmed', async (_name, move) => {
    const d = await diagnose(moveToPartition(buildBundle(), move));
    expect(d.checks.filter((c) => c.status !== 'pass').map((c) => c.id)).toEqual([]);
    expect(d.confidence).not.toBe('confirmed');
  });

  it('uses S3 through the partition\'s own host for kms:ViaService', async () => {
    const d = await diagnose(moveToPartition(buildBundle({ buckets: { 'acme-data': { encryption: { ok: true, value: { algorithm: 'aws:kms', kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k1' } } } } }), CHINA));
    const decrypt = d.checks.find((c) => c.request.action === 'kms:Decrypt');
    expect(decrypt?.request.context?.['kms:ViaService']).toBe('s3.cn-north-1.amazonaws.com.cn');
  });
});

describe("AWS's own images in every partition", () => {
  // SageMaker pulls its prebuilt images with its own credentials, so the role is asked for no ECR permission; each
  // partition and opt-in region has its own registry account (SageMaker Python SDK, image_uri_config).
  it.each([
    ['GovCloud (US-West)', GOVCLOUD, '442386744353.dkr.ecr.us-gov-west-1.amazonaws.com/pytorch-training:2.7.1-gpu-py312'],
    ['China (Beijing)', CHINA, '727897471807.dkr.ecr.cn-north-1.amazonaws.com.cn/pytorch-training:2.1.0-gpu-py310'],
  ] as const)('%s: a Deep Learning Container asks the role for no ECR permission', async (_name, move, image) => {
    const bundle = moveToPartition(buildBundle(), move);
    const d = await diagnose({ ...bundle, job: { ...bundle.job, trainingImage: image } });
    expect(d.checks.filter((c) => c.stage === 'image')).toEqual([]);
  });

  it('an opt-in region (Cape Town) pulls from its own registry account', async () => {
    const bundle = moveToPartition(buildBundle(), { partition: 'aws', region: 'af-south-1', dnsSuffix: 'amazonaws.com' });
    const d = await diagnose({ ...bundle, job: { ...bundle.job, trainingImage: '626614931356.dkr.ecr.af-south-1.amazonaws.com/pytorch-training:2.1.0-cpu-py310' } });
    expect(d.checks.filter((c) => c.stage === 'image')).toEqual([]);
  });

  it("the job's own image in China is still checked, as the repository ARN of its partition", async () => {
    const d = await diagnose(moveToPartition(buildBundle(), CHINA));
    const pulls = d.checks.filter((c) => c.stage === 'image' && c.request.resource !== '*');
    expect(pulls.map((c) => c.request.resource)).toEqual(Array(3).fill('arn:aws-cn:ecr:cn-north-1:111122223333:repository/trainer'));
  });
});

describe('what a commercial template leaves behind in another partition', () => {
  it("a trust statement copied with an arn:aws: aws:SourceArn is corrected into the job's partition, not joined by a new one", async () => {
    const trust = doc({
      Effect: 'Allow',
      Principal: { Service: 'sagemaker.amazonaws.com' },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' }, ArnLike: { 'aws:SourceArn': 'arn:aws:sagemaker:us-gov-west-1:111122223333:*' } },
    });
    const bundle = { ...moveToPartition(buildBundle({ job: { transitions: failedDuring('Starting'), failureReason: 'ClientError: SageMaker was unable to assume the role' } }), GOVCLOUD) };
    const role = bundle.role.ok ? bundle.role.value : undefined;
    if (!role) throw new Error('no role');
    role.trustPolicy = ok(trust);
    const d = await diagnose(bundle);
    expect(d.checks.find((c) => c.id === 'assume-role-sts-assumerole')?.status).toBe('fail');
    const fix = d.fixes.find((f) => f.target === 'trust-policy');
    expect(fix?.verified).toBe(true);
    expect(JSON.stringify(fix?.policy)).toContain('"aws:SourceArn":"arn:aws-us-gov:sagemaker:us-gov-west-1:111122223333:*"');
    expect(JSON.stringify(fix?.policy)).not.toContain('arn:aws:');
  });

  it("the text's own reading names an s3:// object in the job's partition, in its summary too", () => {
    const text = classifyText({ failureReason: 'ClientError: Data download failed:Failed to download data. AccessDenied (403): Access Denied s3://acme-data/train/part-0.csv', statusMessages: [] });
    expect(text.deniedRequest?.resource).toBe('arn:aws:s3:::acme-data/train/part-0.csv');
    const moved = inJobPartition(text, 'cn-north-1');
    expect(moved.deniedRequest?.resource).toBe(text.deniedRequest?.resource?.replace('arn:aws:', 'arn:aws-cn:'));
    expect(moved.summary).not.toContain('arn:aws:');
    expect(inJobPartition(text, 'eu-west-1')).toEqual(text);
  });
});
