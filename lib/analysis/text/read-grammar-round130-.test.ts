import { describe, expect, it } from 'vitest';
import heldOut132 from './fixtures/held-out-132.json';
import heldOut133 from './fixtures/held-out-133.json';
import heldOut134 from './fixtures/held-out-134.json';
import heldOut135 from './fixtures/held-out-135.json';
import heldOut136 from './fixtures/held-out-136.json';
import heldOut137 from './fixtures/held-out-137.json';
import heldOut138 from './fixtures/held-out-138.json';
import heldOut140 from './fixtures/held-out-140.json';
import heldOut141 from './fixtures/held-out-141.json';
import heldOut142 from './fixtures/held-out-142.json';
import heldOut143 from './fixtures/held-out-143.json';
import heldOut144 from './fixtures/held-out-144.json';
import heldOut146 from './fixtures/held-out-146.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 130 onward (question-and-answer pages, public code's quotes, the containers' threads, pages in other
// languages, SageMaker's newer surfaces, AWS's wordings in the threads of ML tools): the first-pass misses read by their
// structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText([...heldOut132, ...heldOut133, ...heldOut134, ...heldOut135, ...heldOut136, ...heldOut137, ...heldOut138, ...heldOut140, ...heldOut141, ...heldOut142, ...heldOut143, ...heldOut144, ...heldOut146]);

describe("round 134: a command-line tool's option named in kebab case", () => {
  it('r134-hyp-cli-node-count-or-accelerators reads validation', () => {
    expect(causeOf(real('r134-hyp-cli-node-count-or-accelerators'))).toBe('validation');
  });

  it('reads a kebab-case option with a field suffix beside what is required of it', () => {
    expect(causeOf('Error: instance-type must be specified when node-count is given')).toBe('validation');
    expect(causeOf('error: job-name is required')).toBe('validation');
    // Words with a hyphen are not options: nothing here names a field.
    expect(causeOf('Error: a built-in algorithm must be specified')).toBe('unknown');
    // argparse's own report is the training script's command line, not a request's option: the script's (round 138).
    expect(causeOf('train.py: error: the following arguments are required: --model-dir')).toBe('user-code');
    // Inside the container the same check is the code's.
    expect(causeOf('AlgorithmError: ValueError: node-count must be specified')).toBe('user-code');
  });
});

describe('round 134: a setting past the bound the refusal states', () => {
  it('r134-studio-space-ebs-volume-too-low reads validation', () => {
    expect(causeOf(real('r134-studio-space-ebs-volume-too-low'))).toBe('validation');
  });

  it("reads 'is too low/high' followed by the minimum or maximum, as the refusal's own sentence", () => {
    expect(causeOf('Volume size is too high. The maximum value is 16384 GB')).toBe('validation');
    expect(causeOf('ValidationException: MaxRuntimeInSeconds is too low, the minimum allowed value is: 1')).toBe('validation');
    // A script's exception saying so is its own check.
    expect(causeOf('ValueError: learning rate is too low. The minimum value is 5')).toBe('user-code');
    // Without the bound, "too low" is a measurement, not a refusal.
    expect(causeOf('Error: accuracy is too low, stopping')).toBe('unknown');
  });
});

describe('round 132: the serving containers\' refusals in the forms their logs print them', () => {
  it('r132-tgi-dlc-cloudwatch-temperature-strictly-positive reads validation (the router\'s log line, its colour codes escaped)', () => {
    expect(causeOf(real('r132-tgi-dlc-cloudwatch-temperature-strictly-positive'))).toBe('validation');
  });

  it("reads a system logger's octal-escaped colour codes as colour codes", () => {
    expect(causeOf('#033[2mtext_generation_router::infer#033[0m#033[2m:#033[0m #033[2mrouter/src/infer.rs#033[0m#033[2m:#033[0m#033[2m93:#033[0m `top_p` must be > 0.0 and < 1.0')).toBe('validation');
    expect(causeOf('#033[31mValueError#033[0m: bad')).toBe('user-code');
    // The router's module line with no parameter in backticks says nothing.
    expect(causeOf('text_generation_router::infer: router/src/infer.rs:111: request failed')).toBe('unknown');
  });

  it('r132-tfs-batch-tfrecord-json-not-formatted-instances-empty reads data', () => {
    expect(causeOf(real('r132-tfs-batch-tfrecord-json-not-formatted-instances-empty'))).toBe('data');
  });

  it("reads TF Serving's 'not formatted correctly' only as the server's body, its quoted value over lines or not", () => {
    expect(causeOf('{ "error": "JSON Value: [1, 2] not formatted correctly. Expecting object with \'instances\' key and a list/array as the value." }')).toBe('data');
    expect(causeOf('The docs say a JSON Value: [1, 2] not formatted correctly is refused')).toBe('unknown');
  });
});

