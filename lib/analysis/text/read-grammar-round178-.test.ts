import { describe, expect, it } from 'vitest';
import heldOut159 from './fixtures/held-out-159.json';
import heldOut162 from './fixtures/held-out-162.json';
import heldOut167 from './fixtures/held-out-167.json';
import heldOut169 from './fixtures/held-out-169.json';
import heldOut178 from './fixtures/held-out-178.json';
import heldOut179 from './fixtures/held-out-179.json';
import heldOut180 from './fixtures/held-out-180.json';
import heldOut181 from './fixtures/held-out-181.json';
import heldOut182 from './fixtures/held-out-182.json';
import heldOut183 from './fixtures/held-out-183.json';
import heldOut184 from './fixtures/held-out-184.json';
import heldOut186 from './fixtures/held-out-186.json';
import heldOut187 from './fixtures/held-out-187.json';
import heldOut188 from './fixtures/held-out-188.json';
import heldOut189 from './fixtures/held-out-189.json';
import heldOut190 from './fixtures/held-out-190.json';
import heldOut191 from './fixtures/held-out-191.json';
import heldOut192 from './fixtures/held-out-192.json';
import heldOut193 from './fixtures/held-out-193.json';
import heldOut194 from './fixtures/held-out-194.json';
import heldOut195 from './fixtures/held-out-195.json';
import heldOut196 from './fixtures/held-out-196.json';
import heldOut197 from './fixtures/held-out-197.json';
import heldOut198 from './fixtures/held-out-198.json';
import heldOut199 from './fixtures/held-out-199.json';
import heldOut200 from './fixtures/held-out-200.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 178 onward (distributed training, failures before the code runs, training data mounts, capacity and quota in the
// launchers' words, memory and disk): the first-pass misses read by their structure, then the same structure in other
// wordings (constructed) and its limits.
const real = fixtureText([...heldOut159, ...heldOut162, ...heldOut167, ...heldOut169, ...heldOut178, ...heldOut179, ...heldOut180, ...heldOut181, ...heldOut182, ...heldOut183, ...heldOut184, ...heldOut186, ...heldOut187, ...heldOut188, ...heldOut189, ...heldOut190, ...heldOut191, ...heldOut192, ...heldOut193, ...heldOut194, ...heldOut195, ...heldOut196, ...heldOut197, ...heldOut198, ...heldOut199, ...heldOut200]);

describe("round 178: a rank's exit and the collective's own refusal of the program", () => {
  it.each([
    ['r178-mistralfinetune92-g4dn12xl-t4-unsupported-embed-per-head', 'user-code'],
    ['r178-optimumneuron638-trn1-llama3-childfailed-parallel-compile', 'user-code'],
    ['r178-nanotron265-p5-ncclinvalidusage', 'user-code'],
  ] as const)('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it("reads torch elastic's exit code of a rank, and not a signal's negative code as the code's", () => {
    expect(causeOf('torch.distributed.elastic.multiprocessing.api: [ERROR] failed (exitcode: 2) local_rank: 0 (pid: 77) of binary: /usr/bin/python3')).toBe('user-code');
    expect(causeOf('Root Cause (first observed failure):\n[0]:\n  host      : algo-1\n  rank      : 3 (local_rank: 3)\n  exitcode  : 1 (pid: 412)')).toBe('user-code');
    expect(causeOf('torch.distributed.elastic.multiprocessing.api: [ERROR] failed (exitcode: -9) local_rank: 0 (pid: 77) of binary: /usr/bin/python3')).toBe('out-of-memory');
  });

  it("reads a rank's qualified exception after PyTorch's rank tag, and NCCL's invalid usage as the program's, not its other errors", () => {
    expect(causeOf('[rank0]: mypkg.data.ShardError: shard 3 has no rows')).toBe('user-code');
    expect(causeOf('[rank1]: torch.distributed.DistBackendError: NCCL error in: ../torch/csrc/distributed/c10d/ProcessGroupNCCL.cpp:1970, invalid usage, NCCL version 2.19.3')).toBe('user-code');
    expect(causeOf('[rank1]: torch.distributed.DistBackendError: NCCL error in: ../torch/csrc/distributed/c10d/ProcessGroupNCCL.cpp:1970, unhandled system error, NCCL version 2.19.3')).toBe('unknown');
  });
});

