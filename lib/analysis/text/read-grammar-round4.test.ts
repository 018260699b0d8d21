import { describe, expect, it } from 'vitest';
import type { Cause } from '../diagnosis';
import { classifyText } from '../classify-text';
import { readFailureParts } from './failure-parts';
import heldOut4 from './fixtures/held-out-4.json';
import { readGrammar } from './read-grammar';
import { fixtureText } from '../test-support/text-readings';

// Round 4 of the held-out texts (held-out-4.json): each miss of the first pass, read by its structure.
// The texts are real fixtures (sources in the fixture file and docs/failure-texts.md).
const real = fixtureText(heldOut4);

describe('round 4 rules, on the texts they were written for', () => {
  const cases: [string, string, string, Cause][] = [
    ['the SDK requiring one of two arguments', 'sdk-troubleshooting-image-uri-required', 'argument-check', 'validation'],
    ["the SDK's None arguments", 'bert-pytorch7-framework-version-none', 'argument-check', 'validation'],
    ['an API field the request lacks', 'tf-od-api9-training-image-config-title', 'argument-check', 'validation'],
    ["the SDK's supported-values report", 'examples1855-unsupported-python-version', 'enum-report', 'validation'],
    ["the SDK's not-supported-by report", 'sdk-troubleshooting-unknown-input-channel', 'enum-report', 'validation'],
    ["JSON Schema's report, in a built-in algorithm's log", 'smdoc-builtin-additional-properties', 'schema-report', 'validation'],
    ["JSON Schema's report under an AlgorithmError, wrapped", 'smdoc-builtin-invalid-hyperparameter-schema', 'schema-report', 'validation'],
    ['a bucket in another region, in words', 'neo-bucket-other-region', 'region-mismatch', 'validation'],
    ['an ECR repository refused under a ValidationException', 'spark-container158-repository-access-denied', 'ecr-repository', 'ecr'],
    ["an EFS mount helper's exception", 'cdk-efs-assets98-efs-mount-failure', 'mount-failed', 'vpc'],
    ["efs-utils' mount attempt", 'cantrill178-efs-mount-timeout', 'mount-failed', 'vpc'],
    ['an AWS host name that does not resolve', 'efs-utils90-failed-to-resolve', 'connect-aws-endpoint', 'vpc'],
    ['an endpoint that cannot be connected to', 'tf-container454-curl-55-checkpoint', 'connect-other-host', 'vpc'],
    ["a ClientError naming the job's subnets", 'clarify-vpc-two-az-subnets', 'vpc-config', 'vpc'],
    ['an input archive that is not a tar.gz', 'neo-untar-input-model', 'data-format', 'data'],
  ];
  it.each(cases)('%s', (_name, id, rule, cause) => {
    expect(readGrammar(real(id))).toContainEqual(expect.objectContaining({ rule, cause }));
  });

  it.each([
    ['an S3 object that does not exist, in words', 'neo-s3-object-missing', 'data'],
    ["Python's own RecursionError", 'smdoc-model-parallel-recursion-error', 'user-code'],
  ])('%s', (_name, id, cause) => {
    expect(classifyText({ failureReason: real(id) }).cause).toBe(cause);
  });

  it('reads the host of a bare AWS host name', () => {
    expect(readFailureParts(real('efs-utils90-failed-to-resolve')).hosts).toEqual(['fs-xxxxxxxxxx.efs.us-west-1.amazonaws.com']);
  });
});

describe('round 4 rules: what they leave alone', () => {
  // Constructed: the same wordings where they belong to the training code.
  it("leaves an argument check inside the container's traceback or an AlgorithmError to the code", () => {
    const traceback = 'Traceback (most recent call last):\n  File "/opt/ml/code/train.py", line 3\nValueError: batch_size must be provided';
    expect(classifyText({ failureReason: traceback }).cause).toBe('user-code');
    expect(classifyText({ failureReason: 'AlgorithmError: ExecuteUserScriptError: ValueError: num_labels is required' }).cause).toBe('user-code');
  });

  it("lets the job's AlgorithmError outrank an argument check in a log line", () => {
    const text = { failureReason: 'AlgorithmError: ExecuteUserScriptError:\nExitCode 1', logLines: [{ stream: 'j/algo-1-1', message: 'ValueError: num_labels is required' }] };
    expect(classifyText(text).cause).toBe('user-code');
  });

  it('takes neither a product name nor an exception name for an argument', () => {
    // (A ValueError naming SageMaker itself is the SDK's own check: round 6.)
    expect(readGrammar('ValueError: TensorFlow is required')).not.toContainEqual(expect.objectContaining({ rule: 'argument-check' }));
    expect(readGrammar('ValueError is None')).not.toContainEqual(expect.objectContaining({ rule: 'argument-check' }));
  });

  it("leaves a mount the code attempts under an AlgorithmError to the code", () => {
    expect(classifyText({ failureReason: 'AlgorithmError: OSError: cannot mount /dev/shm' }).cause).toBe('user-code');
  });

  it('reads "private Docker registry" as no ECR refusal', () => {
    expect(readGrammar(real('tf-od-api9-training-image-config-title'))).not.toContainEqual(expect.objectContaining({ cause: 'ecr' }));
  });
});