describe("round 133: a model's feature count and the SDK's signature", () => {
  it('r133-sklearn-transform-n-features-mismatch reads data', () => {
    expect(causeOf(real('r133-sklearn-transform-n-features-mismatch'))).toBe('data');
  });

  it("reads scikit-learn's older feature-count words only where a record was served", () => {
    const words = 'ValueError: Number of features of the model must match the input. Model n_features is 4 and input n_features is 5';
    expect(causeOf(`${words}\n169.254.255.130 - - [07/Apr/2020:12:18:33 +0000] "POST /invocations HTTP/1.1" 500 0`)).toBe('data');
    expect(causeOf(words)).toBe('user-code');
  });

  it('r133-sdk-v1-pytorch-estimator-missing-role reads validation', () => {
    expect(causeOf(real('r133-sdk-v1-pytorch-estimator-missing-role'))).toBe('validation');
  });

  it("reads Python's signature TypeError as the request's only when the SDK's own frame raised it", () => {
    const sdkFrame = (line: string) => `Traceback (most recent call last):\n  File "train_launch.py", line 9, in <module>\n    est = Estimator(image_uri=uri)\n  File "/opt/conda/lib/python3.10/site-packages/sagemaker/estimator.py", line 2870, in __init__\n    super(Estimator, self).__init__(**kwargs)\n${line}`;
    expect(causeOf(sdkFrame("TypeError: __init__() missing 1 required positional argument: 'role'"))).toBe('validation');
    expect(causeOf(sdkFrame('TypeError: EstimatorBase.__init__() takes from 3 to 4 positional arguments but 5 were given'))).toBe('validation');
    // A function the SDK's frame calls may be the caller's own: a serializer's method, a remote function (the fifty-second review).
    expect(causeOf(sdkFrame('TypeError: CsvRowSerializer.serialize() takes 1 positional argument but 2 were given'))).toBe('user-code');
    expect(causeOf(sdkFrame("TypeError: train() missing 1 required positional argument: 'epochs'"))).toBe('user-code');
    // A script's own function called wrongly is the code's.
    const ownFrame = 'Traceback (most recent call last):\n  File "/opt/ml/code/train.py", line 40, in <module>\n    model.forward()\nTypeError: forward() missing 1 required positional argument: \'input_ids\'';
    expect(causeOf(ownFrame)).toBe('user-code');
    expect(causeOf("TypeError: forward() missing 1 required positional argument: 'input_ids'")).toBe('user-code');
  });
});