describe('round 179: a program that could not start or load its libraries', () => {
  it.each([
    ['r179-tf22828-model-server-glibc223', 'user-code'],
    ['r179-djl29-libstdcxx-glibcxx-not-found', 'user-code'],
    ['r179-mlcommons719-oci-stat-run-and-time-not-found', 'user-code'],
    ['r179-sdk4802-python-script-run-by-bash', 'user-code'],
  ] as const)('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it("reads the loader's version a system library lacks and runc's missing command, not a version named in a requirement nor output that went on", () => {
    expect(causeOf("Setting up nvidia-utils-535 (535.161.07) ...\n/usr/bin/nvidia-smi: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found (required by /usr/bin/nvidia-smi)\nProcessing triggers for libc-bin (2.31-0ubuntu9) ...")).toBe('unknown');
    expect(causeOf("ninja: /usr/lib/libstdc++.so.6: version `GLIBCXX_3.4.30' not found (required by ninja), falling back to distutils")).toBe('unknown');
    expect(causeOf("/usr/local/bin/serve: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found (required by /usr/local/bin/serve)")).toBe('user-code');
    expect(causeOf('OCI runtime create failed: runc create failed: unable to start container process: exec: "/opt/program/train": stat /opt/program/train: no such file or directory: unknown')).toBe('user-code');
    expect(causeOf('Requirement already satisfied: glibc-version-check==2.34 in /usr/lib/python3/dist-packages')).toBe('unknown');
  });

  it("reads a shell's line under a log viewer's stamp and bar, as without them", () => {
    expect(causeOf('2024-07-25T15:47:57.615Z | /opt/ml/code/run.sh: line 4: torchrun: command not found')).toBe('user-code');
    expect(causeOf('2024-07-25T15:47:57.615Z | /opt/ml/code/run.sh: line 4: torchrun: command not found')).toBe(causeOf('/opt/ml/code/run.sh: line 4: torchrun: command not found'));
  });
});

describe("round 180: the SDK's check of a value against the API's constraint", () => {
  it('reads it as the request, and not a script that says its own limit otherwise', () => {
    expect(causeOf(real('r180-sdk3673-list-runs-run-name-length'))).toBe('validation');
    expect(causeOf('ValueError: The experiment_name (length: 130) must have length less than or equal to 120')).toBe('validation');
    expect(causeOf('ValueError: batch of 73 items is too long; keep it under 59')).toBe('user-code');
  });
});

describe('round 181: training data mounts and the clients that mount S3', () => {
  it.each([
    ['r181-s3csi-293-no-signing-credentials', 'expired-credentials'],
    ['r181-s3fs-1138-no-security-credentials', 'expired-credentials'],
    ['r162-s3fs-could-not-establish-security-credentials', 'expired-credentials'],
    ['r181-mlio-18-data-store-missing', 'data'],
    ['r181-mps3-950-bucket-does-not-exist', 'data'],
    ['r181-mps3doc-dns-invalid-name', 'vpc'],
  ] as const)('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it("reads the CRT's resolver and socket failures and a channel's directory said missing, and not a path outside the channels", () => {
    expect(causeOf('S3Exception: Client error: Unknown CRT error: CRT error 1049: aws-c-io: AWS_IO_DNS_QUERY_FAILED, A query to dns failed to resolve.')).toBe('vpc');
    expect(causeOf('S3Exception: Client error: Unknown CRT error: CRT error 1048: aws-c-io: AWS_IO_SOCKET_TIMEOUT, socket operation timed out.')).toBe('vpc');
    expect(causeOf("RuntimeError: The directory '/opt/ml/input/data/validation' does not exist.")).toBe('data');
    expect(causeOf("RuntimeError: The directory '/opt/ml/code/configs' does not exist.")).toBe('user-code');
    expect(causeOf('Error: Failed to create S3 client\n\nCaused by:\n    0: initial ListObjectsV2 failed for bucket b in region us-east-1\n    1: Client error\n    2: No signing credentials available, see CRT debug logs')).toBe('expired-credentials');
  });
});

