import { describe, expect, it } from 'vitest';
import heldOut32 from './fixtures/held-out-32.json';
import { classifyText } from '../classify-text';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Round 32 of the held-out texts (held-out-32.json, sources no earlier round cited: Feature Store and
// Lake Formation threads, Studio's feedback repository, a model server's and an API gateway's threads,
// OpenMetadata, a compose file for MLflow): the misses of the first pass, read by their structure, then
// the same structure in other wordings (constructed, not copied from a source) and its limits.
const real = fixtureText(heldOut32);

describe('round 32 readings, on the texts they were written for', () => {
  it('reads permissions named by the system that grants them as a denial', () => {
    expect(causeOf(real('sdk6048-lake-formation-glue-table-insufficient'))).toBe('other-permission');
  });

  it("reads a role's permissions said to need an IAM action as that action denied", () => {
    const diagnosis = classifyText({ failureReason: real('feedback190-studio-execution-role-listspaces') });
    expect(diagnosis.cause).toBe('other-permission');
    expect(diagnosis.deniedRequest?.action).toBe('sagemaker:listSpaces');
  });

  it("reads a model server's frame over its size limit as the record's size", () => {
    expect(causeOf(real('sdk1096-mms-response-message-size-exceed-limit'))).toBe('data');
  });

  it.each(['stdapi43-managed-scaling-min-instance-count-zero', 'stdapi43-inference-component-copy-count-zero'])(
    "reads a setting's count beside the bound it must be past as the request's value (%s)",
    (id) => {
      expect(causeOf(real(id))).toBe('validation');
    },
  );

  it.each([
    ['examples2079-featuregroup-lake-formation-create-database', 'other-permission'],
    ['fsworkshop69-listcrawlers-accessdenied-bare', 'other-permission'],
    ['agenticdata8-s3-upload-failed-bedrock-ingestion-denied', 'other-permission'],
    ['openmetadata15923-glue-gettables-scp-warning-line', 'scp'],
    ['djl2567-async-response-no-content-length', 'unknown'],
    ['feedback185-jupyterlab-space-unknownerror', 'unknown'],
    ['mlflowcompose126-putobject-invalid-access-key-id', 'expired-credentials'],
  ])('keeps the first pass on the texts it read as labelled (%s)', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });
});

describe('round 32 readings in other wordings', () => {
  it.each([
    ['IAM named', 'Insufficient IAM permissions to create the endpoint'],
    ['privileges', 'insufficient privileges'],
    ['a plural in parentheses with what it was for', 'Insufficient Lake Formation permission(s) on table reviews'],
  ])('permissions named by their system (%s): a denial', (_name, text) => {
    expect(causeOf(text)).toBe('other-permission');
  });

  it('a named S3 permission is still read by its stage words', () => {
    expect(causeOf('User has insufficient Amazon S3 permissions to read the object')).toBe('s3-read');
  });

  it.each([
    ['an S3 read', 'Please update the permissions of the SageMaker execution role to include: s3:GetObject', 's3-read', 's3:GetObject'],
    ['a log stream', 'The permissions of your role must include: logs:CreateLogStream', 'cloudwatch-logs', 'logs:CreateLogStream'],
    ['without a colon, for a user', 'update the permissions for your user role to include sagemaker:CreateTrainingJob', 'other-permission', 'sagemaker:CreateTrainingJob'],
  ])('an action the permissions must include (%s): that action denied', (_name, text, cause, action) => {
    const diagnosis = classifyText({ failureReason: text });
    expect(diagnosis.cause).toBe(cause);
    expect(diagnosis.deniedRequest?.action).toBe(action);
  });

  it.each([
    ["TorchServe's frame", 'org.pytorch.serve.wlm.WorkerThread - Unknown exception\nio.netty.handler.codec.CorruptedFrameException: Message size exceed limit: 37524788'],
    ['a response over the maximum', 'Response size exceeds the maximum limit'],
    ['a request body', 'request size exceeded limit'],
  ])('a message over its size limit (%s): the record sent', (_name, text) => {
    expect(causeOf(text)).toBe('data');
  });

  it("a control-plane request's own body over its limit is the request's", () => {
    expect(causeOf('An error occurred (ValidationException) when calling the CreateModel operation: Request size exceeds limit')).toBe('validation');
  });

  it.each([
    ['must be', 'Max instance count must be greater than 0'],
    ['an API field, or equal to', 'InitialInstanceCount needs to be greater than or equal to 1'],
    ['a size, should be', 'Batch size should be larger than 0'],
  ])("a setting's bound (%s): the request's value", (_name, text) => {
    expect(causeOf(text)).toBe('validation');
  });
});

describe('round 32 readings at their limits', () => {
  it.each([
    ['disk space', 'Insufficient disk space', 'disk-space'],
    ['capacity', 'insufficient capacity to launch ml.p4d.24xlarge', 'capacity'],
    ['memory', 'Insufficient memory to allocate tensor', 'out-of-memory'],
  ])('"insufficient" before no permission word is not a denial (%s)', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });

  it.each([
    ['a retry policy, no action', 'the permissions of the pipeline include a retry policy'],
    ['a bucket, no action', 'update the permissions of your execution role to include the new bucket'],
  ])('permissions said to include something that is not an IAM action are not a denial (%s)', (_name, text) => {
    expect(causeOf(text)).toBe('unknown');
  });

  it.each([
    ["the account's vCPU limit", 'Your request exceeds the vCPU limit for your account'],
    ['an instance usage limit', 'ml.p3.2xlarge for training job usage limit exceeded'],
  ])('a limit that is not a size is still a quota (%s)', (_name, text) => {
    expect(causeOf(text)).toBe('quota');
  });

  it("a script's own check of a size is the code's", () => {
    expect(causeOf('ValueError: batch size must be greater than 0')).toBe('user-code');
  });

  it("the dataset's count is not a setting's bound", () => {
    expect(causeOf('The number of samples 5 must be greater than 32')).not.toBe('validation');
  });

  it('a value said greater than a number, no setting named, is not read', () => {
    expect(causeOf('the value is greater than 0')).toBe('unknown');
  });

  it("a bound under the container's traceback is the training code's", () => {
    const text = 'Traceback (most recent call last):\n  File "/opt/ml/code/train.py", line 3\nAssertionError: window size must be greater than 2';
    expect(causeOf(text)).toBe('user-code');
  });
});