describe("round 135: AWS's answers in the words of the tools around a job", () => {
  it.each([
    ['r135-emrbootstrap24-emrfs-get-access-denied', 's3-read'],
    ['r135-coiled207-dask-to-parquet-no-awsaccesskey', 'expired-credentials'],
    ['r135-dvc5130-listobjectsv2-no-awsaccesskey', 'expired-credentials'],
    ['r135-argoflow134-kfp-ui-metadata-credentials-fetch', 'expired-credentials'],
    ['r135-botocore3353-container-role-credentials-unreachable', 'expired-credentials'],
    ['r135-awscli8561-sso-oidc-invalid-grant-debug', 'expired-credentials'],
    ['r135-ray55055-pyarrow-headobject-access-denied', 's3-read'],
    ['r135-ray34489-pyarrow-invalid-access-key-multipart', 'expired-credentials'],
    ['r135-pyathena520-arrow-headobject-network-timeout', 'vpc'],
    ['r135-arrow45432-read-table-getobject-network-timeout', 'vpc'],
  ])('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it("reads an unsigned request and a credential provider that gave nothing as the credentials'", () => {
    expect(causeOf('An error occurred (AccessDenied) when calling the PutObject operation: No AWSAccessKey was presented.')).toBe('expired-credentials');
    expect(causeOf('botocore.exceptions.CredentialRetrievalError: Error when retrieving credentials from iam-role: Credential refresh failed, response did not contain: access_key')).toBe('expired-credentials');
    expect(causeOf('Error: failed to fetch credentials from the container metadata endpoint')).toBe('expired-credentials');
    // A provider that gave them is news, not a failure.
    expect(causeOf('Found credentials from the container metadata endpoint')).toBe('unknown');
    expect(causeOf('{"error":"invalid_grant","error_description":"Invalid refresh token provided"}')).toBe('expired-credentials');
    // An access key named in a policy or a guide is not a request without one.
    expect(causeOf('An error occurred (AccessDenied) when calling the PutObject operation: Access Denied')).toBe('s3-write');
  });

  it("reads the AWS SDK for C++'s capitalised codes as AWS's codes, and its network class only for curl's connection codes", () => {
    // The code alone says it: the messages below carry no words of their own.
    expect(causeOf("OSError: When uploading part for key 'a/b' in bucket 'c': AWS Error ACCESS_DENIED during UploadPart operation: No response body.")).toBe('s3-write');
    expect(causeOf("OSError: When reading information for key 'a' in bucket 'b': AWS Error INVALID_ACCESS_KEY_ID during HeadObject operation: No response body.")).toBe('expired-credentials');
    expect(causeOf("OSError: When listing objects under key 'a' in bucket 'b': AWS Error SLOW_DOWN during ListObjectsV2 operation: No response body.")).toBe('throttling');
    expect(causeOf('OSError: AWS Error NETWORK_CONNECTION during GetObject operation: curlCode: 6, Could not resolve hostname')).toBe('vpc');
    // curl's own fault under the same class, and a bare number, name no cause.
    expect(causeOf('OSError: AWS Error NETWORK_CONNECTION during GetObject operation: curlCode: 43, A libcurl function was given a bad argument')).toBe('unknown');
    expect(causeOf("OSError: When reading information for key 'a' in bucket 'b': AWS Error [code 100]: No response body.")).toBe('unknown');
  });
});

describe("round 135: Hadoop FsShell's command as the S3 client's verb", () => {
  const denial = 'com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: 996CDE1921142A24)';
  it('reads the command on the line above the exception, a read or a write', () => {
    expect(causeOf(`-get: Fatal internal error\n${denial}`)).toBe('s3-read');
    expect(causeOf(`-put: Fatal internal error\n${denial}`)).toBe('s3-write');
    // Without it the Java form names no operation: read or write is not said.
    expect(causeOf(denial)).toBe('other-permission');
    // A dash-led line further up, or one that is not FsShell's head, is not the command.
    expect(causeOf(`-get: Fatal internal error\nretrying\n${denial}`)).toBe('other-permission');
    expect(causeOf(`- get: the listing\n${denial}`)).toBe('other-permission');
  });
});