describe("round 182: capacity, quotas and AWS's answer as tools print it", () => {
  it.each([
    ['r182-tfaws35745-start-instance-reservationcapacityexceeded', 'capacity'],
    ['r182-pcluster340-asg-max-spot-instance-count', 'quota'],
    ['r182-pcluster1115-asg-max-spot-count-launching', 'quota'],
    ['r182-autoscaler1263-asg-activity-instance-limit-7-of-6', 'quota'],
    ['r182-saltci716-instancelimitexceeded-21-of-20', 'quota'],
    ['r182-karamel46-jclouds-requestlimitexceeded', 'throttling'],
    ['r182-qseks135-nodegroup-stabilize-internal-failure', 'internal'],
    ['r182-firesim628-unsupported-f1-az-tool-says-capacity', 'validation'],
    ['r182-tfaws10928-servicequotas-nosuchresource', 'validation'],
    ['r182-awscli8584-getservicequota-context-id-missing', 'validation'],
  ] as const)('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it("reads a code in the Go SDK's form under its details line, and not the same shape without it", () => {
    expect(causeOf('Error: starting EC2 Instance (i-0abc123): ReservationCapacityExceeded: No room left in the reservation.\n        \tstatus code: 400, request id: 1f2e\n        \n          with aws_instance.trainer,\n          on main.tf line 12, in resource "aws_instance" "trainer":')).toBe('capacity');
    expect(causeOf('note: ReservationCapacityExceeded: The reservation is full.')).not.toBe('capacity');
  });

  it("reads an error object's code beside its message, and not another object's code or the JavaScript SDK's own", () => {
    expect(causeOf("botocore response: {'Error': {'Message': 'Rate exceeded', 'Code': 'ThrottlingException'}, 'ResponseMetadata': {'HTTPStatusCode': 400}}")).toBe('throttling');
    expect(causeOf("{'Error': {'Code': 'InsufficientInstanceCapacity', 'Message': 'We currently do not have sufficient p4d.24xlarge capacity.'}}")).toBe('capacity');
    expect(causeOf("{'Error': {'Code': 'ReservationCapacityExceeded', 'Message': 'The reservation is full.'}}")).toBe('capacity');
    expect(causeOf("job config: {'Training': {'Code': 'ReservationCapacityExceeded', 'Message': 'see README'}}")).not.toBe('capacity');
  });

  it("reads EC2's limits in words, a stack event's internal failure, and sets a tool's guess aside", () => {
    expect(causeOf('Status Reason: You have requested more instances (3) than your current instance limit of 2 allows for the specified instance type.')).toBe('quota');
    expect(causeOf('UPDATE_FAILED  AWS::SageMaker::Endpoint  Endpoint  Resource handler returned message: "Internal Failure"')).toBe('internal');
    expect(causeOf('{\n  "StackEvents": [\n    {\n      "LogicalResourceId": "Endpoint",\n      "ResourceStatus": "UPDATE_FAILED",\n      "ResourceStatusReason": "Internal Failure"\n    }\n  ]\n}')).toBe('internal');
    expect(causeOf('Model training failed: Internal Failure')).not.toBe('internal');
    expect(causeOf('RuntimeError: max retry count exceeded')).toBe('user-code');
    expect(causeOf('An error occurred (InvalidParameterValue) when calling the RunInstances operation: bad AMI. This probably means there was no more capacity')).toBe('validation');
  });
});

describe('round 183: memory and disk, as runtimes and schedulers report them', () => {
  it.each([
    ['r183-ray40687-gcs-node-out-of-memory-exit', 'out-of-memory'],
    ['r183-ray32730-memory-threshold-095-killed', 'out-of-memory'],
    ['r183-cook181-kernel-killed-process-task-failed', 'out-of-memory'],
    ['r159-ecsagent4508-ecs-ec2-kernel-killed-celery', 'out-of-memory'],
    ['r183-img2dataset443-arrow-realloc-failed', 'out-of-memory'],
    ['r183-unslothzoo87-arrow-malloc-64-failed', 'out-of-memory'],
    ['r183-ray13443-objectstorefull-put-516mb', 'out-of-memory'],
    ['r183-xgboost1681-dmlc-task-exceeding-physical-memory', 'out-of-memory'],
    ['r183-operatefirst1352-evicted-diskpressure', 'disk-space'],
    ['r169-sematic853-eks-diskpressure-ephemeral-evicted', 'disk-space'],
  ] as const)('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it('reads the OOM killer and Arrow by their own words, not a process killed by a person', () => {
    expect(causeOf('kernel: Killed process 4411 (python3) total-vm:98765432kB, anon-rss:65432100kB, file-rss:0kB')).toBe('out-of-memory');
    expect(causeOf('pyarrow.lib.ArrowMemoryError: malloc of size 4096 failed')).toBe('out-of-memory');
    expect(causeOf('Killed process group 4411 after the operator stopped the run')).not.toBe('out-of-memory');
  });
});

