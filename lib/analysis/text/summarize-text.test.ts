import { describe, expect, it } from 'vitest';
import { causeOf } from '../test-support/text-readings';
import { classifyText } from '../classify-text';

const summaryOf = (text: string) => classifyText({ failureReason: text }).summary;

// The step names what was refused: a denial of an S3 action the cause's own step does not name is told to grant that action.
describe("the text summary's step for an S3 denial", () => {
  it('grants the denied action, not the one the cause usually needs', () => {
    const deleted = 'ClientError: An error occurred (AccessDenied) when calling the DeleteObject operation: Access Denied';
    expect(causeOf(deleted)).toBe('s3-write');
    expect(summaryOf(deleted)).toContain('grant the execution role s3:DeleteObject on the output (or checkpoint) prefix');
    expect(summaryOf(deleted)).not.toContain('s3:PutObject');
  });

  it('names the bucket for a bucket setting and no resource for the bucket list', () => {
    const location = 'An error occurred (AccessDenied) when calling the GetBucketLocation operation: Access Denied';
    expect(summaryOf(location)).toContain('grant the execution role s3:GetBucketLocation on the input bucket.');
    const list = 'An error occurred (AccessDenied) when calling the ListBuckets operation: Access Denied';
    expect(summaryOf(list)).toContain('s3:ListAllMyBuckets (on "*": it names no bucket)');
  });

  it("keeps the cause's own step for the actions it names", () => {
    const put = 'ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied';
    expect(summaryOf(put)).toContain('grant the execution role s3:PutObject on the output (or checkpoint) prefix');
    const get = 'ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied';
    expect(summaryOf(get)).toContain('s3:ListBucket on the input bucket and s3:GetObject on the input prefix');
  });
});
