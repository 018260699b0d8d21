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

describe('leftovers of the thirty-first and thirty-third reviews', () => {
  it("reads vLLM's plural refusal of model classes, and not a CPU's architecture", () => {
    expect(causeOf("ValueError: Unsupported architectures: ['Qwen2VLForConditionalGeneration']")).toBe('validation');
    expect(causeOf('RuntimeError: Unsupported architecture: aarch64')).toBe('user-code');
  });

  it('reads a subnet without free addresses as the network, behind a provisioning failure too, and not a check that found enough', () => {
    expect(causeOf('Cannot provision requested instances: The subnet subnet-0abc does not have enough free IP addresses for 16 instances.')).toBe('vpc');
    expect(causeOf("InsufficientFreeAddressesInSubnet: There are not enough free addresses in subnet 'subnet-0abc' to satisfy the requested number of instances.")).toBe('vpc');
    expect(causeOf('ClientError: Insufficient free IP addresses in subnet subnet-0123 to launch 4 instances.')).toBe('vpc');
    expect(causeOf('Checked subnet-0abc: it has enough free IP addresses for 16 instances.')).toBe('unknown');
  });
});

describe('what the thirty-fifth review found', () => {
  // The review's texts for rounds 67 to 69's readings, labelled before running: look-alikes the readings must leave
  // alone (IAM's permissions to edit security groups, a guide's sentences about security groups, a redirect another
  // request met, a data defect naming a library it needs) and variants they first missed (a bracketed instance type,
  // a list of security groups, S3's other words for the region, a long mount line, transformers' plural).
  it.each([
    ["v01", "FileSystemCreationFailed: Insufficient security group permissions to create an EFA-enabled file system in subnet-0a1b2c3d4e5f60789.\nUpdate security group sg-0123456789abcdef0 to allow all inbound and outbound traffic from itself.", "vpc"],
    ["v02", "You do not have sufficient permissions to edit security group permissions. Contact your administrator.", "other-permission"],
    ["v03", "ERROR: User: arn:aws:iam::111122223333:user/dev-alice is not authorized to modify security group permissions for sg-0abc1234def567890.", "other-permission"],
    ["v04", "An error occurred (UnauthorizedOperation) when calling the AuthorizeSecurityGroupIngress operation: You are not authorized to perform this operation. User: arn:aws:sts::111122223333:assumed-role/HyperPodAdmin/ops is not authorized to perform: ec2:AuthorizeSecurityGroupIngress on resource: arn:aws:ec2:us-west-2:111122223333:security-group/sg-0abc1234 because no identity-based policy allows the ec2:AuthorizeSecurityGroupIngress action", "other-permission"],
    ["v05", "UnauthorizedOperation: User: arn:aws:sts::111122223333:assumed-role/OpsRole/x is not authorized to perform: ec2:AuthorizeSecurityGroupEgress on resource: arn:aws:ec2:us-west-2:111122223333:security-group/sg-0abc1234 with an explicit deny in a service control policy", "scp"],
    ["v07", "Insufficient security groups permissions for file system fs-0abc1234: the security groups must allow inbound traffic on port 988 from themselves.", "vpc"],
    ["v10", "ClientError: Failed to mount EFS file system fs-0abc1234: the mount target security group sg-0aa11bb22cc33dd44 does not allow inbound NFS traffic on port 2049 from the training instances.", "vpc"],
    ["v11", "The security group sg-0123456789abcdef0 doesn't allow inbound traffic on port 988 from the file system's subnet.", "vpc"],
    ["v12", "Validation failed: security groups sg-0aaa1111, sg-0bbb2222 do not allow Lustre traffic on port 988.", "vpc"],
    ["v13", "The security groups attached to the network interface do not allow outbound traffic to the S3 VPC endpoint.", "vpc"],
    ["v14", "botocore.exceptions.ClientError: An error occurred (BadRequest) when calling the CreateFileSystem operation: The file system cannot be created because the default security group in the subnet provided or the provided security groups do not permit Lustre LNET network traffic on port 988", "vpc"],
    ["v15", "By default, security groups do not allow inbound traffic. You must add rules that allow traffic from the sources you trust.", "unknown"],
    ["v16", "Security groups do not allow you to deny specific traffic; use network ACLs for explicit deny rules.", "unknown"],
    ["v17", "ClientError: Data download failed: Could not connect to the endpoint URL: \"https://s3.us-east-1.amazonaws.com/acme-train?list-type=2\". This can happen if your security groups do not allow outbound traffic or the subnet has no route to S3.", "vpc"],
    ["v18", "[INFO] Checking security group rules for the cluster\n[INFO] security group sg-0abc1234 does not allow inbound SSH traffic from 0.0.0.0/0 (expected)\n[ERROR] Lifecycle script on_create.sh failed with exit code 127: /tmp/on_create.sh: line 12: yq: command not found", "user-code"],
    ["v19", "Mount target fsmt-0abc1234: security group sg-0123abcd does not permit NFS (TCP 2049) connections from sg-0456efab.", "vpc"],
    ["v20", "The security group for the mount target is not allowing inbound traffic on port 2049.", "vpc"],
    ["v21", "OSError: We couldn't connect to 'https://huggingface.co' to load this file, couldn't find it in the cached files. The endpoint's security groups do not allow outbound internet traffic.", "model-download"],
    ["v22", "ValidationException: Security groups do not allow more than 60 inbound rules; remove rules from sg-0abc1234 before adding port 988.", "validation"],
    ["v30", "ClientError: Data download failed:No S3 objects found under S3 URL \"s3://acme-ml/train\". Error message from S3: The bucket is in this region: eu-central-1. Please use this region to retry the request", "validation"],
    ["v31", "ClientError: Data download failed:No S3 objects found under S3 URL \"s3://acme-ml/train\". Error message from S3: The bucket is in this region: null. Please use this region to retry the request", "validation"],
    ["v32", "ClientError: Data download failed:No S3 objects found under S3 URL \"s3://acme-ml/train/\". Error message from S3: The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.", "validation"],
    ["v33", "ClientError: Data download failed:No S3 objects found under S3 URL \"s3://acme-ml/train/\". Error message from S3: The authorization header is malformed; the region 'us-east-1' is wrong; expecting 'ap-northeast-1'", "validation"],
    ["v34", "ClientError: Data download failed:No S3 objects found under S3 URL \"s3://acme-train/empty-prefix/\".\nWARNING: could not upload debug report to s3://acme-logs-eu/reports/: PermanentRedirect: The bucket is in this region: eu-west-1. Please use this region to retry the request", "data"],
    ["v35", "botocore.exceptions.ClientError: An error occurred (301) when calling the HeadObject operation: Moved Permanently", "validation"],
    ["v36", "botocore.exceptions.ClientError: An error occurred (IllegalLocationConstraintException) when calling the CreateBucket operation: The eu-west-1 location constraint is incompatible for the region specific endpoint this request was sent to.", "validation"],
    ["v37", "ClientError: Data download failed:No S3 objects found under S3 URL \"s3://acme-ml/train\". Error message from S3: The bucket is in this region: {region}. Please use this region to retry the request", "validation"],
    ["v38", "ClientError: Data download failed:No S3 objects found under S3 URL \"s3://acme-ml/train\" given in input data source. Please ensure that the bucket exists in the selected region (us-east-1), that objects exist under that S3 prefix, and that the role has s3:ListBucket.", "data"],
    ["v40", "ValidationException: Instance type ml.t3.medium not allowed for Inference Recommender jobs.", "validation"],
    ["v41", "The instance type ml.g5.12xlarge is not allowed. Allowed instance types: ml.g5.2xlarge, ml.g5.4xlarge", "validation"],
    ["v42", "ValueError: ml.p4d.24xlarge instance type is not allowed for this JumpStart model. Supported: ml.g5.12xlarge, ml.g5.24xlarge", "validation"],
    ["v43", "AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/DataScientist/bob is not authorized to perform: sagemaker:CreateTrainingJob on resource: arn:aws:sagemaker:us-east-1:111122223333:training-job/big-run with an explicit deny in a service control policy. Instance type ml.p4d.24xlarge is not allowed by organization guardrails.", "scp"],
    ["v44", "AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage \"AssertionError: instance ml.g4dn.xlarge is not allowed: this script needs at least 40 GB of GPU memory\"\nCommand \"/usr/local/bin/python3.9 train.py\"", "user-code"],
    ["v45", "The selected instance type [ml.p3.2xlarge] is not allowed for this operation.", "validation"],
    ["v46", "AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/MLUser/carol is not authorized to perform: sagemaker:CreateEndpointConfig because the sagemaker:InstanceTypes condition denies it: ml.c5.xlarge is not allowed by policy arn:aws:iam::111122223333:policy/AllowedInstanceTypes", "other-permission"],
    ["v47", "ClientError: Instance count 3 for ml.p3.2xlarge is not allowed; this algorithm supports a single instance only.", "validation"],
    ["v48", "ValidationException: Managed spot training with ml.trn1n.32xlarge is currently not allowed in us-west-1.", "validation"],
    ["v51", "mount.lustre: mount fs-0123456789abcdef0.fsx.ap-southeast-2.amazonaws.com@tcp:/a1b2c3d4 at /opt/ml/input/data/training-channel-fsx-lustre\nfailed: No such file or directory\nIs the MGS specification correct?\nIs the filesystem name correct?", "data"],
    ["v52", "mount.lustre: mount 10.0.2.15@tcp:/a1b2c3d4 at /fsx\nfailed: Input/output error\nIs the MGS running?", "vpc"],
    ["v54", "mount.nfs4: mounting fs-0abc1234.efs.us-east-1.amazonaws.com:/datasets/imagenet\nfailed, reason given by server: No such file or directory", "data"],
    ["v55", "ClientError: Unable to mount file system: fs-0abc1234, directory path: /a1b2c3d4/train. mount.lustre: mount fs-0abc1234.fsx.us-east-1.amazonaws.com@tcp:/a1b2c3d4/train at /opt/ml/input/data/train\nfailed: No such file or directory", "data"],
    ["v56", "mount.lustre: mount fs-0abc1234.fsx.us-west-2.amazonaws.com@tcp:/fsx at /lustre\r\nfailed: No such file or directory", "data"],
    ["v57", "mount.nfs4: mount fs-0abc1234.efs.eu-west-1.amazonaws.com:/ at /mnt/efs\n\nfailed: Connection timed out", "vpc"],
    ["v58", "mount.efs: mount fs-0abc1234.efs.us-east-1.amazonaws.com:/ at /home/sagemaker-user\nFailed to resolve \"fs-0abc1234.efs.us-east-1.amazonaws.com\" - check that your file system ID is correct", "vpc"],
    ["v61", "ImportError: \nDebertaV2Converter requires the protobuf library but it was not found in your environment. Checkout the instructions on the\ninstallation page of its repo: https://github.com/protocolbuffers/protobuf/tree/master/python#installation and follow the ones\nthat match your environment.", "user-code"],
    ["v62", "T5Converter requires the protobuf and sentencepiece libraries but they were not found in your environment.", "user-code"],
    ["v63", "ClientError: Unable to read parquet file s3://acme/train/part-0.parquet: invalid magic number (reading parquet requires the pyarrow library >= 8.0)", "data"],
    ["v64", "ClientError: Unable to parse the protobuf records in channel train: the RecordIO-protobuf format requires the recordio library framing at offset 0 (invalid magic number)", "data"],
    ["v65", "ClientError: Unable to parse csv: line 7 has 12 fields, expected 10.\nNote: reading gzipped csv requires the zlib library.", "data"],
    ["v66", "LlamaTokenizer requires the SentencePiece library but it was not found in your environment.", "user-code"],
    ["v67", "ClientError: train.protobuf is not a valid RecordIO-protobuf file: invalid wire type 6", "data"],
    ["v59", "AlgorithmError: ExecuteUserScriptError:\nExitCode 32\nErrorMessage \"mount.lustre: mount fs-0abc1234.fsx.us-east-1.amazonaws.com@tcp:/a1b2c3d4 at /scratch\nfailed: No such file or directory\"\nCommand \"/bin/sh -c mount -t lustre fs-0abc1234.fsx.us-east-1.amazonaws.com@tcp:/a1b2c3d4 /scratch && python train.py\"", "user-code"],
  ] as [string, string, string][])('%s', (_id, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });
});
