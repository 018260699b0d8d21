import { describe, expect, it } from 'vitest';
import type { Cause } from '../diagnosis';
import heldOut11 from './fixtures/held-out-11.json';
import { bareErrorCode } from './bare-error-code';
import { actionOfOperation } from './operations';
import { readGrammar } from './read-grammar';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Round 11 of the held-out texts (held-out-11.json): each miss of the first pass, read by its
// structure, then the same structure in other wordings (constructed, not from a thread) and its limits.
const real = fixtureText(heldOut11);

describe('round 11 grammar rules, on the texts they were written for', () => {
  it.each([
    ['an AWS code named Invalid… (a Step Functions role ARN)', 'examples2430-stepfunctions-invalid-role-arn', 'error-code-validation', 'validation'],
    ["the Go SDK's code with an empty message (S3's SlowDown)", 'harbor23005-s3-slowdown-503', 'error-code-throttling', 'throttling'],
    ["a registry's refusal whose reason is an expired token", 'cdk-samples7-docker-pull-ecr-token-expired', 'token-expired', 'expired-credentials'],
    ["a model hub's token that was not found", 'petals15-hub-token-not-found', 'model-hub-download', 'model-download'],
    ['a model load from a local directory that has no model files', 'hf-inference31-cant-load-tokenizer-model-dir', 'model-files-missing', 'data'],
    ['an instruction to check that a setting was configured correctly', 'tf51414-debugger-no-debugging-data', 'configuration-invalid', 'validation'],
    ['the same instruction after "Customer Error:"', 'sdk1907-debugger-rule-customer-error', 'configuration-invalid', 'validation'],
  ] as [string, string, string, Cause][])('%s', (_name, id, rule, cause) => {
    expect(readGrammar(real(id))).toContainEqual(expect.objectContaining({ rule, cause }));
    expect(causeOf(real(id))).toBe(cause);
  });

  it("reads Python's runtime message without its class name (a serving container's error body) as the code's", () => {
    expect(readGrammar(real('examples1903-transform-record-tensorflow-attribute'))).toContainEqual(expect.objectContaining({ rule: 'python-runtime-message', cause: 'user-code' }));
    expect(causeOf(real('examples1903-transform-record-tensorflow-attribute'))).toBe('user-code');
  });

  it('reads an S3 operation named bare before its message as the S3 action it is', () => {
    expect(actionOfOperation(real('examples606-get-bucket-location-denied-title'))).toBe('s3:GetBucketLocation');
    expect(causeOf(real('examples606-get-bucket-location-denied-title'))).toBe('s3-read');
  });

  it("does not take a collective library's own failure for the training code's crash", () => {
    expect(readGrammar(real('dlc3964-nccl-unhandled-cuda-error'))).not.toContainEqual(expect.objectContaining({ cause: 'user-code' }));
    expect(causeOf(real('dlc3964-nccl-unhandled-cuda-error'))).toBe('unknown');
  });
});

describe('round 11 structures in other wordings', () => {
  it.each([
    ['another Invalid… code', 'botocore.exceptions.ClientError: An error occurred (InvalidParameterValue) when calling the CreateNetworkInterface operation: invalid value for parameter subnet', 'validation'],
    ["the Go SDK's empty message for another family's code", 'RequestLimitExceeded: \n\tstatus code: 503, request id: 0a1b2c', 'throttling'],
    ["an expired token without a registry around it", 'denied: Your authorization token has expired. Reauthenticate and try again.', 'expired-credentials'],
    ["a hub token in the environment's name", 'ValueError: HF_TOKEN is not set; the gated model cannot be downloaded', 'model-download'],
    ['an invalid hub token', 'Invalid Hugging Face Hub token, please check your credentials', 'model-download'],
    ['a config loaded from the model directory', "OSError: Can't load config for '/opt/ml/model'. Make sure that:\n- '/opt/ml/model' is the correct path to a directory containing a config.json file", 'data'],
    ['a setting to make sure of', 'ClientError: No profiling data found. Make sure the profiler was set up correctly.', 'validation'],
    ['another S3 bucket read named by botocore', 'An error occurred (AccessDenied) when calling the GetBucketAcl operation: Access Denied', 's3-read'],
    ['an S3 object write named bare', 'DeleteObject operation: Access Denied', 's3-write'],
    ["an object's missing attribute in a JSON error body", '{"error": "\'NoneType\' object has no attribute \'predict\'"}', 'user-code'],
    ['a name not defined, quoted in a log line', "[sagemaker logs]: input.csv: name 'np' is not defined", 'user-code'],
    ['another NCCL report', 'torch.distributed.DistBackendError: NCCL error in: ProcessGroupNCCL.cpp:1275, remote process exited or there was a network error', 'unknown'],
  ] as [string, string, Cause][])('%s', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });
});

describe('round 11 rules keep their limits', () => {
  it.each([
    // A code naming a state is the resource's condition (an archived object), not a refused value.
    // Not the request's value: the object's state. The error-code catalogue reads it as the input (an archived object).
    ['a code naming a state', "botocore.exceptions.ClientError: An error occurred (InvalidObjectState) when calling the GetObject operation: The operation is not valid for the object's storage class", 'data'],
    ["an Invalid… credential code stays the credentials'", 'botocore.exceptions.ClientError: An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.', 'expired-credentials'],
    ['a hub model id (not a path) that cannot be loaded is a download', "OSError: Can't load config for 'bert-base-uncased'. Make sure that: 'bert-base-uncased' is a correct model identifier listed on 'https://huggingface.co/models'", 'model-download'],
    ['a token the code looks up in its own vocabulary', 'KeyError: token not found in vocabulary', 'user-code'],
    ['a bucket operation that neither reads nor writes data', 'CreateBucket operation: Access Denied', 'other-permission'],
    ["the training code's own check of its configuration", 'AlgorithmError: ValueError: check that the tokenizer is configured correctly, exit code: 1', 'user-code'],
    // Round 44: a collective's report with no exception of the code's reads the same under the class as bare.
    ['an NCCL failure under an AlgorithmError reads as it does bare', 'AlgorithmError: torch.distributed.DistBackendError: NCCL error in: ProcessGroupNCCL.cpp:1275, exit code: 1', 'unknown'],
    ["Python's runtime message does not outrank AWS's class", "CapacityError: Unable to provision requested ML compute capacity. 'NoneType' object has no attribute 'x'", 'capacity'],
    ['a qualified exception without NCCL is still the code', 'torch.distributed.elastic.multiprocessing.errors.ChildFailedError: train.py FAILED', 'user-code'],
  ] as [string, string, Cause][])('%s', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });

  it("reads the Go SDK's empty message only where its details line follows", () => {
    expect(bareErrorCode('SlowDown:\n\tstatus code: 503, request id: x')).toBe('SlowDown');
    expect(bareErrorCode('Progress:\n\tstatus code: 200')).toBeUndefined();
    expect(bareErrorCode('SlowDown:\nretrying later')).toBeUndefined();
  });
});
