import { describe, expect, it } from 'vitest';
import heldOut60 from './fixtures/held-out-60.json';
import heldOut61 from './fixtures/held-out-61.json';
import heldOut62 from './fixtures/held-out-62.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 60 (threads of the containers and toolkits), 61 (hosting) and 62 (processing, pipelines, registry,
// monitoring, labeling, compilation): each first-pass miss read by its structure, then the same structure in other
// wordings (constructed) and its limits.
const real = fixtureText([...heldOut60, ...heldOut61, ...heldOut62]);

describe('what the environment the job was given lacks', () => {
  it('a serving kernel that only supports newer GPUs refuses the instance type', () => {
    expect(causeOf(real('tgi2037-flashattention-ampere-only-t4'))).toBe('validation');
    expect(causeOf('ValueError: bf16 only supports compute capability 8.0 or higher')).toBe('validation');
    expect(causeOf('Traceback (most recent call last):\n  File "/opt/ml/code/train.py", line 3, in <module>\nRuntimeError: this script only supports CUDA devices')).toBe('user-code');
  });

  it("a version that does not match the one needed, or is below the minimum, is the environment's", () => {
    expect(causeOf(real('buildtraindeploy38-step-local-python-version-mismatch'))).toBe('validation');
    expect(causeOf(real('remotedecorator1-deserialization-corrupt-metadata-sdk-version'))).toBe('validation');
    expect(causeOf('Traceback (most recent call last):\n  File "/opt/ml/code/train.py", line 9, in <module>\n    check()\nRuntimeError: tokenizer version 2 does not match model version 3')).toBe('user-code');
  });

  it("the platform's reading of a hyperparameter that does not decode is the job's value", () => {
    expect(causeOf(real('tftoolkit84-hyperparameters-not-json'))).toBe('validation');
    expect(causeOf('Traceback (most recent call last):\n  File "/opt/ml/code/train.py", line 4, in <module>\n    cfg = json.load(open("settings.json"))\njson.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)')).toBe('user-code');
  });
});

describe("a job's model or its status", () => {
  it.each([
    ['sdk2062-neo-compile-no-mxnet-symbol-json', 'data'],
    ['hf-t5-uk-us-sagemaker-lm-head-weight-missing', 'user-code'],
    ['dlc6299-pending-waiting-for-capacity', 'capacity'],
  ])('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it('a wait for capacity the job went past yields to the failure after it', () => {
    expect(causeOf('2024-01-01 10:00:00 Pending - Training job waiting for capacity\n2024-01-01 11:00:00 Training - Training image download completed.\nRuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB')).toBe('out-of-memory');
  });
});

describe('code that failed in its own words', () => {
  it("json's refusal of an object it cannot serialize is the code's", () => {
    expect(causeOf(real('sdk3463-jsonget-parameterstring-not-json-serializable'))).toBe('user-code');
    expect(causeOf('TypeError: Object of type datetime is not JSON serializable')).toBe('user-code');
  });

  it("a Lambda function that ran and raised is its code's, whatever remedies follow", () => {
    expect(causeOf(real('comprehendannot3-labeling-job-prehumantask-lambda-unhandled'))).toBe('user-code');
    expect(causeOf('ClientError: Exception invoking the Lambda function arn:aws:lambda:us-east-1:1:function:f. Ensure the Lambda function exists, that the role arn:aws:iam::1:role/r has permissions to invoke it and try your request again.')).not.toBe('user-code');
  });
});
