import { describe, expect, it } from 'vitest';
import heldOut33 from './fixtures/held-out-33.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Round 33 of the held-out texts (held-out-33.json, SageMaker features no round centred on: JumpStart,
// serverless and asynchronous inference, Ground Truth, Autopilot, Pipelines' fail and check steps, Model
// Monitor through CloudFormation, Canvas, the ACK controller, Edge): the misses of the first pass, read by
// their structure, then the same structure in other wordings (constructed, not copied from a source) and
// its limits.
const real = fixtureText(heldOut33);

describe('round 33 readings, on the texts they were written for', () => {
  it("reads an invocation's body said to be oversize as the record's size, over the generic ValidationError", () => {
    expect(causeOf(real('examples4485-serverless-invoke-oversize-body'))).toBe('data');
  });

  it("reads a pipeline step said unable to depend on another as the definition's", () => {
    expect(causeOf(real('sdkinteg-pipeline-condstep-depends-on-failstep'))).toBe('validation');
  });

  it('reads AWS retiring a product as nothing of the request to change, whatever code refused the call', () => {
    expect(causeOf(real('sdk3830-edge-packaging-retired-validation'))).toBe('unknown');
  });

  it.each([
    ['feedback85-jumpstart-deploy-model-name-pattern', 'validation'],
    ['feedback203-jumpstart-deploy-endpoint-config-scp', 'scp'],
    ['sagemakercore225-serverless-config-memorysizeinmb-casing', 'validation'],
    ['boto3-4055-async-config-s3failurepath-unknown', 'validation'],
    ['examples1305-labeling-job-humantaskuiarn-unknown', 'validation'],
    ['sdkinteg-automl-target-attribute-not-in-header', 'validation'],
    ['sdkinteg-automl-data-builder-not-completed', 'unknown'],
    ['sdkinteg-pipeline-clarify-check-violation', 'unknown'],
    ['sdkinteg-pipeline-quality-check-violation', 'unknown'],
    ['safedeploy30-monitoring-schedule-cfn-general-service', 'unknown'],
    ['feedback125-canvas-cannot-process-request', 'unknown'],
    ['ackendpoint-update-error-check-failurereason', 'unknown'],
    ['mlopsedge17-stepfunctions-model-package-list-empty', 'unknown'],
  ])('keeps the first pass on the texts it read as labelled (%s)', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });
});

describe('round 33 readings in other wordings', () => {
  it.each([
    ['an asynchronous invocation, a payload', 'An error occurred (ValidationError) when calling the InvokeEndpointAsync operation: Request has oversize payload.'],
    ['an oversized body, no code', 'ModelError: request with an oversized body'],
  ])('a body said to be oversize on a call that carries a record (%s): the record', (_name, text) => {
    expect(causeOf(text)).toBe('data');
  });

  it.each([
    ['steps by the word, quoted', "Step 'Train' cannot depend on step 'Evaluate'"],
    ['may not, the', 'ProcessingStep may not depend on the FailStep'],
    ["under SageMaker's ClientError", 'ClientError: Pipeline definition invalid: TrainStep can not depends on TrainStep'],
  ])('a step said unable to depend on another (%s): the definition', (_name, text) => {
    expect(causeOf(text)).toBe('validation');
  });

  it.each([
    ['another product, another call', 'An error occurred (ValidationException) when calling the CreateEdgePackagingJob operation: We are retiring Amazon SageMaker Edge Manager on April 26th, 2024.'],
    ['discontinued, no code', 'AWS CodeCommit has been discontinued for new customers'],
  ])('AWS retiring a product (%s): nothing to read', (_name, text) => {
    expect(causeOf(text)).toBe('unknown');
  });
});

describe('round 33 readings at their limits', () => {
  it("a control plane's own body said oversize is the request's", () => {
    expect(causeOf('An error occurred (ValidationException) when calling the CreateModel operation: Request has oversize body')).toBe('validation');
  });

  it.each([
    ['another refusal on the same call', 'An error occurred (ValidationException) when calling the InvokeEndpoint operation: Invalid content type'],
    ['an endpoint not found', 'ValidationError: An error occurred (ValidationError) when calling the InvokeEndpoint operation: Endpoint foo of account 1 not found.'],
  ])('an invocation refused for anything but its size keeps its validation code (%s)', (_name, text) => {
    expect(causeOf(text)).toBe('validation');
  });

  it.each([
    ['an image', 'oversized image detected, resizing'],
    ['a batch', 'the oversize batch was split'],
  ])('"oversize" before what is not a body, a payload or a message is not read (%s)', (_name, text) => {
    expect(causeOf(text)).toBe('unknown');
  });

  it.each([
    ['modules', 'Module core cannot depend on module app'],
    ['tasks', 'Task build cannot depend on task test'],
  ])("what is not a pipeline's step unable to depend on another is not read (%s)", (_name, text) => {
    expect(causeOf(text)).toBe('unknown');
  });

  it("a step's dependency under an AlgorithmError is the code's", () => {
    expect(causeOf('AlgorithmError: TrainStep cannot depend on EvalStep')).toBe('user-code');
  });

  it.each([
    ['an instance type', 'An error occurred (ValidationException) when calling the CreateTrainingJob operation: The instance type ml.p2.xlarge has been retired', 'validation'],
    ['an unsupported product in a region', 'An error occurred (ValidationException) when calling the CreateEndpoint operation: Amazon Elastic Inference is not supported in this region', 'validation'],
    ["an EC2 instance's retirement", 'The EC2 instance i-0abc is scheduled for retirement', 'unknown'],
    ['a bucket, no brand', 'we are retiring the old bucket next week', 'unknown'],
  ])('what is retired but is not an AWS product keeps its reading (%s)', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });
});
