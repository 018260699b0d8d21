import { describe, expect, it } from 'vitest';
import heldOut134 from './fixtures/held-out-134.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 130 onward (question-and-answer pages, public code's quotes, the containers' threads, pages in other
// languages, SageMaker's newer surfaces, AWS's wordings in the threads of ML tools): the first-pass misses read by their
// structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText([...heldOut134]);

describe("round 134: a command-line tool's option named in kebab case", () => {
  it('r134-hyp-cli-node-count-or-accelerators reads validation', () => {
    expect(causeOf(real('r134-hyp-cli-node-count-or-accelerators'))).toBe('validation');
  });

  it('reads a kebab-case option with a field suffix beside what is required of it', () => {
    expect(causeOf('Error: instance-type must be specified when node-count is given')).toBe('validation');
    expect(causeOf('error: job-name is required')).toBe('validation');
    // Words with a hyphen are not options: nothing here names a field.
    expect(causeOf('Error: a built-in algorithm must be specified')).toBe('unknown');
    // argparse's own report is the training script's command line, not a request's option.
    expect(causeOf('train.py: error: the following arguments are required: --model-dir')).toBe('unknown');
    // Inside the container the same check is the code's.
    expect(causeOf('AlgorithmError: ValueError: node-count must be specified')).toBe('user-code');
  });
});

describe('round 134: a setting past the bound the refusal states', () => {
  it('r134-studio-space-ebs-volume-too-low reads validation', () => {
    expect(causeOf(real('r134-studio-space-ebs-volume-too-low'))).toBe('validation');
  });

  it("reads 'is too low/high' followed by the minimum or maximum, as the refusal's own sentence", () => {
    expect(causeOf('Volume size is too high. The maximum value is 16384 GB')).toBe('validation');
    expect(causeOf('ValidationException: MaxRuntimeInSeconds is too low, the minimum allowed value is: 1')).toBe('validation');
    // A script's exception saying so is its own check.
    expect(causeOf('ValueError: learning rate is too low. The minimum value is 5')).toBe('user-code');
    // Without the bound, "too low" is a measurement, not a refusal.
    expect(causeOf('Error: accuracy is too low, stopping')).toBe('unknown');
  });
});