describe("round 136: AWS's answers in the words of the data tools' clients", () => {
  it.each([
    ['r136-kfp4843-ui-visualization-s3error-access-denied', 's3-read'],
    ['r136-duckdbhttpfs327-get-403-no-credentials-duplicated', 'expired-credentials'],
    ['r136-karpenter2179-pod-webidentity-sts-dial-timeout', 'vpc'],
    ['r136-polars11372-eks-irsa-sts-request-error', 'vpc'],
    ['r136-osclimate308-trino-hive-metastore-getfilestatus-403', 's3-read'],
    ['r136-trino15267-irsa-hive-cannot-open-split-access-denied', 's3-read'],
    ['r136-trino25626-metastore-s3a-no-aws-credentials-provided', 'expired-credentials'],
    ['r136-clearml1342-insufficient-permissions-delete-failed', 's3-write'],
    ['r136-phoenix1925-bedrock-invoke-read-timeout', 'unknown'],
    ['r136-dagster6926-ecs-registertaskdefinition-clientexception', 'validation'],
    ['r136-deltars854-fargate-imds-token-connect-error', 'expired-credentials'],
    ['r136-dagster31247-deltars-imds-token-after-retries', 'expired-credentials'],
  ])('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it("reads the credential service's failure only on its own line, and only its credential paths", () => {
    expect(causeOf('Error: error sending request for url (http://169.254.170.2/v2/credentials/abc): connection refused')).toBe('expired-credentials');
    // The metadata service asked for something else, or named on a line that reports no failure.
    expect(causeOf('Error: failed to fetch http://169.254.169.254/latest/meta-data/placement/region')).not.toBe('expired-credentials');
    expect(causeOf('Using credentials from http://169.254.169.254/latest/meta-data/iam/security-credentials/role\nKeyError: x')).toBe('user-code');
  });

  it("reads reqwest's and Go's unsent requests as the connection's, not a certificate's", () => {
    expect(causeOf('Generic S3 error: error sending request for url (https://s3.us-east-1.amazonaws.com/b/k)')).toBe('vpc');
    expect(causeOf('Generic S3 error: error sending request for url (https://s3.us-east-1.amazonaws.com/b/k): error trying to connect: invalid peer certificate: BadSignature')).toBe('unknown');
    expect(causeOf('RequestError: send request failed\ncaused by: Post "https://sts.amazonaws.com/": dial tcp: i/o timeout')).toBe('vpc');
  });

  it("reads a read timeout on Bedrock's runtime as the model's time, a connect timeout there as the network's", () => {
    expect(causeOf('botocore.exceptions.ReadTimeoutError: Read timeout on endpoint URL: "https://bedrock-runtime.us-east-1.amazonaws.com/model/x/invoke"')).toBe('unknown');
    expect(causeOf('botocore.exceptions.ConnectTimeoutError: Connect timeout on endpoint URL: "https://bedrock-runtime.us-east-1.amazonaws.com/model/x/invoke"')).toBe('vpc');
  });
});

