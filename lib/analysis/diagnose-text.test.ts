import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';
import { ACCOUNT, buildBundle, FULL_ACCESS } from './test-support/bundle';
import { allow, doc, inline } from './test-support/policies';
import { failedDuring } from './test-support/transitions';

const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/ml-train/SageMaker`;

/** When the words say it is not a permission problem, or the policies cannot prove the denial. */
describe('diagnose: causes read from the text', () => {
  it.each([
    {
      name: 'user code (sagemaker-python-sdk#658)',
      failureReason: 'AlgorithmError: ExecuteUserScriptError:\nCommand "/usr/bin/python -m rnn --batch-size 256"',
      cause: 'user-code',
    },
    {
      name: 'capacity (DIAGNijmegen/rse-grand-challenge#2631)',
      failureReason: 'CapacityError: Unable to provision requested ML compute capacity. Please retry using a different ML instance type.',
      cause: 'capacity',
    },
  ])('$name: the text decides, as likely, and every check is still shown', async ({ failureReason, cause }) => {
    const d = await diagnose(buildBundle({ job: { failureReason, transitions: failedDuring('Training') } }));
    expect(d.cause).toBe(cause);
    expect(d.confidence).toBe('likely');
    expect(d.checks.length).toBeGreaterThan(5);
    expect(d.checks.every((c) => c.status === 'pass')).toBe(true);
    expect(d.fixes).toEqual([]);
  });

  it('a denial AWS attributes to a service control policy is scp (likely), even though every readable policy allows it', async () => {
    // Wording: IAM user guide, "Troubleshoot access denied error messages" (explicit deny in an SCP).
    const line = `User: ${SESSION} is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::acme-data/train/part-0.csv" with an explicit deny in a service control policy`;
    const d = await diagnose(buildBundle({ job: { failureReason: 'AlgorithmError: See job logs for more information' }, logLines: [line] }));
    expect(d.cause).toBe('scp');
    expect(d.confidence).toBe('likely');
    expect(d.decidedBy).toMatchObject({ policyType: 'scp', denialType: 'explicit' });
    expect(d.checks.find((c) => c.id === 'input-train-s3-getobject')?.status).toBe('pass');
  });

  it('AccessDenied in the text but every check passes: no proof is claimed', async () => {
    const d = await diagnose(buildBundle());
    expect(d.cause).toBe('s3-read');
    expect(d.confidence).toBe('likely');
    expect(d.summary).toMatch(/policy it cannot see/);
    expect(d.decidedBy).toBeUndefined();
  });

  it('the quoted request picks the culprit when several checks fail', async () => {
    // Both logs and input reads fail; the log line quotes the logs request, so logs is the cause.
    const identity = [inline('p', doc(allow('s3:ListBucket', 'arn:aws:s3:::acme-models'), allow(['s3:PutObject', 's3:AbortMultipartUpload'], 'arn:aws:s3:::acme-models/*'), allow('ecr:*', '*')))];
    const line = `An error occurred (AccessDeniedException) when calling the PutLogEvents operation: User: ${SESSION} is not authorized to perform: logs:PutLogEvents on resource: arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/sagemaker/TrainingJobs:log-stream:train-1/algo-1-1700000000 because no identity-based policy allows the logs:PutLogEvents action`;
    const d = await diagnose(buildBundle({ identity, job: { failureReason: 'AlgorithmError: See job logs for more information', transitions: failedDuring('Training') }, logLines: [line] }));
    expect(d.cause).toBe('cloudwatch-logs');
    expect(d.confidence).toBe('confirmed');
    expect(d.deniedRequest).toMatchObject({ action: 'logs:PutLogEvents', policyType: 'identity' });
    expect(d.checks.filter((c) => c.status === 'fail').map((c) => c.stage)).toEqual(expect.arrayContaining(['input', 'logs']));
  });

  it('jobs failing the same way share a group key, and it agrees with the text layer\u2019s format', async () => {
    const identity = [inline('p', doc(...(FULL_ACCESS.Statement as Record<string, unknown>[]).filter((s) => s.Resource !== 'arn:aws:s3:::acme-data/*')))];
    const a = await diagnose(buildBundle({ identity }));
    const b = await diagnose(buildBundle({ identity, job: { name: 'train-2', arn: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:training-job/train-2` } }));
    expect(a.groupKey).toBe('s3-read|ml-train|s3://acme-data/train/');
    expect(b.groupKey).toBe(a.groupKey);
  });
});
