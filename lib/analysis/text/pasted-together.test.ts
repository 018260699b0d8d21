import { describe, expect, it } from 'vitest';
import { causeOf } from '../test-support/text-readings';

// Two failures pasted together (a log with an earlier request's error above the one that ended the job,
// an issue quoting both). Each reading takes its parts from one failure: the refused request's operation
// from the denial's own sentence or the lines beside it, never from another error's sentence above it.

const HEAD_404 = "WARNING:root:checkpoint probe: An error occurred (404) when calling the HeadObject operation: Not Found";
const UPLOAD_DENIED = [
  'Traceback (most recent call last):',
  '  File "/opt/ml/code/train.py", line 88, in <module>',
  '    s3.upload_file("model.tar.gz", bucket, "out/model.tar.gz")',
  'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the CreateMultipartUpload operation: Access Denied',
].join('\n');

describe("a denial's operation is the one named with it", () => {
  it("an earlier HeadObject's 404 above a denied upload leaves the upload's operation", () => {
    expect(causeOf(`${HEAD_404}\n${UPLOAD_DENIED}`)).toBe('s3-write');
  });

  it("an endpoint's error above a denied read leaves the read's operation", () => {
    const invoke = 'ModelError: An error occurred (ModelError) when calling the InvokeEndpoint operation: Received client error (400) from primary with message "bad input"';
    const read = 'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied';
    expect(causeOf(`${invoke}\n${read}`)).toBe('s3-read');
  });

  it("still reads a report's Operation field below the denial", () => {
    expect(causeOf('AccessDenied: Access Denied\nOperation: PutObject\nBucket: my-bucket\nKey: out/model.tar.gz')).toBe('s3-write');
  });
});
