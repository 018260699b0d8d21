import { describe, expect, it } from 'vitest';
import { causeOf } from '../test-support/text-readings';
import { readFailureParts } from './failure-parts';

// Two independent reviews after round 41. The fifteenth built texts from the messages the open-source
// SageMaker containers and toolkits raise (sagemaker-xgboost-container, the training, inference and serving
// toolkits, sagemaker-spark-container, sagemaker-tensorflow-extensions); the sixteenth from AWS's published
// error codes of S3, KMS, STS, ECR, CloudWatch Logs and EC2, printed as each SDK prints them. Each case is
// one of their texts, or its shape, that read a wrong cause or `unknown` where the cause was clear.

const XGB_FRAMES = [
  'Traceback (most recent call last):',
  '  File "/miniconda3/lib/python3.8/site-packages/sagemaker_containers/_trainer.py", line 84, in train',
  '    entrypoint()',
  '  File "/miniconda3/lib/python3.8/site-packages/sagemaker_xgboost_container/training.py", line 90, in train',
  '    run_algorithm_mode()',
  '  File "/miniconda3/lib/python3.8/site-packages/sagemaker_xgboost_container/algorithm_mode/train.py", line 149, in sagemaker_train',
  '    validated_data_config = channels.validate(data_config)',
  '  File "/miniconda3/lib/python3.8/site-packages/sagemaker_algorithm_toolkit/channel_validation.py", line 91, in validate',
].join('\n');
const xgbFailure = (raised: string, message: string) =>
  `UnexpectedStatusException: Error for Training job xgb-churn-2024-05-14-10-02-11-870: Failed. Reason: AlgorithmError: framework error: \n${XGB_FRAMES}\n    raise exc.${raised}(...)\nsagemaker_algorithm_toolkit.exceptions.${raised}: ${message}\n\n${message}, exit code: 1`;

describe("the built-in algorithms' toolkit says whose side its failure is on (the fifteenth review)", () => {
  it("its UserError is the customer's setting or input, though the wrapper says AlgorithmError", () => {
    expect(causeOf(xgbFailure('UserError', 'Missing required channel: train'))).toBe('validation');
    expect(causeOf(xgbFailure('UserError', 'Extraneous channel found: test'))).toBe('validation');
    expect(readFailureParts(xgbFailure('UserError', 'Missing required channel: train')).side).toBe('client');
  });

  it("the cut FailureReason that keeps only the raise line is no longer the customer's code", () => {
    const cut = `AlgorithmError: framework error: \n${XGB_FRAMES}\n    raise exc.UserError("Missing required channel: {}".format(channel.name))\nsagemaker_al`;
    expect(causeOf(cut)).not.toBe('user-code');
  });

  it("its PlatformError is AWS's side", () => {
    expect(readFailureParts(xgbFailure('PlatformError', 'Number of hosts should be an int greater than or equal to 1')).side).toBe('aws');
    expect(causeOf(xgbFailure('PlatformError', 'Number of hosts should be an int greater than or equal to 1'))).toBe('internal');
  });

  it("the data's own defects under a UserError are the data", () => {
    const mismatch = "feature_names mismatch: ['f0', 'f1', 'f2'] ['f0', 'f1']\ntraining data did not have the following fields: f2";
    expect(causeOf(xgbFailure('UserError', mismatch))).toBe('data');
    expect(causeOf(xgbFailure('UserError', '[09:12:15] ../src/metric/auc.cc:330: Check failed: !auc_error AUC: the dataset only contains pos or neg samples'))).toBe('data');
  });

  it("still reads the algorithm's own AlgorithmError, and a script's traceback, as the code", () => {
    expect(causeOf(xgbFailure('AlgorithmError', 'XGB train call failed with exception: std::bad_alloc'))).not.toBe('validation');
    expect(causeOf('AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "KeyError: \'label\'"\nCommand "/opt/conda/bin/python3.10 train.py", exit code: 1')).toBe('user-code');
  });
});

