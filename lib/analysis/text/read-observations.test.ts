import { describe, expect, it } from 'vitest';
import { readObservations } from './read-observations';

const QUOTED =
  'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::111122223333:assumed-role/ml-train/SageMaker is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::acme-data/train/a.csv" because no identity-based policy allows the s3:GetObject action';

describe('readObservations', () => {
  it('says where each observation came from and quotes what matched', () => {
    const observations = readObservations({
      failureReason: 'AlgorithmError: ExecuteUserScriptError:\nExitCode 1',
      logLines: [
        { stream: 'job/algo-1-1', message: 'INFO starting' },
        { stream: 'job/algo-1-1', message: QUOTED },
      ],
    });
    const quoted = observations.find((o) => o.rule === 'access-denied-with-policy-type');
    expect(quoted).toMatchObject({
      cause: 's3-read',
      stage: 'input',
      source: { kind: 'log', stream: 'job/algo-1-1', index: 1 },
      denied: { action: 's3:GetObject', policyType: 'identity', denialType: 'implicit' },
    });
    expect(quoted?.excerpt).toMatch(/^User: arn:aws:sts::111122223333:assumed-role\/ml-train\/SageMaker is not authorized/);
    expect(observations.find((o) => o.rule === 'user-code')?.source).toEqual({ kind: 'failure-reason' });
  });

  it('does not read a quoted denial a second time as a bare AccessDenied', () => {
    const rules = readObservations({ failureReason: QUOTED }).map((o) => o.rule);
    expect(rules).toContain('access-denied-with-policy-type');
    expect(rules).not.toContain('access-denied-generic');
  });

  it('ranks a quoted denial above a bare one, and a bare one above user code', () => {
    const observations = readObservations({
      failureReason: 'AlgorithmError: ExecuteUserScriptError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
      logLines: [{ stream: 's', message: QUOTED }],
    });
    const strength = (rule: string) => observations.find((o) => o.rule === rule)?.strength ?? -1;
    expect(strength('access-denied-with-policy-type')).toBeGreaterThan(strength('access-denied-generic'));
    expect(strength('access-denied-generic')).toBeGreaterThan(strength('user-code'));
  });

  it('ranks running out of memory above the user-code wrapper that reports it', () => {
    const observations = readObservations({ failureReason: 'AlgorithmError: ExecuteUserScriptError:\nExitCode 137\nErrorMessage "Killed"' });
    const strength = (rule: string) => observations.find((o) => o.rule === rule)?.strength ?? -1;
    expect(strength('out-of-memory')).toBeGreaterThan(strength('user-code'));
  });

  it('reads the failed stage from the last status before Failed, through its message', () => {
    const bare = 'ClientError: AccessDenied (403): Access Denied';
    const imageStage = readObservations({
      failureReason: bare,
      statusMessages: [
        { status: 'Starting', message: 'Preparing the instances for training' },
        { status: 'Downloading', message: 'Downloading the training image' },
        { status: 'Failed', message: bare },
      ],
    });
    expect(imageStage.find((o) => o.rule === 'failed-during-stage')).toMatchObject({ cause: 'unknown', stage: 'image', excerpt: 'Downloading the training image' });
    expect(imageStage.find((o) => o.rule === 'access-denied-generic' && o.source.kind === 'failure-reason')).toMatchObject({ cause: 'ecr', stage: 'image' });
  });

  it('does not guess a stage from a Training status', () => {
    const observations = readObservations({
      failureReason: 'Access Denied',
      statusMessages: [
        { status: 'Training', message: 'Training image download completed. Training in progress.' },
        { status: 'Failed', message: 'Training job failed' },
      ],
    });
    expect(observations.find((o) => o.rule === 'failed-during-stage')).toBeUndefined();
    expect(observations.find((o) => o.rule === 'access-denied-generic')).toMatchObject({ cause: 'other-permission' });
  });

  it('returns nothing for text no rule knows', () => {
    expect(readObservations({ failureReason: 'The job stopped', statusMessages: [], logLines: [] })).toEqual([]);
  });
});

describe('readObservations on hostile log text', () => {
  it('reads through ANSI colour codes and treats HTML as plain words', () => {
    const esc = String.fromCharCode(27);
    const observations = readObservations({
      logLines: [
        { stream: 's', message: `${esc}[31mERROR${esc}[0m An error occurred (${esc}[1mAccessDenied${esc}[0m) when calling the PutObject operation: Access Denied` },
        { stream: 's', message: '<img src=x onerror=alert(1)> CUDA out of memory. Tried to allocate 2.00 GiB' },
      ],
    });
    expect(observations.find((o) => o.rule === 'access-denied-generic')).toMatchObject({ cause: 's3-write', denied: { action: 's3:PutObject' } });
    expect(observations.find((o) => o.rule === 'out-of-memory')).toMatchObject({ excerpt: 'CUDA out of memory', source: { kind: 'log', stream: 's', index: 1 } });
  });

  it('reads only the first 64 KB of a very long line', () => {
    const long = `${'with an explicit deny in a '.repeat(2)}${'a '.repeat(200_000)} User: x is not authorized to perform: s3:GetObject`;
    // The quoted request sits past the 64 KB the rules read, so it is not seen: bounded work is the point.
    expect(readObservations({ logLines: [{ stream: 's', message: long }] }).map((o) => o.rule)).not.toContain('access-denied-quoted');
  });
});
