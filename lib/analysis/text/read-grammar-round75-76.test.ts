import { describe, expect, it } from 'vitest';
import heldOut76 from './fixtures/held-out-76.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Round 76 (a model server's log pasted in a workshop notebook; round 75 read all fifteen of its texts as labelled):
// the first-pass miss read by its structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText([...heldOut76]);

describe('round 76 miss', () => {
  it('r76-djl-workflow-already-registered reads validation', () => {
    expect(causeOf(real('r76-djl-workflow-already-registered'))).toBe('validation');
  });

  it("reads a Java server's ERROR line that says what is invalid, and not an INFO line nor a script's own check", () => {
    expect(causeOf('2024-05-01 10:00:00 ERROR ModelServer Invalid configuration: option.tensor_parallel_degree 8 exceeds the 4 GPUs of this instance.')).toBe('validation');
    expect(causeOf('2024-05-01 10:00:00 INFO ModelServer Invalid configuration: option.x ignored.\nRuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB')).toBe('out-of-memory');
    expect(causeOf('ERROR Trainer Invalid shape.\nTraceback (most recent call last):\n  File "/opt/ml/code/train.py", line 3, in <module>\nValueError: Invalid shape.')).toBe('user-code');
  });
});
