import { describe, expect, it } from 'vitest';
import heldOut94 from './fixtures/held-out-94.json';
import heldOut95 from './fixtures/held-out-95.json';
import heldOut96 from './fixtures/held-out-96.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 94 to 96 (forks of cited sample repositories, small personal repositories, AWS's archived guides): the first-pass misses read by their structure, then the
// same structure in other wordings (constructed) and its limits.
const real = fixtureText([...heldOut94, ...heldOut95, ...heldOut96]);

describe('round 94 misses', () => {
  it.each([
    ['r94-udacity-hpo-too-many-jobs-failed-system-errors', 'internal'],
    ['r94-debugger-custom-rule-condition-met-customer-error', 'user-code'],
  ] as const)('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it("reads AWS's system errors with its instruction to retry as its side, and not a system error alone", () => {
    expect(causeOf('ClientError: A system error occurred. Please try again later.')).toBe('internal');
    expect(causeOf('Failed. Reason: Too many training jobs failed with system errors. Please try again.')).toBe('internal');
    expect(causeOf('System error: bad file descriptor')).toBe('unknown');
  });

  it("reads Debugger's rule finding its condition as the training's, whatever the rule", () => {
    expect(causeOf('Failed. Reason: ClientError: RuleEvaluationConditionMet: Evaluation of the rule VanishingGradient at step 500 resulted in the condition being met')).toBe('user-code');
  });
});

describe('round 96 misses', () => {
  it.each([
    ['r96-mkt-model-package-access-denied-for-registry', 'ecr'],
    ['r96-ir-domain-mandatory-parameter', 'validation'],
    ['r96-glue-sagemaker-notebook-livy-session-not-found', 'unknown'],
    ['r96-glue-sagemaker-notebook-yarn-resources', 'unknown'],
    ['r96-canvas-missing-values-target-column', 'data'],
    ['r96-canvas-too-many-labels-for-rows', 'data'],
    ['r96-ir-payloaderror-invokeendpoint', 'data'],
  ] as const)('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it("reads a denial for a registry as the image's, and not for the model registry", () => {
    expect(causeOf('Validation failed: access denied for the registry of the algorithm')).toBe('ecr');
    expect(causeOf('ClientError: Access denied for model registry group fraud-models')).not.toBe('ecr');
  });

  it('reads a value named as the request\'s mandatory parameter, and not in the job\'s own script', () => {
    expect(causeOf('Framework is a required field for the compilation job.')).toBe('validation');
    expect(causeOf('Traceback (most recent call last):\n  File "/opt/ml/code/train.py", line 9, in <module>\n    raise ValueError("epochs is a mandatory parameter")\nValueError: epochs is a mandatory parameter')).toBe('user-code');
  });

  it("reads an error's payload as the server's answer, not the input", () => {
    expect(causeOf('Invalid status code \'404\' from http://localhost:8998/sessions/13 with error payload: "Session \'13\' not found."')).toBe('unknown');
    expect(causeOf('ClientError: Invalid payload: expected a JSON list of records')).toBe('data');
  });

  it("leaves a check that is one suggestion among several a tool lists, and reads one said alone", () => {
    const list = 'The code failed because of a fatal error:\n    Session 16 did not start up in 60 seconds..\n\nSome things to try:\na) Make sure Spark has enough available resources for Jupyter to create a Spark context.\nb) Make sure the Spark magics library is configured correctly.\nc) Restart the kernel.';
    expect(causeOf(list)).toBe('unknown');
    expect(causeOf('Exception during rule evaluation: Make sure the debugger hook is configured correctly before starting the training job.')).toBe('validation');
  });

  it("reads the target column's values wanting as the dataset's", () => {
    expect(causeOf('Build failed: missing values in the target column "churn"')).toBe('data');
    expect(causeOf('Too many unique classes for the number of samples in your dataset')).toBe('data');
  });
});

describe('round 96: an invocation\'s payload error', () => {
  it('reads an error named for the payload of an invocation as the body, and not the same name on another call', () => {
    expect(causeOf('PayloadValidationException when calling the InvokeEndpointAsync operation')).toBe('data');
    expect(causeOf('PayloadError when calling CreateModel operation')).toBe('unknown');
  });
});

describe('round 95 miss', () => {
  it('r95-nnsay-automl-v2-notauthorized-region-unavailable reads validation', () => {
    expect(causeOf(real('r95-nnsay-automl-v2-notauthorized-region-unavailable'))).toBe('validation');
  });

  it("reads a denial's code whose own message says the API is not in the region as the request's region, and a denial as a denial", () => {
    expect(causeOf('botocore.exceptions.ClientError: An error occurred (UnauthorizedException) when calling the CreateDomain operation: SageMaker Studio is not supported in the requested region.')).toBe('validation');
    // Left: AccessDenied's own word is read by the bare denial's reading, which this does not reach.
    expect(causeOf('An error occurred (AccessDenied) when calling the CreateDomain operation: SageMaker Studio is not supported in the requested region.')).toBe('other-permission');
    expect(causeOf('An error occurred (NotAuthorizedException) when calling the CreateAutoMLJobV2 operation: User is not authorized to perform this operation.')).toBe('other-permission');
    // The region sentence another line of the log prints is not the code's message.
    expect(causeOf('An error occurred (NotAuthorizedException) when calling the CreateAutoMLJobV2 operation: not authorized\n\nnote: feature X is not available in this region')).toBe('other-permission');
  });
});