describe("round 184: the Java SDK's HEAD of an S3 object that is not there", () => {
  it('reads it as the input, as botocore\'s 404 is', () => {
    expect(causeOf(real('r184-safedeploy38-codecommit-s3-404-not-found'))).toBe('data');
    expect(causeOf('com.amazonaws.services.s3.model.AmazonS3Exception: Not Found (Service: Amazon S3; Status Code: 404; Error Code: 404 Not Found; Request ID: X)')).toBe('data');
  });
});

describe("the sixty-first review: Secrets Manager's DecryptionFailure is the key's", () => {
  it('reads it as KMS, and not a decryption the code names', () => {
    expect(causeOf("botocore.errorfactory.DecryptionFailure: An error occurred (DecryptionFailure) when calling the GetSecretValue operation: Secrets Manager can't decrypt the protected secret text using the provided KMS key.")).toBe('kms');
    expect(causeOf('ValueError: decryption failure in my_crypto.unwrap(): bad padding')).toBe('user-code');
  });
});

describe("round 186: the AWS CLI's parse of a parameter's value", () => {
  it("reads it as the request, and not a job's input said to be invalid JSON", () => {
    expect(causeOf(real('r186-clidoc-invalid-json-parameter'))).toBe('validation');
    expect(causeOf("Error parsing parameter '--hyper-parameters': Invalid JSON: Expecting value: line 1 column 1 (char 0)")).toBe('validation');
    expect(causeOf('ClientError: Invalid JSON in the training channel: Expecting value: line 1 column 1 (char 0)')).toBe('data');
  });
});

describe("round 187: SageMaker's sentence for subnets that do not span the zones an endpoint needs", () => {
  it('reads it as the network, and not a zone said without the subnets', () => {
    expect(causeOf(real('r187-fsx-lustre-hosting-endpoint-2-az-subnets'))).toBe('vpc');
    expect(causeOf('ClientError: Unable to locate at least 2 availability zone(s) with the requested instance type ml.g5.xlarge that overlap with SageMaker subnets.')).toBe('vpc');
    expect(causeOf('Unable to locate at least 2 availability zone(s) with the requested instance type ml.g5.xlarge.')).not.toBe('vpc');
  });
});

describe('the properties: a shell line followed by the same script\'s missing file, and a function named like an error', () => {
  it("reads the script's first failure whether or not a later command's missing file follows, listed or not", () => {
    expect(causeOf(real('r179-sdk2909-runproc-cd-code-dir-missing'))).toBe('user-code');
    expect(causeOf(`- ${real('r179-sdk2909-runproc-cd-code-dir-missing')}`)).toBe('user-code');
    expect(causeOf('Invoking script with the following command:\n\n/bin/sh /opt/ml/processing/input/entrypoint/runproc.sh\n/opt/ml/processing/input/entrypoint/runproc.sh: line 3: cd: /opt/ml/processing/input/code/: No such file or directory\ntar (child): sourcedir.tar.gz: Cannot open: No such file or directory')).toBe('user-code');
    expect(causeOf('./run.sh: line 3: cd: /data: No such file or directory\nRuntimeError: CUDA error: device-side assert triggered')).toBe('user-code');
    expect(causeOf('./run.sh: line 3: cd: /data: No such file or directory\nAn error occurred (AccessDenied) when calling the GetObject operation: Access Denied')).toBe('s3-read');
  });

  it("reads a file named payload in a path as no inference payload, whatever the account in the bucket's name", () => {
    const text = real('r187-gonsoomoon-lab-remote-decorator-deserialization-hf-cache-arrow');
    expect(causeOf(text)).toBe('user-code');
    expect(causeOf(text.replace(/\b\d{12}\b/g, '<account-id>'))).toBe('user-code');
    expect(causeOf('ClientError: unable to evaluate payload provided: expected CSV, got JSON')).toBe('data');
  });

  it("keeps an INFO line quiet when a stack frame's function named like an error is joined onto it", () => {
    expect(causeOf(real('r182-npk45-spotfleet-invalid-g5g-config'))).toBe('unknown');
    expect(causeOf('2022-04-07T04:30:53.995Z\tINFO\tFailed to request spot fleet. InvalidSpotFleetRequestConfig: Invalid: g5g.xlarge at Request.extractError (/var/task/node_modules/aws-sdk/lib/services/ec2.js:50:35)')).toBe('unknown');
    expect(causeOf('2022-04-07T04:30:53.995Z INFO worker crashed: ValueError: bad shape (1, 3)')).toBe('user-code');
  });
});