describe("a built-in algorithm's sentence about a named setting or the input's location (the fifteenth review)", () => {
  it.each([
    "ClientError: Require input for parameter 'num_class' for multi-classification",
    "ClientError: Metric 'auc' can only be applied for classification and ranking problems.",
    "ClientError: monotone_constraints can be used only when the tree_method parameter is set to either 'exact' or 'hist'.",
    'ClientError: value -1 for Parameter reg_lambda should be greater equal to 0',
    "ClientError: Threshold value 't' in 'error@t' expects float input.",
    "ClientError: Tree updater should be selected from these options: 'grow_colmaker', 'distcol', 'grow_histmaker'",
  ])('%s is the request', (text) => {
    expect(causeOf(text)).toBe('validation');
  });

  it.each([
    'ClientError: Hidden file found in the data path! Remove that before training.',
    "ClientError: training data's path is not existed",
    'ClientError: /opt/ml/input/data/train/part-0000.csv is not a valid path!',
    'UnexpectedStatusException: Error for Training job image-classification-2023-04-03-13-20-30-447: Failed. Reason: ClientError: imread read blank (None) image for file: /opt/ml/input/data/validation/safety_bike_s_000390.png, exit code: 2',
  ])('%s is the input', (text) => {
    expect(causeOf(text)).toBe('data');
  });

  it('reads neither outside the customer side, nor a constraint that names no setting', () => {
    expect(causeOf('AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "ValueError: lr can only be used with warmup"')).toBe('user-code');
    expect(causeOf('ClientError: This can only be used once.')).toBe('unknown');
  });
});

describe("a serving container's environment variable is the model's setting (the fifteenth review)", () => {
  it.each([
    'ValueError: HF_OPTIMUM_SEQUENCE_LENGTH environment variable is not set. Please set HF_OPTIMUM_SEQUENCE_LENGTH to a positive integer.',
    "ValueError: SAGEMAKER_TFS_ENABLE_BATCHING must be 'true' or 'false'",
    "ValueError: Task couldn't be inferenced from None.Use env `HF_TASK` to define your task.",
  ])('%s', (text) => {
    expect(causeOf(text)).toBe('validation');
  });

  it("a name Python says is not defined is still the code's", () => {
    expect(causeOf("NameError: name 'MAX_LEN' is not defined")).toBe('user-code');
  });
});

describe('single readings of the fifteenth review', () => {
  it("a link to the hub's documentation is not a download from the hub", () => {
    expect(causeOf('OSError: The task for this model is not set: Please set one: https://huggingface.co/docs#how-is-a-models-type-of-inference-api-and-widget-determined')).not.toBe('model-download');
    expect(causeOf("OSError: We couldn't connect to 'https://huggingface.co' to load this file")).toBe('model-download');
  });

  it("a record whose CRC check failed is the data", () => {
    expect(causeOf('tensorflow.python.framework.errors_impl.InternalError: CRC check on data failed. [Op:IteratorGetNext]')).toBe('data');
    expect(causeOf('AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "tensorflow.python.framework.errors_impl.InternalError: CRC check on header failed.\n \t [[{{node IteratorGetNext}}]]"\nCommand "/usr/local/bin/python3.9 train.py", exit code: 1')).toBe('data');
  });
});

