import { describe, expect, it } from 'vitest';
import { causeOf } from '../test-support/text-readings';
import { readObservations } from './read-observations';

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

describe("a mount's reading comes from the mount's own lines", () => {
  const MOUNT_TIMEOUT = 'mount -a -t efs defaults\nMount attempt 1/3 failed due to timeout after 15 sec, wait 0 sec before next attempt.';
  it("another request's denial pasted below a mount that timed out is not the mount refused", () => {
    const text = `${MOUNT_TIMEOUT}\nbotocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied`;
    expect(causeOf(text)).not.toBe('other-permission');
  });

  it('still reads the mount refused on its own line', () => {
    expect(causeOf('Mount attempt 1/3 failed: mount.nfs4: access denied by server while mounting fs-0abc.efs.us-east-1.amazonaws.com:/')).toBe('other-permission');
  });
});

describe("a disk's quota is the disk, not the account's", () => {
  it("errno 122's 'Disk quota exceeded' beside a refused request is not a service quota", () => {
    const disk = "OSError: [Errno 122] Disk quota exceeded: '/opt/ml/checkpoints/epoch_3.pth'";
    expect(readObservations({ failureReason: disk }).map((o) => o.rule)).not.toContain('quota');
    const text = `${disk}\n"Error": "SageMaker.AmazonSageMakerException",\n"Cause": "1 validation error detected: Value 'FastFile' at 'processingInputs.2.member.s3Input.s3InputMode' failed to satisfy constraint: Member must satisfy enum value set: [Pipe, File] (Service: AmazonSageMaker; Status Code: 400; Error Code: ValidationException)"`;
    expect(causeOf(text)).not.toBe('quota');
  });

  it("still reads a service's quota exceeded", () => {
    expect(causeOf('ResourceLimitExceeded: The account-level service limit for ml.p3.2xlarge for training job usage is 0 Instances')).toBe('quota');
    expect(causeOf('Service quota exceeded for ml.g5.12xlarge for processing job usage.')).toBe('quota');
  });
});
