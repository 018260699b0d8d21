import { describe, expect, it } from 'vitest';
import type { Cause } from '../diagnosis';
import heldOut17 from './fixtures/held-out-17.json';
import { readGrammar } from './read-grammar';
import { causeOf, fixtureText, rulesOf } from '../test-support/text-readings';

// Round 17 of the held-out texts (held-out-17.json, failures quoted through the tools that start
// SageMaker jobs: Airflow, Kubeflow, ACK, Step Functions and the CDK, Terraform, CloudFormation,
// MLflow): each miss of the first pass, read by its structure, then the same structure in other
// wordings (constructed, not copied from a source) and its limits.
const real = fixtureText(heldOut17);

describe('round 17 readings, on the texts they were written for', () => {
  it.each([
    ["MLflow's flavor outside the supported set, named in words", 'mlflowrecipes52-unsupported-flavors', 'enum-report', 'validation'],
    ["CloudFormation's endpoint whose container did not start", 'comfyui2-cfn-cannot-start-container', 'container-start-instruction', 'user-code'],
    ["hosting's images that must exist and be reachable by the role", 'smex275-endpoint-images-exist-permissions', 'images-exist-and-role-access', 'ecr'],
    ["XGBoost's container reading a channel the job lacks", 'smex3402-sfn-xgboost-missing-train-channel', 'platform-missing-channel', 'validation'],
  ] as [string, string, string, Cause][])('%s', (_name, id, rule, cause) => {
    expect(readGrammar(real(id))).toContainEqual(expect.objectContaining({ rule, cause }));
    expect(causeOf(real(id))).toBe(cause);
  });
});

describe('round 17 structures in other wordings', () => {
  it.each([
    ['an instance type none of the supported ones', 'Instance type ml.t2.medium is not one of the supported instance types for this estimator.', 'validation'],
    ['a version matching none of the valid ones', 'The requested framework version 9.9 does not match any of the valid versions.', 'validation'],
    [
      "a training image's instruction to run correctly",
      "Please make sure your training container runs correctly when invoked with 'docker run <image> train'.",
      'user-code',
    ],
    ['an inference container told to start', 'Verify that the inference container starts successfully before creating the endpoint.', 'user-code'],
    [
      'an image and its pull permission, in other words',
      'Please ensure the container image referenced by the model exists and that the role has permission to pull it.',
      'ecr',
    ],
    ['a repository the execution role must reach', 'Make sure the repository exists and the execution role can access it.', 'ecr'],
    [
      "PyTorch's framework container without the training channel",
      'AlgorithmError: framework error: \nTraceback (most recent call last):\n  File "/opt/conda/lib/python3.8/site-packages/sagemaker_pytorch_container/training.py", line 60, in main\n    data_dir = os.environ["SM_CHANNEL_TRAINING"]\nKeyError: \'SM_CHANNEL_TRAINING\'',
      'validation',
    ],
    [
      "scikit-learn's container without the test channel",
      'File "/miniconda3/lib/python3.7/site-packages/sagemaker_sklearn_container/training.py", line 41, in train\nKeyError: \'SM_CHANNEL_TEST\'',
      'validation',
    ],
  ] as [string, string, Cause][])('%s', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });
});

describe('round 17 readings at their limits', () => {
  it('does not read a ping health check as an instruction to start the container (it has a reading of its own)', () => {
    const text = 'The primary container for production variant AllTraffic did not pass the ping health check. Please check CloudWatch logs for this endpoint.';
    expect(rulesOf(text)).not.toContain('container-start-instruction');
    expect(rulesOf(text)).toContain('container-health-failed');
  });

  it('does not read an instruction about what a container may reach as its start', () => {
    expect(rulesOf('Please ensure the container has access to the internet before you retry.')).not.toContain('container-start-instruction');
  });

  it('wants the role beside the image: an image alone may be a wrong URI', () => {
    expect(rulesOf('Please make sure the image exists.')).not.toContain('images-exist-and-role-access');
    expect(rulesOf('Please make sure the model data exists and that the role has access to the bucket.')).not.toContain('images-exist-and-role-access');
  });

  it("keeps a script's own check of a supported value the code's under an AlgorithmError", () => {
    const text = "AlgorithmError: ValueError: mode 'x' is not one of the supported modes, exit code: 1";
    expect(rulesOf(text)).not.toContain('enum-report');
    expect(causeOf(text)).toBe('user-code');
  });

  it("keeps the customer's script reading a channel of its own the code's", () => {
    const script =
      'AlgorithmError: ExecuteUserScriptError:\nCommand "/opt/conda/bin/python3.6 cifar10.py"\nTraceback (most recent call last):\n  File "cifar10.py", line 158, in <module>\n    parser.add_argument(\'--data-dir\', type=str, default=os.environ[\'SM_CHANNEL_TRAINING\'])\nKeyError: \'SM_CHANNEL_TRAINING\', exit code: 1';
    expect(causeOf(script)).toBe('user-code');
    const underCode =
      'File "/opt/conda/lib/python3.8/site-packages/sagemaker_pytorch_container/training.py", line 99, in train\n  File "/opt/ml/code/train.py", line 12, in <module>\nKeyError: \'SM_CHANNEL_EXTRA\'';
    expect(rulesOf(underCode)).not.toContain('platform-missing-channel');
  });
});
