import { describe, expect, it } from 'vitest';
import heldOut212 from './fixtures/held-out-212.json';
import heldOut215 from './fixtures/held-out-215.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 212 onward (threads, pages, public code and AWS's own material quoting SageMaker's jobs and endpoints): the first-pass
// misses read by their structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText([...heldOut212, ...heldOut215]);

describe("round 212: SageMaker hosting's own verdicts on the container's answer and the model archive", () => {
  it("reads SageMaker's verdict that the container's answer broke the contract as the serving code's, not an answer in order", () => {
    expect(causeOf(real('r212-dlc4668-async-header-4096'))).toBe('user-code');
    expect(causeOf('Response received from the primary container was larger than 6 MB.')).toBe('user-code');
    expect(causeOf('INFO Response received from the primary container in 35 ms')).toBe('unknown');
  });

  it('reads the archive-extraction stage cut before its URL as the model archive, not another extraction that failed', () => {
    expect(causeOf(real('r212-gptjblog5-extract-model-archive'))).toBe('data');
    expect(causeOf('Failed to extract the model data archive for container "container_1"')).toBe('data');
    expect(causeOf('Failed to extract JSON from the LLM response')).toBe('unknown');
    expect(causeOf('WARNING: Failed to extract model data archive, retrying')).toBe('unknown');
  });
});

describe("round 215: the SDK's own sentence for a version it has no image for, and a payload's data format", () => {
  it('reads the SDK telling its caller to upgrade it as the version argument, also hard-wrapped, and not a warning saying so', () => {
    expect(causeOf(real('r215-smcore241-unsupported-hf-version'))).toBe('validation');
    expect(causeOf('ValueError: Unsupported pytorch version: 3.9. You may need to upgrade your SDK version (pip install -U sagemaker) for newer pytorch versions.')).toBe('validation');
    expect(causeOf('WARNING: You may need to upgrade your SDK version (pip install -U sagemaker)')).toBe('unknown');
  });

  it("reads a request's data format refused as the payload's, and not a line that only names the format", () => {
    expect(causeOf(real('r215-sdk156-tf-serving-unsupported-request-format'))).toBe('data');
    expect(causeOf('ERROR in serving: Unsupported input data format: [[1, 2], [3]]')).toBe('data');
    expect(causeOf('INFO data format is csv')).toBe('unknown');
  });
});
