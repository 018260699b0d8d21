import { describe, expect, it } from 'vitest';
import { classifyText } from './classify-text';

const ROLE = 'arn:aws:sts::123456789012:assumed-role/ml-train/SageMaker';
const denied = (key: string) =>
  `User: ${ROLE} is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::acme-data/train/${key}" because no identity-based policy allows the s3:GetObject action`;

describe('classifyText', () => {
  it('reads a bare AccessDenied by the stage the job failed in', () => {
    const reason = 'ClientError: An error occurred (AccessDenied) when calling the operation: Access Denied';
    const downloading = classifyText({ failureReason: reason, statusMessages: [
      { status: 'Starting', message: 'Preparing the instances for training' },
      { status: 'Downloading', message: 'Downloading input data' },
      { status: 'Failed', message: reason },
    ] });
    const uploading = classifyText({ failureReason: reason, statusMessages: [
      { status: 'Training', message: 'Training image download completed. Training in progress.' },
      { status: 'Uploading', message: 'Uploading generated training model' },
      { status: 'Failed', message: reason },
    ] });
    expect([downloading.cause, downloading.stage]).toEqual(['s3-read', 'input']);
    expect([uploading.cause, uploading.stage]).toEqual(['s3-write', 'output']);
  });

  it('says unknown, never a forced cause, when nothing matches', () => {
    const result = classifyText({ failureReason: 'Job stopped for an unrecorded reason' });
    expect(result.cause).toBe('unknown');
    expect(result.confidence).toBe('unknown');
  });

  it('is at most likely, and names the role, request and policy type in the summary', () => {
    const result = classifyText({ failureReason: denied('a.csv') });
    expect(result.confidence).toBe('likely');
    expect(result.summary).toContain('Role ml-train was denied s3:GetObject on arn:aws:s3:::acme-data/train/a.csv');
    expect(result.summary).toContain('no identity-based policy allows it');
  });

  it('groups jobs failing for the same reason, and only those', () => {
    const a = classifyText({ failureReason: denied('part-0001.csv') });
    const b = classifyText({ failureReason: denied('sub/part-0002.csv') });
    const otherBucket = classifyText({ failureReason: denied('x').replace('acme-data', 'other-data') });
    expect(a.groupKey).toBe(b.groupKey);
    expect(a.groupKey).not.toBe(otherBucket.groupKey);
  });

  it('prefers a denial quoted in the logs over the generic failure reason', () => {
    const result = classifyText({
      failureReason: 'AlgorithmError: ExecuteUserScriptError: ExitCode 1',
      logLines: [{ stream: 'job/algo-1-1', message: `botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: ${denied('k')}` }],
    });
    expect(result.cause).toBe('s3-read');
    expect(result.deniedRequest?.action).toBe('s3:GetObject');
  });
});

describe('classifyText on empty input', () => {
  it('says unknown for a job with no words at all', () => {
    expect(classifyText({})).toMatchObject({ cause: 'unknown', confidence: 'unknown' });
    expect(classifyText({ failureReason: '', statusMessages: [], logLines: [] }).cause).toBe('unknown');
  });
});
