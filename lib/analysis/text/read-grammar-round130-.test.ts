import { describe, expect, it } from 'vitest';
import heldOut132 from './fixtures/held-out-132.json';
import heldOut133 from './fixtures/held-out-133.json';
import heldOut134 from './fixtures/held-out-134.json';
import heldOut135 from './fixtures/held-out-135.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 130 onward (question-and-answer pages, public code's quotes, the containers' threads, pages in other
// languages, SageMaker's newer surfaces, AWS's wordings in the threads of ML tools): the first-pass misses read by their
// structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText([...heldOut132, ...heldOut133, ...heldOut134, ...heldOut135]);

describe("round 134: a command-line tool's option named in kebab case", () => {
  it('r134-hyp-cli-node-count-or-accelerators reads validation', () => {
    expect(causeOf(real('r134-hyp-cli-node-count-or-accelerators'))).toBe('validation');
  });

  it('reads a kebab-case option with a field suffix beside what is required of it', () => {
    expect(causeOf('Error: instance-type must be specified when node-count is given')).toBe('validation');
    expect(causeOf('error: job-name is required')).toBe('validation');
    // Words with a hyphen are not options: nothing here names a field.
    expect(causeOf('Error: a built-in algorithm must be specified')).toBe('unknown');
    // argparse's own report is the training script's command line, not a request's option.
    expect(causeOf('train.py: error: the following arguments are required: --model-dir')).toBe('unknown');
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
