import { describe, expect, it } from 'vitest';
import heldOut68 from './fixtures/held-out-68.json';
import heldOut69 from './fixtures/held-out-69.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 68 (AWS documentation and pages: Inference Recommender, FSx for Lustre) and 69 (public code quoting a job's
// failure), and a leftover of the thirty-third review (transformers' "requires the protobuf library"): each first-pass
// miss read by its structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText([...heldOut68, ...heldOut69]);

describe('round 68 and 69 misses', () => {
  it.each([
    ['r68-ir-burstable-t2-not-allowed', 'validation'],
    ['r68-fsx-efa-security-group-create', 'vpc'],
    ['r68-fsx-lnet-port-988-security-group', 'vpc'],
    ['r68-fsx-mount-wrong-mgs-name', 'data'],
    ['r69-kedro-no-s3-objects-bucket-in-other-region', 'validation'],
  ])('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it('reads an instance type said not allowed, and not "not allowed" of anything else', () => {
    expect(causeOf('ClientError: Instance type ml.p2.xlarge is not allowed for the algorithm.')).toBe('validation');
    expect(causeOf("The instance type 'ml.g5.48xlarge' is not allowed in this domain's settings.")).toBe('validation');
    expect(causeOf('Burstable instance type ml.t3.medium is allowed for endpoints.')).toBe('unknown');
    expect(causeOf('Additional files are not allowed in the output directory')).toBe('unknown');
  });

  it("reads a security group's rules as the network, and IAM's permissions on security groups as IAM's", () => {
    expect(causeOf('The security group sg-0abc123 does not allow inbound NFS traffic on port 2049 from the training subnet.')).toBe('vpc');
    expect(causeOf('Unable to create the file system: the provided security groups do not permit connections on port 988.')).toBe('vpc');
    expect(causeOf('FileSystemCreationFailed: Insufficient security group permissions for a Lustre file system in subnet-0abc.')).toBe('vpc');
    expect(causeOf('AccessDenied: the role lacks permissions to describe security groups')).not.toBe('vpc');
  });

  it("reads S3's redirect behind SageMaker's empty prefix as the bucket's region, and the empty prefix alone as the data", () => {
    expect(causeOf('ClientError: Data download failed:No S3 objects found under S3 URL "s3://kedro-data/train". Error message from S3: The bucket is in this region: ap-southeast-1. Please use this region to retry the request')).toBe('validation');
    expect(causeOf('ClientError: Data download failed:No S3 objects found under S3 URL "s3://kedro-data/train". Error message from S3: The bucket is in this region: <region>. Please use this region to retry the request')).toBe('validation');
    expect(causeOf('ClientError: Data download failed:No S3 objects found under S3 URL "s3://kedro-data/train".')).toBe('data');
  });

  it("reads a mount helper's line broken before its verdict, and leaves a helper's line without a verdict unread", () => {
    expect(causeOf('mount.nfs4: mount fs-0abc.efs.us-east-1.amazonaws.com:/ at /mnt/efs\nfailed: Connection timed out')).toBe('vpc');
    expect(causeOf('mount.lustre: mount fs-0abc.fsx.us-east-1.aws@tcp:/abcdef at /fsx\nfailed: No such file or directory')).toBe('data');
    expect(causeOf('mount.lustre: mount fs-0abc.fsx.us-east-1.aws@tcp:/abcdef at /fsx\nTraining started')).toBe('unknown');
  });
});

describe("transformers' library it needs (a leftover of the thirty-third review)", () => {
  it('reads "requires the protobuf library" as the image\'s packages, and protobuf records as the data', () => {
    const needs = 'ImportError: \nLlamaTokenizer requires the protobuf library but it was not found in your environment. Checkout the instructions on the\ninstallation page of its repo: https://github.com/protocolbuffers/protobuf/tree/master/python#installation and follow the ones\nthat match your environment.';
    expect(causeOf(needs)).toBe('user-code');
    expect(causeOf('ClientError: Unable to parse the protobuf records in channel train: invalid wire type')).toBe('data');
  });
});