describe('rounds 188 to 192: the SDK v3, Bedrock, retrieval stores, Spark on EMR, workflow artifact stores', () => {
  it.each([
    ['r188-smpysdk5520-modeltrainer-parameterstring', 'validation'],
    ['r189-agno-claude-bedrock-403-token-expired', 'expired-credentials'],
    ['r189-openhands-litellm-no-botocore-warning', 'unknown'],
    ['r190-mcp237-kb-retrieve-no-model-access', 'other-permission'],
    ['r190-pocchat-kb-ingest-marketplace-denied', 'other-permission'],
    ['r190-monstache610-flood-stage-429', 'disk-space'],
    ['r190-italia371-flood-stage-readonly', 'disk-space'],
    ['r190-knn1506-parent-breaker-optimize', 'out-of-memory'],
    ['r191-eksctl-emr-eks-pvc-forbidden-create', 'other-permission'],
    ['r191-eksctl-emr-eks-driver-pvc-deletecollection-denied', 'other-permission'],
    ['r191-emr-eks-bp-rbac-pvc-forbidden-driver-log', 'other-permission'],
    ['r191-c360-emr-step-spark-application-failed-status', 'user-code'],
    ['r191-raster-foundry-export-s3n-permission-denied', 'other-permission'],
    ['r192-argo-pr6406-irsa-token-permission-denied', 'expired-credentials'],
    ['r192-argo7068-put-file-signature-mismatch', 'expired-credentials'],
  ] as const)('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it("reads the SDK v3's classes in pydantic's report, the Go SDK's unread web identity token, a wrapped expiry, not LangChain's catch-all", () => {
    expect(causeOf(real('r189-jupyter-ai-could-not-load-credentials'))).toBe('unknown');
    expect(causeOf('failed to create new S3 client: WebIdentityErr: failed to retrieve credentials\ncaused by: RequestError: send request failed\ncaused by: Post "https://sts.amazonaws.com/": dial tcp 52.94.0.1:443: i/o timeout')).toBe('vpc');
    expect(causeOf('ValidationError: 1 validation error for ModelBuilder\nmodel_path\n  Input should be a valid string [type=string_type, input_value=3, input_type=int]')).toBe('validation');
    expect(causeOf('ValidationError: 1 validation error for TrainingConfig\nepochs\n  Input should be a valid integer [type=int_type, input_value=\'x\', input_type=str]')).not.toBe('validation');
    expect(causeOf('failed to create new S3 client: WebIdentityErr: failed fetching WebIdentity token: \ncaused by: WebIdentityErr: unable to read file at /var/run/secrets/eks.amazonaws.com/serviceaccount/token')).toBe('expired-credentials');
    expect(causeOf("ERROR    Error code: 403 - {'message': 'The security token\n         included in the request is expired'}")).toBe('expired-credentials');
  });

  it("reads a module missing on a warning's line as no failure, and on an error's line as the code's", () => {
    expect(causeOf("12:00:01 - lib:WARNING: could not pre-load a stream shape. Error: No module named 'botocore'")).toBe('unknown');
    expect(causeOf("ModuleNotFoundError: No module named 'botocore'")).toBe('user-code');
  });

  it("reads Bedrock's no-access sentence under a validation code as a denial, and a validation code's other sentences as the request's", () => {
    expect(causeOf("An error occurred (ValidationException) when calling the InvokeModel operation: You don't have access to the model with the specified model ID.")).toBe('other-permission');
    expect(causeOf('An error occurred (ValidationException) when calling the StartIngestionJob operation: \nKnowledge base role is not able to call specified bedrock embedding model.')).toBe('other-permission');
    expect(causeOf('An error occurred (ValidationException) when calling the InvokeModel operation: The provided model identifier is invalid.')).toBe('validation');
  });

  it("reads a search engine's flood-stage watermark and memory breaker, not a watermark below its stage", () => {
    expect(causeOf('{"type":"cluster_block_exception","reason":"index [x] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];"}')).toBe('disk-space');
    expect(causeOf("TransportError(429, 'circuit_breaking_exception', '[parent] Data too large, data for [<http_request>] would be [31gb], which is larger than the limit of [30gb]')")).toBe('out-of-memory');
    expect(causeOf('[INFO ] low disk watermark [85%] exceeded on node-1, replicas will not be assigned to this node')).toBe('unknown');
  });

  it("reads Kubernetes' refusal however the client writes it, Java's uncaught throwable, Hadoop's S3 schemes", () => {
    expect(causeOf('pods is forbidden. User "system:serviceaccount:emr:spark" cannot create resource "pods" in API group "" in namespace "emr"')).toBe('other-permission');
    expect(causeOf('Exception in thread "main" org.apache.spark.SparkException: Job aborted due to stage failure')).toBe('user-code');
    expect(causeOf('org.apache.hadoop.security.AccessControlException: Permission denied: s3n://bucket-a/out/part-0000')).toBe('other-permission');
  });

  it("reads a policy document said invalid as no input data", () => {
    expect(causeOf(real('r190-kbragws1-aoss-policy-json-invalid'))).not.toBe('data');
    expect(causeOf('Failed to create collection: Policy json is invalid, error: [$[0].Principal[1]: does not match the regex pattern]')).not.toBe('data');
    expect(causeOf('ClientError: the training json is invalid: Expecting value: line 1 column 1 (char 0)')).toBe('data');
  });
});