describe('a code each SDK frames in its own way is read as quoted (the sixteenth review)', () => {
  it.each([
    ['Go v1', "InvalidObjectState: The operation is not valid for the object's storage class\n\tstatus code: 403, request id: 5f1c0a4e-2d3b-4c6f-9a7e-0b1c2d3e4f50", 'data'],
    ['Go v2', 'operation error S3: GetObject, https response error StatusCode: 403, RequestID: 4442587FB7D0A2F9, HostID: v9pZ0f2mDq0s4HqUe6q3kQ2iK0x8lY9nE7a1b2c3d4e5f6g7h8i9j0=, api error InvalidObjectState: The action is not valid for the current state of the object.', 'data'],
    ['Go v2, a modelled error', 'operation error KMS: GenerateDataKey, https response error StatusCode: 500, RequestID: 5f1c0a4e-2d3b-4c6f-9a7e-0b1c2d3e4f50, KMSInternalException: An internal error occurred.', 'internal'],
    ['Go v2, an image', "operation error ECR: DescribeImages, https response error StatusCode: 400, RequestID: 5f1c0a4e-2d3b-4c6f-9a7e-0b1c2d3e4f50, ImageNotFoundException: The image with imageId {imageDigest:'null', imageTag:'v3'} does not exist within the repository with name 'my-training' in the registry with id '111122223333'", 'ecr'],
    ['JavaScript v2', "NoSuchVersion: The specified version does not exist.\n    at Request.extractError (/app/node_modules/aws-sdk/lib/services/s3.js:711:35) {\n  code: 'NoSuchVersion',\n  statusCode: 404", 'data'],
    ["JavaScript v3's deserializer", 'KMSInternalException: An internal error occurred.\n    at de_KMSInternalExceptionRes (/opt/ml/code/node_modules/@aws-sdk/client-kms/dist-cjs/index.js:1701:21)', 'internal'],
    ["Java v2's modelled class", "software.amazon.awssdk.services.s3.model.InvalidObjectStateException: The operation is not valid for the object's storage class (Service: S3, Status Code: 403, Request ID: 4442587FB7D0A2F9)", 'data'],
    ["EC2's dotted code under Go v1, after Terraform's words", "Error: creating EC2 Network Interface: InvalidSubnetID.NotFound: The subnet ID 'subnet-0fedcba9876543210' does not exist\n\tstatus code: 400, request id: 5f1c0a4e-2d3b-4c6f-9a7e-0b1c2d3e4f50", 'vpc'],
    ["EC2's state reason naming a KMS key", 'Client.InvalidKMSKey.InvalidState: The KMS key provided is in an incorrect state', 'kms'],
    ["EC2's state reason naming a subnet", "Client.InvalidSubnetID.NotFound: The subnet ID 'subnet-0fedcba9876543210' does not exist", 'vpc'],
  ])('%s', (_form, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });

  it("an account's standing is not a 403 refusal in any frame", () => {
    expect(causeOf('operation error STS: AssumeRole, https response error StatusCode: 403, RequestID: 5f1c0a4e-2d3b-4c6f-9a7e-0b1c2d3e4f50, api error RegionDisabledException: STS is not activated in this region for account:111122223333. Your account administrator can activate STS in this region using the IAM Console.')).toBe('unknown');
    expect(causeOf('Blocked: The account is currently blocked. Contact aws-verification@amazon.com if you are having trouble.\n\tstatus code: 403, request id: 5f1c0a4e-2d3b-4c6f-9a7e-0b1c2d3e4f50')).toBe('unknown');
  });

  it('the service the frame names qualifies its code, and only its own code', () => {
    expect(causeOf('operation error CloudWatch Logs: PutLogEvents, https response error StatusCode: 400, RequestID: 5f1c0a4e-2d3b-4c6f-9a7e-0b1c2d3e4f50, ResourceNotFoundException: The specified log group does not exist.')).toBe('cloudwatch-logs');
    expect(causeOf("operation error KMS: Encrypt, https response error StatusCode: 400, RequestID: 5f1c0a4e-2d3b-4c6f-9a7e-0b1c2d3e4f50, NotFoundException: Invalid keyId 'alias/sagemaker-output'")).toBe('kms');
    expect(causeOf('ResourceNotFoundException: The specified log group does not exist.\n    at de_ResourceNotFoundExceptionRes (/opt/ml/code/node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js:2345:21)')).toBe('cloudwatch-logs');
    const glued = "ResourceNotFound: An error occurred (ResourceNotFound) when calling the DescribeHyperParameterTuningJob operation: Amazon SageMaker can't find a tuning job called DEMO-hpo-mxnet. Type another name.\noperation error CloudWatch Logs: DescribeLogStreams, exceeded maximum number of attempts, 9, https response error StatusCode: 400, RequestID: 1c8266d9-2e98-48cd-b296-b52384128df9, api error ThrottlingException: Rate exceeded";
    expect(causeOf(glued)).not.toBe('cloudwatch-logs');
  });

  it("a request's or a builder's class in a Java stack is no code", () => {
    expect(readFailureParts('at software.amazon.awssdk.services.s3.model.GetObjectRequest.builder(GetObjectRequest.java:120)').errorCode).toBeUndefined();
  });
});

