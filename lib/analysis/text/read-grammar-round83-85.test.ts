import { describe, expect, it } from 'vitest';
import heldOut83 from './fixtures/held-out-83.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 83 to 85 (built-in algorithms, pages in other languages, permission denials): the first-pass misses read by
// their structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText([...heldOut83]);

describe('round 83 miss', () => {
  it('r83-examples1492-ic-images-fewer-than-mini-batch-size reads data', () => {
    expect(causeOf(real('r83-examples1492-ic-images-fewer-than-mini-batch-size'))).toBe('data');
  });

  it("reads a count of the input's images against a bound under the client's class, and not in the code's own check", () => {
    expect(causeOf('ClientError: number of images (12) is smaller than num_classes')).toBe('data');
    expect(causeOf('ClientError: The number of training images must be larger or equal to 2 per class.')).toBe('data');
    expect(causeOf('AlgorithmError: ValueError: number of images must be larger than 0 for resize')).toBe('user-code');
  });
});