describe("round 137: the container runtimes' start and pull failures", () => {
  it.each([
    ['r137-releem195-fargate-asm-secret-context-deadline', 'vpc'],
    ['r137-civiform7648-ecs-logger-log-group-connection', 'vpc'],
    ['r137-appmesh413-ecs-ecr-auth-send-request-failed', 'vpc'],
    ['r137-karch5-ecr-token-no-imds-role-then-401', 'expired-credentials'],
    ['r137-convox1302-ecr-pull-unauthorized-authentication-required', 'ecr'],
    ['r137-lambdawebadapter630-capacity-provider-invalid-entrypoint', 'user-code'],
    ['r137-ecsagent415-agent-log-image-not-found-try-anyways', 'ecr'],
    ['r137-mailcow79-dockerd-manifest-unknown', 'ecr'],
    ['r137-cumulus209-ecs-cannotcreate-devmapper-thin-pool', 'disk-space'],
    ['r137-hackoregon132-ecs-cannotpull-register-layer-thin-pool', 'disk-space'],
    ['r137-rastervision1212-batch-cannotpull-applylayer-no-space', 'disk-space'],
    ['r137-hysds16-load-image-devmapper-thin-pool', 'disk-space'],
    ['r137-mltesting194-gke-train-evicted-ephemeral-storage', 'disk-space'],
    ['r137-kubeplus1382-evicted-ephemeral-threshold', 'disk-space'],
    ['r137-watchbot108-ecs-cannotpull-devicemapper-resume', 'unknown'],
    ['r137-jenkinsfargate7-ssm-secrets-context-deadline', 'vpc'],
    ['r137-apprunner127-failed-to-pull-application-image', 'ecr'],
    ['r137-apprunner46-failed-to-copy-image-from-ecr', 'ecr'],
    ['r137-pulumi2411-apprunner-error-assuming-access-role', 'trust-policy'],
    ['r137-bottlerocketcache7-ctr-no-match-platform', 'ecr'],
    ['r137-sst6019-fargate-ecr-auth-connection-issue', 'vpc'],
    ['r137-ecsdeploy277-unable-to-place-task-capacity-unavailable', 'capacity'],
    ['r137-cdk27007-lambda-function-no-permission-image', 'ecr'],
    ['r137-netmodernization13-fargate-cannotstart-etc-passwd-missing', 'user-code'],
    ['r137-composecli911-ecs-sidecar-dockerhub-dns-lookup', 'vpc'],
    ['r137-k3os55-containerd-extract-layer-no-space', 'disk-space'],
    ['r137-containerd5022-extract-layer-mount-io-error', 'unknown'],
    ['r137-diem1099-ecs-unable-to-place-insufficient-memory', 'capacity'],
    ['r137-factorio4-ecs-no-container-instances', 'capacity'],
  ])('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it("reads a pull's own failure by what failed: the registry, the host's storage, the disk", () => {
    // A pull the registry answered is still the image's.
    expect(causeOf('CannotPullContainerError: Error response from daemon: manifest for nginx:1.25-xyz not found: manifest unknown')).toBe('ecr');
    // Writing the fetched layers failed: the host's storage driver, not the registry; a full disk says so.
    expect(causeOf('CannotPullContainerError: failed to register layer: Error processing tar file(exit status 1): unexpected EOF')).toBe('unknown');
    expect(causeOf('CannotPullContainerError: failed to register layer: Error processing tar file(exit status 1): write /usr/lib/libx.so: no space left on device')).toBe('disk-space');
    // A SageMaker manifest file is the input's, not an image's.
    expect(causeOf('ClientError: Data download failed: The manifest file s3://b/train.manifest was not found')).not.toBe('ecr');
  });

  it("reads ECS's network hint above what its line says after it, and its placement failure as capacity", () => {
    expect(causeOf('ResourceInitializationError: unable to pull secrets or registry auth: There is a connection issue between the task and AWS Secrets Manager. Check your task network configuration. : signal: killed')).toBe('vpc');
    expect(causeOf('service web was unable to place a task because no container instance met all of its requirements. The closest matching container-instance abc has insufficient CPU units available.')).toBe('capacity');
    // A process that ran out of memory says so without the placement's words.
    expect(causeOf('Essential container in task exited: OutOfMemoryError: Container killed due to memory usage')).toBe('out-of-memory');
  });

  it("reads a structured logger's INFO record that carries an error field, and a container runtime's own mount as no network", () => {
    expect(causeOf('time="2019-04-27T16:58:24Z" level=info msg="apply failure" error="write /var/lib/x: no space left on device"')).toBe('disk-space');
    expect(causeOf('time="2019-04-27T16:58:24Z" level=info msg="no space left on device is a common error"')).toBe('unknown');
    expect(causeOf('ctr: failed to mount /var/lib/containerd/tmpmounts/containerd-mount1: input/output error: unknown')).toBe('unknown');
    expect(causeOf('ClientError: Failed to mount /opt/ml/input/data/train: mount.nfs4: Connection timed out')).toBe('vpc');
  });
});

describe("round 138: the training and serving libraries' own reports", () => {
  it.each([
    ['r138-serve1234-worker-unrecognized-sock-args', 'user-code'],
    ['r138-torchtune1316-tune-download-hub-locate', 'model-download'],
    ['r138-deepspeed3232-chat-sigkill-handler-minus9', 'out-of-memory'],
    ['r138-deepspeed5302-sigkill-handler-return-code-1', 'user-code'],
    ['r138-llmsmsample27-tokenizers-untagged-enum-title', 'unknown'],
    ['r138-triton3645-s3-repo-failed-to-stat-onnx', 'data'],
  ])('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it("reads argparse's report by the script's name, and leaves Python's bare Exception alone on its line", () => {
    expect(causeOf('train.py: error: argument --lr: invalid float value: \'fast\'')).toBe('user-code');
    expect(causeOf('usage: x\nError: bad')).toBe('unknown');
    // A one-line "Exception: …" is unknown, as the held texts of it are.
    expect(causeOf('Exception: model shards disagree')).toBe('unknown');
  });
});

