import { describe, expect, it } from 'vitest';
import { failureSignature, signatureText } from './failure-signature';

const userScript = (inner: string, command = '/opt/conda/bin/python3.11 train.py --epochs 3') =>
  `AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "${inner}"\nCommand "${command}"`;

describe('failureSignature', () => {
  it.each([
    // The user's own exception, not SageMaker's wrappers around it.
    [userScript("KeyError: 'tenure_months'"), 'KeyError', "'tenure_months'"],
    [userScript("ModuleNotFoundError: No module named 'rouge_score'"), 'ModuleNotFoundError', "No module named 'rouge_score'"],
    // Numbers and paths go; the words stay.
    [userScript("FileNotFoundError: [Errno 2] No such file or directory: '/opt/ml/input/data/train/labels.csv'"), 'FileNotFoundError', "[Errno #] No such file or directory: '<path>'"],
    ['CapacityError: Unable to provision requested ML compute capacity. Please retry using a different ML instance type.', 'CapacityError', 'Unable to provision requested ML compute capacity. Please retry using a different ML instance type.'],
    // Instance types are kept whole: another type is another quota.
    ["ResourceLimitExceeded: The account-level service limit 'ml.g5.12xlarge for training job usage' is 2 Instances, with current utilization of 2 Instances", 'ResourceLimitExceeded', "The account-level service limit 'ml.g5.12xlarge for training job usage' is # Instances, with current utilization of # Instances"],
    ['No exception type here: job 1234 hit s3://bucket/key/x and arn:aws:iam::111122223333:role/r', '', 'No exception type here: job # hit <s3-uri> and <arn>'],
  ])('%s', (text, type, message) => {
    expect(failureSignature(text)).toEqual({ type, message });
  });

  it('gives two runs of one bug the same signature, and two bugs different ones', () => {
    const a = userScript('torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.50 GiB. GPU 0 has a total capacity of 39.38 GiB', 'python3 a.py --batch 8');
    const b = userScript('torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 512 GiB. GPU 3 has a total capacity of 79.1 GiB', 'python3 a.py --batch 64');
    expect(signatureText(a)).toBe(signatureText(b));
    expect(signatureText(a)).toMatch(/^torch\.cuda\.OutOfMemoryError: CUDA out of memory/);
    expect(signatureText(userScript("KeyError: 'a'"))).not.toBe(signatureText(userScript("KeyError: 'b'")));
  });

  it('takes uuids and long hex ids out', () => {
    expect(signatureText('InternalServerError: request 3f2b1c9e-1d2a-4b3c-8d4e-5f6a7b8c9d0e failed on host 0a1b2c3d4e5f6a7b')).toBe('InternalServerError: request <id> failed on host <id>');
  });
});
