import { describe, expect, it } from 'vitest';
import heldOut48 from './fixtures/held-out-48.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Round 48 (notebooks' saved output cells): the first pass's misses, read by their structure, then the same
// structure in other wordings (constructed) and its limits.
const real = fixtureText(heldOut48);

describe("a FailureReason as Python's pprint breaks it", () => {
  it("EventBridge's failureReason in adjacent string literals is one string", () => {
    expect(causeOf(real('dongjin-pipeline-event-no-s3-objects'))).toBe('data');
  });

  it("a describe response's FailureReason broken the same way, the second literal in double quotes", () => {
    const text =
      "{'FailureReason': 'ClientError: Artifact upload failed:Error 7: AccessDenied '\n                  \"(403): The role's request was denied\",\n 'TrainingJobStatus': 'Failed'}";
    expect(causeOf(text)).toBe('s3-write');
  });

  it("JSON's value is one string: what follows it is not read into it", () => {
    const text = '{\n  "FailureReason": "InternalServerError: We encountered an internal error. Please try again.",\n  "Note": "ResourceLimitExceeded"\n}';
    expect(causeOf(text)).toBe('internal');
  });
});

describe('a process killed with 137 named as an error code', () => {
  it("the Neuron parallel compiler's \"Received error code: 137\" is memory", () => {
    expect(causeOf(real('philschmid-neuron-parallel-compile-killed-137'))).toBe('out-of-memory');
  });

  it('another error code is not', () => {
    expect(causeOf('ERROR ||PARALLEL_COMPILE||: parallel compilation with neuronx-cc exited with error.Received error code: 1')).not.toBe('out-of-memory');
  });
});