describe('round 140: a denial whose head a paste cut', () => {
  it.each([
    ['r140-eks-workshop-karpenter-scp-elided', 'scp'],
    ['r140-scv-cfn-logs-createloggroup-identity', 'cloudwatch-logs'],
    ['r140-securityhub-export-passrole-identity-fragment', 'trust-policy'],
  ])('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it("reads the implicit sentence's action and resource, and an explicit deny after an ellipsis, not a guide's prose", () => {
    expect(causeOf('... on resource: arn:aws:s3:::b/out/model.tar.gz because no identity-based policy allows the s3:PutObject action')).toBe('s3-write');
    expect(causeOf('AccessDenied ... explicit deny in a permissions boundary ...')).toBe('boundary');
    // A guide's sentence about how AWS decides is not a refusal.
    expect(causeOf('Note that an explicit deny in a service control policy overrides any allow.')).not.toBe('scp');
    expect(causeOf('If no identity-based policy allows the action, the request is denied.')).toBe('unknown');
  });
});

describe('round 141: KMS keys and account limits in their services\' words', () => {
  it.each([
    ['r141-next-js-tf-s3-toomanybuckets', 'quota'],
    ['r141-happo-ruby-s3-toomanybuckets', 'quota'],
    ['r141-cdk-github-runners-ec2-request-limit', 'throttling'],
    ['r141-eks-workshop-ebs-inaccessible-kms-key', 'kms'],
    ['r141-lza-cfn-vpc-limit', 'quota'],
    ['r141-shush-kms-invalid-keyid', 'kms'],
    ['r141-roo-code-bedrock-max-tokens-limit', 'validation'],
    ['r141-terraform-logs-kms-key-id-not-found', 'kms'],
    ['r141-vm-import-kms-key-not-accessible', 'kms'],
    ['r141-amc-uploader-glue-concurrent-runs', 'quota'],
    ['r141-runs-on-createfleet-maxfleetcount', 'quota'],
    ['r141-defang-logs-livetail-rate-exceeded', 'throttling'],
    ['r141-quicksight-athena-access-denied-writing', 's3-write'],
    ['r141-encryption-sdk-cli-decryptkeyerror', 'kms'],
  ])('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it('reads the count and rate codes by their names, a rate code\'s message over a limit code, and a model\'s limit as the request\'s', () => {
    expect(causeOf('An error occurred (TooManyRequestsException) when calling the Invoke operation: Rate exceeded')).toBe('throttling');
    // Only the bucket count by its name: another "TooMany…" is not a quota by its shape.
    expect(causeOf('An error occurred (TooManyParts) when calling the CompleteMultipartUpload operation: parts')).not.toBe('quota');
    expect(causeOf('An error occurred (LimitExceededException) when calling the CreateJob operation: Limit of 10 jobs exceeded')).toBe('quota');
    expect(causeOf('Error: The maximum input tokens you requested exceed the model limit of 8192.')).not.toBe('quota');
  });
});

