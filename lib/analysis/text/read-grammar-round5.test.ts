import { describe, expect, it } from 'vitest';
import type { Cause } from '../diagnosis';
import { classifyText } from '../classify-text';
import { readFailureParts } from './failure-parts';
import heldOut5 from './fixtures/held-out-5.json';
import heldOut6 from './fixtures/held-out-6.json';
import { readGrammar } from './read-grammar';
import { fixtureText } from '../test-support/text-readings';

// Round 5 of the held-out texts (held-out-5.json): each miss of the first pass, read by its structure.
const real = fixtureText([...heldOut5, ...heldOut6]);

describe('round 5 rules, on the texts they were written for', () => {
  it.each([
    ["a registry's rate limit in its own code", 'ecrdoc-toomanyrequests-rate-exceeded', 'throttled-words', 'throttling'],
    ['a request signed too late', 'iamdoc-signature-expired', 'credentials-invalid', 'expired-credentials'],
    ["torchrun's negative exit code of a SIGKILL", 'chatglm2-520-exitcode-minus-9', 'killed-by-sigkill', 'out-of-memory'],
    ["Rust reqwest's HTTP status from the model hub", 'gcc145-reqwest-429', 'model-hub-download', 'model-download'],
  ] as [string, string, string, Cause][])('%s', (_name, id, rule, cause) => {
    expect(readGrammar(real(id))).toContainEqual(expect.objectContaining({ rule, cause }));
  });

  it.each([
    ['a denial whose verb is "not permitted"', 'smus18-kms-decrypt-not-permitted', 'kms'],
    ["EC2 Spot's capacity status codes and prose", 'refinebio528-spot-capacity-oversubscribed', 'capacity'],
    ["EC2 Fleet's UnfulfillableCapacity", 'ethminer23-unfulfillable-capacity', 'capacity'],
    ['a capacity status inside a module-qualified exception', 'scylla2798-spot-capacity-not-available', 'capacity'],
    ['a local PermissionError', 'localmode31-pipeline-step-permission-error-title', 'user-code'],
  ] as [string, string, Cause][])('%s', (_name, id, cause) => {
    expect(classifyText({ failureReason: real(id) }).cause).toBe(cause);
  });

  it('reads a negative exit code, and HTTP status in reqwest\'s words', () => {
    expect(readFailureParts(real('chatglm2-520-exitcode-minus-9')).exitCode).toBe(-9);
    expect(readFailureParts(real('gcc145-reqwest-429')).httpStatus).toBe(429);
  });
});

describe('the same structures in neighbouring forms', () => {
  // Constructed: an HTTP status with its reason phrase, and an API field that is not valid.
  it('reads "401 Unauthorized" from the model hub as a refused download', () => {
    expect(readFailureParts('Unable to download model from https://huggingface.co/x: 401 Unauthorized').httpStatus).toBe(401);
    expect(classifyText({ failureReason: 'ClientError: Unable to download model from https://huggingface.co/x: 401 Unauthorized' }).cause).toBe('model-download');
  });

  it('reads an API field that "is not a valid" value as the request', () => {
    expect(classifyText({ failureReason: 'ClientError: TrainingImage is not a valid image URI' }).cause).toBe('validation');
  });
});

describe('round 5 rules: what they leave alone', () => {
  // Constructed: the same wordings where they mean something else.
  it("reads a model hub's 429 as the hub refusing the download, not an AWS API's rate", () => {
    expect(classifyText({ failureReason: 'requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://huggingface.co/x/resolve/main/config.json' }).cause).toBe(
      'model-download',
    );
  });

  it('reads a segfault as the code and other signals as nothing of their own', () => {
    expect(readGrammar('failed (exitcode: -11) local_rank: 0')).toContainEqual(expect.objectContaining({ rule: 'killed-by-sigsegv', cause: 'user-code' }));
    expect(readGrammar('failed (exitcode: -15) local_rank: 0')).not.toContainEqual(expect.objectContaining({ rule: expect.stringMatching(/^killed-by/) }));
  });

  it('does not read "total capacity" in a CUDA OOM as a capacity shortage', () => {
    const oom = 'RuntimeError: CUDA out of memory. Tried to allocate 20.00 MiB (GPU 0; 15.78 GiB total capacity; 14.2 GiB already allocated)';
    expect(classifyText({ failureReason: oom }).cause).toBe('out-of-memory');
  });
});

describe('round 6 rules, on the texts they were written for', () => {
  it.each([
    ["the SDK's configuration check naming SageMaker", 'jina-sagemaker18-region-not-set', 'argument-check', 'validation'],
    ['an identity the SDK will not take for an execution role', 'deepracer47-identity-not-a-role', 'argument-check', 'validation'],
    ["botocore's NoRegionError", 'dask-cloudprovider84-no-region-title', 'exception-validation', 'validation'],
    ["the built-in algorithm's hyperparameter validation in its traceback", 'examples1740-xgboost-hyperparameter-keyerror', 'schema-report', 'validation'],
  ] as [string, string, string, Cause][])('%s', (_name, id, rule, cause) => {
    expect(readGrammar(real(id))).toContainEqual(expect.objectContaining({ rule, cause }));
  });

  it("leaves a script's ValueError naming SageMaker inside the container to the code", () => {
    // Constructed: the same words raised by the training script.
    expect(classifyText({ failureReason: 'AlgorithmError: ExecuteUserScriptError: ValueError: unsupported SageMaker channel layout' }).cause).toBe('user-code');
  });
});
