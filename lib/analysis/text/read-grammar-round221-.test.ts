import { describe, expect, it } from 'vitest';
import { causeOf } from '../test-support/text-readings';

// Rounds 221 onward: the first-pass misses read by their structure, then the same structure in other wordings (constructed)
// and its limits; and the readings the last session's final read named as uneven, made even.

describe("the SDK's version sentence, every occurrence looked at", () => {
  it('reads the refusal that ended the run below a warning that went on past the same sentence', () => {
    const warned = 'WARNING:sagemaker.image_uris:Unsupported pytorch version: 2.5. You may need to upgrade your SDK version (pip install -U sagemaker) for newer pytorch versions. Falling back to 2.4.';
    const raised = 'ValueError: Unsupported pytorch version: 2.6. You may need to upgrade your SDK version (pip install -U sagemaker) for newer pytorch versions.';
    expect(causeOf(`${warned}\nTraceback (most recent call last):\n${raised}`)).toBe('validation');
    expect(causeOf(`${warned}\n${warned}`)).toBe('unknown');
  });
});