describe('round 142: EMR, Glue, Athena and Spark jobs', () => {
  it.each([
    ['r142-athena-cost-tags-hive-invalid-metadata', 'data'],
    ['r142-athena-jdbc-hive-metastore-bool', 'data'],
    ['r142-athena-cast-bigint-invalid-cast', 'data'],
    ['r142-jaeger-s3-athena-query-final-failed', 'unknown'],
    ['r142-evidence-athena-column-not-found-or-unauthorized', 'unknown'],
    ['r142-emr-launch-internal-error-terminating', 'internal'],
    ['r142-emr-bootstrap-nonzero-return-code', 'user-code'],
    ['r142-glue-libs-lf-getdynamicframe-403', 's3-read'],
    ['r142-emr-cli-serverless-venv-python-missing', 'user-code'],
    ['r142-druid-spark-jets3t-503-slow-down', 'throttling'],
    ['r142-hibench-emr-no-credentials-imds', 'expired-credentials'],
    ['r142-spark-redshift-emr-no-access-key', 'expired-credentials'],
    ['r142-dbt-athena-hive-path-already-exists', 'validation'],
    ['r142-athena-federation-generic-internal-error', 'internal'],
    ['r142-sagemaker-sparkmagic-glue-devendpoint-http-retry', 'unknown'],
  ])('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it("reads Athena's error type only heading its message, below a denial", () => {
    expect(causeOf('HIVE_BAD_DATA: Error parsing field value for field 3')).toBe('data');
    expect(causeOf('The guide lists HIVE_BAD_DATA among the error types')).toBe('unknown');
    expect(causeOf('HIVE_METASTORE_ERROR: com.amazonaws.services.glue.model.AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/r/s is not authorized to perform: glue:GetTable on resource: arn:aws:glue:us-east-1:111122223333:table/db/t')).toBe('other-permission');
  });
});

describe("round 143: EKS's network, nodes and pod credentials", () => {
  it.each([
    ['r143-vpccni3105-createeni-insufficient-free-ipv4', 'vpc'],
    ['r143-klotho311-eks-nodegroup-vcpulimit-zero', 'quota'],
    ['r143-nsfoundation801-eks-irsa-no-oidc-provider', 'trust-policy'],
    ['r143-dvcorg5273-assumerolewebidentity-no-oidc-provider-studio', 'trust-policy'],
    ['r143-podidagent139-hostnetwork-eks-cannot-assume-role', 'trust-policy'],
    ['r143-eksdoc-windows-prefix-insufficient-cidr-blocks', 'vpc'],
    ['r143-viya4iac271-eks-nodegroup-ec2subnetinvalidconfiguration', 'vpc'],
    ['r143-eksctl2250-nodegroup-misconfigured-subnets-mappublicip', 'vpc'],
    ['r143-vpccni2839-aws-node-missingiampermissions-createtags', 'other-permission'],
    ['r143-roadmap586-irsa-sts-coredns-cname-ssl-hostname-mismatch', 'vpc'],
    ['r143-irsacfn18-assumerolewebidentity-incorrect-audience', 'trust-policy'],
    ['r143-podidwebhook232-sts-xml-invalididentitytoken-audience', 'trust-policy'],
  ])('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it("reads InvalidIdentityToken by its message: an expired token stays the credentials'", () => {
    expect(causeOf('An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Token expired: current date/time 1700000000 must be before the expiration date/time 1690000000')).toBe('expired-credentials');
    // A provider that gave nothing, with no reason said, stays the credentials'.
    expect(causeOf('operation error S3: GetObject, get identity: get credentials: failed to refresh cached credentials, no EC2 IMDS role found')).toBe('expired-credentials');
  });
});

describe("round 144: Glue's route sentence", () => {
  it('r144-glue-job-s3-endpoint-route reads vpc', () => {
    expect(causeOf(real('r144-glue-job-s3-endpoint-route'))).toBe('vpc');
  });

  it("reads 'Could not find S3 endpoint or NAT gateway' as the route sentence is read", () => {
    expect(causeOf('JobRunFailed: Could not find S3 endpoint or NAT gateway for subnetId: subnet-0abc in Vpc vpc-0def')).toBe('vpc');
    // A NAT gateway named without the S3 endpoint it stands beside says nothing of the route.
    expect(causeOf('Created NAT gateway nat-0123 for subnet subnet-0abc')).toBe('unknown');
  });
});

