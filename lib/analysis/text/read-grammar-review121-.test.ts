import { describe, expect, it } from 'vitest';
import { causeOf } from '../test-support/text-readings';

// The hundred-and-twenty-first review (against the hundred-and-seventeenth to hundred-and-twentieth's mends) and the reviews
// beside it: the structures their misses showed, each in the review's wording, in another, and at its limit.

describe('a line logged below ERROR whose retry then succeeded, the service\'s message on it', () => {
  it('is no failure: the one after it decides, or nothing does', () => {
    expect(causeOf('2024-06-02 10:11:03,551 s3_reader WARNING ListObjectsV2 throttled (SlowDown: Please reduce your request rate.), succeeded after 2 attempts\n2024-06-02 10:19:40,117 train INFO epoch 3\nKilled\nExitCode 137')).toBe('out-of-memory');
    expect(causeOf('2024-09-22 17:40:12,301 - metrics - WARNING - ClientError: An error occurred (ThrottlingException) when calling the PutMetricData operation: Rate exceeded -- succeeded on retry\n2024-09-22 17:40:12,512 - train - INFO - epoch 9 loss=0.2201')).toBe('unknown');
    expect(causeOf('2024-03-01 08:00:01,000 loader INFO GetObject hit InternalError (We encountered an internal error. Please try again.), attempt 2 succeeded\nbotocore.errorfactory.NoSuchKey: An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.')).toBe('data');
  });

  it('still reads the same message on an ERROR line, or where the retries ran out', () => {
    expect(causeOf('2024-06-02 10:11:03,551 s3_reader ERROR ListObjectsV2 throttled (SlowDown: Please reduce your request rate.), succeeded after 2 attempts')).toBe('throttling');
    expect(causeOf('2024-06-02 10:11:03,551 s3_reader WARNING ListObjectsV2 throttled (SlowDown: Please reduce your request rate.), giving up after 5 attempts')).toBe('throttling');
  });
});

describe("a folder's depth said over its limit", () => {
  it("is no account quota but the input's layout", () => {
    expect(causeOf('[2025-01-16:22:05:13:ERROR] Customer Error: Folder depth exceed the limit: 3.')).toBe('data');
    expect(causeOf('xgb-events-2025-01-16\tFailed\tClientError: Folder depth exceed the limit: 3.')).toBe('data');
  });

  it("leaves an account's limit exceeded to the quota", () => {
    expect(causeOf('ResourceLimitExceeded: The account-level service limit exceeded the limit for ml.p4d.24xlarge for training job usage')).toBe('quota');
  });
});

describe('the retry that succeeded, in its other wordings and beside another clause', () => {
  it('reads "retried N times, succeeded" as the retry that succeeded', () => {
    expect(causeOf('[2024-07-21 08:00:12] WARNING metrics: PutMetricData throttled (ThrottlingException: Rate exceeded), retried 2 times, succeeded\n2024-07-21 08:42:07 Failed - Training job failed')).toBe('unknown');
  });

  it('keeps what the line goes on to say after a "; "', () => {
    expect(causeOf('[2024-05-14 11:20:33,771] WARNING sync.py:88 upload succeeded after 3 attempts; download failed: An error occurred (403) when calling the HeadObject operation: Forbidden\n[2024-05-14 11:20:33,774] INFO train.py:41 No validation data available, exiting')).toBe('s3-read');
  });
});
