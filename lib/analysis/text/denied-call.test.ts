import { describe, expect, it } from 'vitest';
import { classifyText } from '../classify-text';

// The refused call is the one whose error code the denial is: on a line that holds two botocore sentences (SageMaker
// Runtime's InvokeEndpoint answering with the container's message, which quotes its own S3 or KMS refusal), the
// inner sentence names the request the container's role was denied. Left by the twenty-eighth review, read since.
const answer = (inner: string) =>
  `ModelError: An error occurred (ModelError) when calling the InvokeEndpoint operation: Received client error (400) from primary with message "${inner}". See https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#logEventViewer:group=/aws/sagemaker/Endpoints/x in account 111122223333 for more information.`;

describe("a denial's own call", () => {
  it.each([
    ['GetObject', 'An error occurred (AccessDenied) when calling the GetObject operation: Access Denied', 's3-read', 's3:GetObject'],
    ['PutObject', 'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied', 's3-write', 's3:PutObject'],
    ['ListObjectsV2', 'An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied', 's3-read', 's3:ListBucket'],
  ])('inside the container answer, %s is the request refused', (_name, inner, cause, action) => {
    const result = classifyText({ failureReason: answer(inner) });
    expect(result.cause).toBe(cause);
    expect(result.deniedRequest?.action).toBe(action);
  });

  it('is the outer call when the denial is its own', () => {
    const outer = 'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied (the last read was: An error occurred (NoSuchKey) when calling the GetObject operation)';
    expect(classifyText({ failureReason: outer }).deniedRequest?.action).toBe('s3:PutObject');
  });

  it('keeps the line\'s operation when the code is not followed by its call', () => {
    const field = 'ClientError: Data download failed: AccessDenied (403): Access Denied\nOperation: GetObject';
    expect(classifyText({ failureReason: field }).cause).toBe('s3-read');
  });
});