describe('rounds 193 to 197: fine-tuning, trackers, Rust and lakehouse clients, Databricks, the services around an endpoint', () => {
  it.each([
    ['r193-axolotl1158-nccl-invalid-config-blocking', 'user-code'],
    ['r193-awsomedist-openvla-gloo-connectfullmesh-refused', 'unknown'],
    ['r194-clearml706-check-write-permissions-radd', 'user-code'],
    ['r195-awssdkrust606-constructionfailure-missingcredentials', 'expired-credentials'],
    ['r195-awssdkrust760-signingstage-missingcredentials', 'expired-credentials'],
    ['r195-rusoto2013-couldnt-find-credentials', 'expired-credentials'],
    ['r195-rusoto1831-cannot-find-creds-panic', 'expired-credentials'],
    ['r195-windmill10238-credential-provider-not-enabled', 'expired-credentials'],
    ['r195-lance2600-credentials-provider-not-configured', 'expired-credentials'],
    ['r195-awssdkrust871-s3-connect-timeout', 'vpc'],
    ['r195-deltars491-ibmcos-checkpoint-accessdenied', 's3-read'],
    ['r195-deltars1416-delta-log-missing-region', 'validation'],
    ['r192-argo14021-sts-assumerole-missing-region', 'validation'],
    ['r196-deltasharing73-server-getfilestatus-403', 's3-read'],
    ['r196-tfdbx1226-instance-profile-arn-invalid-propagation', 'validation'],
    ['r197-ansible40237-putscalingpolicy-no-scalable-target', 'validation'],
    ['r197-tf19015-metric-alarm-validationerror-empty', 'validation'],
    ['r197-custodian7103-getmetricstatistics-1440-datapoints', 'validation'],
    ['r197-autoscaling-cr25-missing-execute-api-permissions', 'other-permission'],
    ['r197-tfaws14965-apigw-invalid-permissions-lambda', 'other-permission'],
    ['r197-jsv3-6494-scheduler-execution-role-assume', 'trust-policy'],
    ['r197-boto1497-alarm-terminate-action-credentials', 'expired-credentials'],
    ['r197-continue5569-credential-scope-execute-api', 'expired-credentials'],
    ['r167-go2724-getobject-invalidencryptionalgorithm', 'validation'],
  ] as const)('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it("reads a denial built as a string on a traceback's source line as the code's words, not an answer", () => {
    expect(causeOf('  File "/app/storage.py", line 12, in check\n    msg = "Access Denied for " + url\nTypeError: can only concatenate str (not "int") to str')).toBe('user-code');
    expect(causeOf('  File "/app/train.py", line 12, in main\n    s3.get_object(Bucket=b, Key=k)\nbotocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied')).toBe('s3-read');
  });

  it('reads a checkpoint read back as the input, and the word inside a path as no stage', () => {
    expect(causeOf('Failed to load checkpoint: Failed to read S3 object content: <Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>')).toBe('s3-read');
    expect(causeOf('Checkpoint upload failed: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied')).toBe('s3-write');
  });

  it("reads the Go SDK's code above its details line before a client's dotted call, bare or under a log's prefix", () => {
    const text = real('r167-go2724-getobject-invalidencryptionalgorithm');
    const tailed = text.split('\n').map((line) => `2023-06-14T22:35:51.123000+00:00 job/algo-1-1686782150 ${line}`).join('\n');
    expect(causeOf(tailed)).toBe('validation');
  });

  it("reads a code ending in Error as AWS's under the Go SDK's details line, and not without it", () => {
    expect(causeOf('Creating alarm failed: ValidationError:\n\tstatus code: 400, request id: 3be7ac08')).toBe('validation');
    expect(causeOf('Creating alarm failed: ValidationError: bad shape')).not.toBe('validation');
  });

  it("reads the datapoints a request asked for as its size, not a quota", () => {
    expect(causeOf('An error occurred (InvalidParameterCombination) when calling the GetMetricData operation: You have requested up to 100800 datapoints, which exceeds the limit of 100800.')).toBe('validation');
    expect(causeOf('An error occurred (LimitExceededException) when calling the PutMetricAlarm operation: You have exceeded the limit of alarms in this account.')).toBe('quota');
  });
});

