import { describe, expect, it } from 'vitest';
import heldOut63 from './fixtures/held-out-63.json';
import heldOut64 from './fixtures/held-out-64.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 63 (Hugging Face model discussions) and 64 (Chinese, Traditional Chinese and Korean material): each first-pass
// miss read by its structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText([...heldOut63, ...heldOut64]);

describe("a serving container refusing the model it was given, or the request's length", () => {
  it.each([
    ['hf-llava16-mistral23-invoke-llava-next-not-recognized', 'validation'],
    ['hf-gemma7b42-tgi-unsupported-model-type-gemma', 'validation'],
    ['hf-replit-code13-invoke-task-couldnt-be-inferenced', 'validation'],
    ['hf-falcon40b-instruct47-tgi-input-tokens-plus-max-new-tokens', 'data'],
    ['hf-detr-resnet50-14-invoke-requires-timm', 'user-code'],
    ['sm-quickstart-zh-demo05-xgboost-wrong-model-format-worker-boot', 'data'],
  ])('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it('reads the same structures in other words, and not a script of the job', () => {
    expect(causeOf('ValueError: Unsupported model architecture qwen2_vl')).toBe('validation');
    expect(causeOf('{"error":"Input validation error: `inputs` must have less than 4096 tokens. Given: 5000","error_type":"validation"}')).toBe('data');
    expect(causeOf('Traceback (most recent call last):\n  File "/opt/ml/code/train.py", line 3, in <module>\nValueError: Unsupported model type foo in my registry')).toBe('user-code');
    expect(causeOf('RuntimeError: Model /tmp/checkpoints/last.pt cannot be loaded')).not.toBe('data');
  });
});

describe("an image, a subnet's zone and a session token, in the service's words", () => {
  it.each([
    ['sm-quickstart-zh-demo05-createmodel-cannot-pull-image', 'ecr'],
    ['sm-quickstart-zh-demo01-domain-subnet-az-no-efs-mount', 'vpc'],
    ['sagemakerdemo-zh-tw-unified-studio-invalid-expired-auth-token', 'expired-credentials'],
  ])('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it('does not take a pull from another registry or a zone said of something else', () => {
    expect(causeOf('Warning: cannot pull docker.io/library/python:3.10, using the cached image')).not.toBe('ecr');
    expect(causeOf('The instance type is in an Availability Zone that does not support it')).not.toBe('vpc');
  });
});