describe('the read-through of rounds 130 to 145: readings no broader than their comments', () => {
  it("reads 'due to missing permissions' only with the AWS action called", () => {
    expect(causeOf('Unauthorized operation: failed to call ec2:CreateTags due to missing permissions.')).toBe('other-permission');
    expect(causeOf('ClientError: Failed to write /opt/ml/model/model.tar.gz due to missing permissions')).not.toBe('other-permission');
  });

  it("reads a service's error type only when no detail of its message says more", () => {
    expect(causeOf('HIVE_METASTORE_ERROR: cannot write the table: [Errno 28] No space left on device')).toBe('disk-space');
    expect(causeOf('GENERIC_INTERNAL_ERROR: Unable to execute HTTP request: Connect to s3.us-east-1.amazonaws.com:443 failed: connect timed out')).toBe('vpc');
    expect(causeOf('GENERIC_INTERNAL_ERROR: Internal error')).toBe('internal');
  });

  it("reads 'The maximum number of … has been reached' only for a count the account holds", () => {
    expect(causeOf('An error occurred (AddressLimitExceeded): The maximum number of addresses has been reached.')).toBe('quota');
    expect(causeOf('ClientError: The maximum number of connections has been reached for database mydb.')).not.toBe('quota');
    expect(causeOf('Stopping: The maximum number of iterations has been reached')).not.toBe('quota');
  });

  it("reads RunTask's RESOURCE:MEMORY in its capitals only", () => {
    expect(causeOf('{"failures": [{"arn": "arn:aws:ecs:us-east-1:111122223333:container-instance/c/1", "reason": "RESOURCE:MEMORY"}]}')).toBe('capacity');
    expect(causeOf('quota check failed for resource:cpu in namespace team-a')).not.toBe('capacity');
  });

  it("passes over a credential service's failure the client fell back from, and Java's provider-by-provider line", () => {
    const fellBack = 'Error retrieving IMDS token: http://169.254.169.254/latest/api/token connection timed out; using IMDSv1\nTraceback (most recent call last):\n  File "/opt/ml/code/train.py", line 9, in <module>\n    x = rows[3]\nIndexError: list index out of range';
    expect(causeOf(fellBack)).toBe('user-code');
    expect(causeOf('com.amazonaws.SdkClientException: Unable to load AWS credentials from environment variables (AWS_ACCESS_KEY_ID)')).toBe('expired-credentials');
    expect(causeOf('Unable to load credentials from EnvironmentVariableCredentialsProvider: Access key must be specified\njava.lang.NullPointerException')).not.toBe('expired-credentials');
  });
});

describe("round 146: AWS's wordings in serverless and SDK tooling", () => {
  it.each([
    ['r146-samcli-createchangeset-s3-error-access-denied', 's3-read'],
    ['r146-java-nio-s3-token-expired-refresh', 'expired-credentials'],
    ['r146-kotlin-imds-failed-load-instance-profile', 'expired-credentials'],
    ['r146-graphcool-lambda-codestorage-exceeded', 'quota'],
    ['r146-learncard-codestorage-exceeded-service-lambda', 'quota'],
    ['r146-convox-cfn-zipfile-length', 'validation'],
    ['r146-s3torch-dcp-rename-object-not-found', 'data'],
    ['r146-rust-sdk-dispatch-timeout', 'vpc'],
    ['r146-risingwave-s3-http-connect-timeout', 'vpc'],
    ['r146-node-s3-requesttimetooskewed-json', 'expired-credentials'],
    ['r146-knp-s3php-getbucket-skewed', 'expired-credentials'],
  ])('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it('keeps each new reading to its own words', () => {
    // A disk's storage limit is not Lambda's code storage.
    expect(causeOf('Error: ephemeral storage limit exceeded on node')).not.toBe('quota');
    // A script's own length check is not CloudFormation's property.
    expect(causeOf('ValueError: name length cannot exceed 64 characters')).toBe('user-code');
    // A dispatch failure that did not time out says nothing of the network.
    expect(causeOf('DispatchFailure(DispatchFailure { source: ConnectorError { kind: Other(None), source: Io(Kind(BrokenPipe)) } })')).toBe('unknown');
  });
});