describe("rounds 198 to 200: the Neuron accelerator's own fault, a traceback's source line, a long log before a data-format line", () => {
  it("reads the accelerator's fault as AWS's side", () => {
    expect(causeOf(real('r199-neurondoc-hw-err-sram-terminate'))).toBe('internal');
    expect(causeOf('NEURON_HW_ERR=DMA_ABORT instance-id=i-0abc nd-id=1 nc-id=0 action=TERMINATE_INSTANCE')).toBe('internal');
    expect(causeOf('RuntimeError: neuron_hw_err_count must be an int')).toBe('user-code');
  });

  it("reads a data-format line past a pasted environment dump, and not the source line that raised it", () => {
    const text = real('r200-dsoa-xgboost-scriptmode-parquet-index-out-of-bounds');
    const dump = Array.from({ length: 45 }, (_, i) => `    "setting_${i}": "value",`).join('\n');
    expect(causeOf(text)).toBe('data');
    expect(causeOf(`Training Env:\n{\n${dump}\n}\n${text}`)).toBe('data');
    expect(causeOf('Traceback (most recent call last):\n  File "/app/io.py", line 12, in load\n    raise LoadError("Failed to load parquet data")\nKeyError: \'label\'')).toBe('user-code');
  });
});

describe('the sixty-third review: sentences read where nothing failed', () => {
  it('reads an expiry retried past, a quoted sentence, a warning that went on and a prerequisite as no failure', () => {
    expect(causeOf('WARNING botocore: The security token\n    included in the request is expired; refreshing credentials and retrying\nINFO attempt 2 succeeded')).toBe('unknown');
    expect(causeOf("Changelog: the S3 client no longer reports 'the credential provider was not enabled' when the profile is empty.")).toBe('unknown');
    expect(causeOf('WARNING preflight: role ml-train is missing the following permissions: s3:ListBucket; continuing')).toBe('unknown');
    expect(causeOf('Prerequisites: The execution role you provide must allow Amazon SageMaker to assume the role.')).toBe('unknown');
    expect(causeOf("{'error': {'type': 'circuit_breaking_exception', 'reason': '[script] Too many dynamic script compilations within, max: [75/5m]'}}")).not.toBe('out-of-memory');
    expect(causeOf('Knowledge base role is not able to call specified bedrock embedding model: The provided model identifier is invalid.')).not.toBe('other-permission');
  });
});