describe("ECR's RepositoryNotFoundException is the image's registry, not a model hub (the sixteenth review)", () => {
  it.each([
    "operation error ECR: BatchGetImage, https response error StatusCode: 400, RequestID: 5f1c0a4e-2d3b-4c6f-9a7e-0b1c2d3e4f50, RepositoryNotFoundException: The repository with name 'my-training' does not exist in the registry with id '111122223333'",
    "RepositoryNotFoundException: The repository with name 'my-training' does not exist in the registry with id '111122223333'\n\tstatus code: 400, request id: 5f1c0a4e-2d3b-4c6f-9a7e-0b1c2d3e4f50",
  ])('%s', (text) => {
    expect(causeOf(text)).toBe('ecr');
  });

  it("huggingface_hub's RepositoryNotFoundError is still the hub", () => {
    expect(causeOf('huggingface_hub.utils._errors.RepositoryNotFoundError: 401 Client Error. Repository Not Found for url: https://huggingface.co/api/models/org/private-model')).toBe('model-download');
  });
});

describe("S3's 301: the bucket is in another region (the sixteenth review)", () => {
  it.each([
    'An error occurred (301) when calling the HeadObject operation: Moved Permanently',
    'ClientError: An error occurred (301) when calling the PutObject operation: Moved Permanently',
    'com.amazonaws.services.s3.model.AmazonS3Exception: Moved Permanently (Service: Amazon S3; Status Code: 301; Error Code: 301 Moved Permanently; Request ID: ****************), S3 Extended Request ID: ***************************',
    'failed to query Bucket: api error MovedPermanently: Moved Permanently',
    'ClientError: Failed to download data. PermanentRedirect (301): The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.',
    'software.amazon.awssdk.services.s3.model.S3Exception: The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint. (Service: S3, Status Code: 301, Request ID: 4442587FB7D0A2F9)',
  ])('%s', (text) => {
    expect(causeOf(text)).toBe('validation');
  });
});

describe('the forms the fifteenth review left, read since', () => {
  it("a model server's relay of its worker's line is read as the worker printed it", () => {
    const relayed = '2024-08-20T10:11:12,100 [INFO ] W-9000-model_1.0-stdout MODEL_LOG - sagemaker_pytorch_serving_container.default_pytorch_inference_handler.ModelLoadError: Failed to load /opt/ml/model/model.pth. Please ensure model is saved using torchscript.';
    expect(causeOf(relayed)).toBe('user-code');
    const oom = '2024-08-20T10:11:12,100 [WARN ] W-9000-model_1.0-stderr MODEL_LOG - torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB';
    expect(causeOf(oom)).toBe('out-of-memory');
  });

  it("an exception as Python's repr() prints it is read as its traceback's last line", () => {
    expect(causeOf("sagemaker_pytorch_serving_container.default_pytorch_inference_handler.ModelLoadError('Failed to load /opt/ml/model/model.pth.')")).toBe('user-code');
    expect(causeOf("ClientError('An error occurred (AccessDenied) when calling the GetObject operation: Access Denied')")).toBe('s3-read');
  });

  it("the Spark container's input and configuration failures are the customer's side", () => {
    const config = "Algorithm Error: (caused by ValueError): Couldn't parse input.: Invalid classification: spark-default. Must be one of ['core-site', 'hadoop-env', 'spark-defaults']. Please refer to https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-configure-apps.html for more information.";
    expect(readFailureParts(config).side).toBe('client');
    expect(causeOf(config)).toBe('validation');
    expect(causeOf('Algorithm Error: (caused by ValueError): error preparing for spark submit: file path /opt/ml/processing/input/code/app.py does not exist')).not.toBe('user-code');
    // Its other failures stay the algorithm's.
    expect(readFailureParts('Algorithm Error: (caused by TimeoutError): Timed out waiting for function primary_is_up: ').side).toBe('algorithm');
  });
});
