import { describe, expect, it } from 'vitest';
import type { Cause } from '../diagnosis';
import { classifyText } from '../classify-text';
import heldOut12 from './fixtures/held-out-12.json';
import { familyOfCode } from './error-families';
import { readGrammar } from './read-grammar';

// Round 12 of the held-out texts (held-out-12.json, quoted in public code and docs): each miss of the
// first pass, read by its structure, then the same structure in other wordings (constructed, not
// copied from a source) and its limits.
const texts = new Map(heldOut12.map((f) => [f.id, f.text]));
function real(id: string): string {
  const text = texts.get(id);
  if (text === undefined) throw new Error(`no fixture ${id}`);
  return text;
}
const causeOf = (text: string) => classifyText({ failureReason: text }).cause;
const rulesOf = (text: string) => readGrammar(text).map((v) => v.rule);

describe('round 12 grammar rules, on the texts they were written for', () => {
  it.each([
    ["Python's import failure without its class, in a script's log line", 'stygig-train-no-module', 'python-runtime-message', 'user-code'],
    ["SageMaker Runtime's report of the model container not answering in time", 'stygig-invocation-timed-out', 'container-server-error', 'user-code'],
    ['an AWS code named for HTTP 400 (SSM\'s BadRequest)', 'ssh-helper-advanced-instances-tier', 'error-code-validation', 'validation'],
    ["a ClientError giving the input's sample count out of bounds", 'sdk-nova-sft-too-few-samples', 'dataset-size', 'data'],
  ] as [string, string, string, Cause][])('%s', (_name, id, rule, cause) => {
    expect(readGrammar(real(id))).toContainEqual(expect.objectContaining({ rule, cause }));
    expect(causeOf(real(id))).toBe(cause);
  });

  it("leaves a Pipelines call refused with empty details on the job's side, no cause", () => {
    expect(rulesOf(real('graphstorm-pipeline-error-details-null'))).not.toContain('pipeline-invoke-refused');
    expect(causeOf(real('graphstorm-pipeline-error-details-null'))).toBe('unknown');
  });
});

describe('round 12 structures in other wordings', () => {
  it.each([
    ['empty details before Pipelines\' retry sentence', 'ClientError: Failed to invoke sagemaker:CreateTrainingJob. Error Details: null\nRetry not appropriate on execution of step with PipelineExecutionArn arn:aws:sagemaker:us-east-1:111122223333:pipeline/p/execution/x and StepId Train.', 'unknown'],
    ['details left blank', 'ClientError: Failed to invoke sagemaker:CreateModel. Error Details: ', 'unknown'],
    ['another import failure in a handler\'s words', "Failed to load the inference handler: cannot import name 'soft_unicode' from 'markupsafe' (/opt/conda/lib/python3.8/site-packages/markupsafe/__init__.py)", 'user-code'],
    ['a submodule that is not installed', "[ERROR] worker exited: No module named 'transformers.models.llama'", 'user-code'],
    ['a server error from the model container', 'ModelError: An error occurred (ModelError) when calling the InvokeEndpoint operation: Received server error (500) from model with message "Internal Server Error". See logs.', 'user-code'],
    ['the timeout without the ModelError around it', 'Your invocation timed out while waiting for a response from container model-a.', 'user-code'],
    ['another service\'s BadRequestException', 'botocore.errorfactory.BadRequestException: An error occurred (BadRequestException) when calling the CreateDeployment operation: Deployment name must be unique within the stage', 'validation'],
    ['a record count below the minimum', 'ClientError: The number of records 10 is less than the minimum 100 this algorithm requires.', 'data'],
    ['training examples out of range', 'ClientError: Number of training examples 3 is out of range [16, 1000000].', 'data'],
    ['too few samples, in words', 'ClientError: too few samples to split into training and validation sets', 'data'],
  ] as [string, string, Cause][])('%s', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });
});

describe('round 12 structures at their limits', () => {
  it('keeps a Pipelines call whose details say why as the request refused', () => {
    const text = "ClientError: Failed to invoke sagemaker:CreateTrainingJob. Error Details: Cannot use both 'Pipe' and 'FastFile' TrainingInputMode on the same Training Job.";
    expect(rulesOf(text)).toContain('pipeline-invoke-refused');
    expect(causeOf(text)).toBe('validation');
  });

  it('lets a full disk outrank an import failure it caused', () => {
    expect(causeOf("pip install failed: [Errno 28] No space left on device\nNo module named 'torch'")).toBe('disk-space');
  });

  it("reads what the container's message says over the container's server error", () => {
    const text = 'ModelError: An error occurred (ModelError) when calling the InvokeEndpoint operation: Received server error (500) from primary with message "CUDA out of memory. Tried to allocate 2.00 GiB".';
    expect(causeOf(text)).toBe('out-of-memory');
  });

  it("does not read a client error from the container (a refused payload) as the container's code", () => {
    const text = 'ModelError: An error occurred (ModelError) when calling the InvokeEndpoint operation: Received client error (400) from primary with message "unable to evaluate payload provided".';
    expect(rulesOf(text)).not.toContain('container-server-error');
    expect(causeOf(text)).not.toBe('user-code');
  });

  it("takes only AWS's code named for HTTP 400, not other libraries' classes or HTTP's reason phrase", () => {
    expect(familyOfCode('BadRequest')?.id).toBe('validation');
    expect(familyOfCode('BadRequestException')?.id).toBe('validation');
    expect(familyOfCode('BadRequestError')).toBeUndefined();
    expect(rulesOf('requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: https://example.org/api/items')).not.toContain('error-code-validation');
  });

  it('reads the input size only under SageMaker\'s ClientError and without an AWS code', () => {
    expect(causeOf('AlgorithmError: ValueError: number of samples 3 is less than n_splits=5')).toBe('user-code');
    const coded = 'An error occurred (ValidationException) when calling the CreateAutoMLJob operation: ClientError: number of rows 50 is less than the minimum 500';
    expect(rulesOf(coded)).not.toContain('dataset-size');
    expect(causeOf(coded)).toBe('validation');
    // Instances are the job's machines, not its data.
    expect(causeOf('ClientError: The number of instances 4 exceeds the maximum 2 for this algorithm')).not.toBe('data');
  });
});
