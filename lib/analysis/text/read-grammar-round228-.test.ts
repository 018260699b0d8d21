import { describe, expect, it } from 'vitest';
import { causeOf } from '../test-support/text-readings';

// Rounds 228 onward: the first-pass misses read by their structure, then the same structure in other wordings (constructed)
// and its limits; and the readings the last session's final read named as uneven, made even.

describe('an input file said missing, every occurrence looked at', () => {
  it('reads the training file that ended the job below a validation file a warning skipped', () => {
    const skipped = '2024-05-02 10:01:02 WARNING file not found: /opt/ml/input/data/validation/val.csv, skipping validation';
    expect(causeOf(`${skipped}\n2024-05-02 10:01:03 ERROR file not found: /opt/ml/input/data/train/train.csv\n2024-05-02 10:01:03 Training job ended with status Failed`)).toBe('data');
    expect(causeOf(`${skipped}\n2024-05-02 10:01:03 Training done`)).toBe('unknown');
  });
});

describe('a warning that says the program went on without what it names', () => {
  it("reads no full disk or missing input on a warning that says training continues or proceeds without it, and reads them on an error's line", () => {
    expect(causeOf('WARNING: No space left on device when writing tensorboard events, training continues without them')).toBe('unknown');
    expect(causeOf('WARNING:__main__:file not found: /opt/ml/input/data/validation/val.csv, proceeding without a validation channel')).toBe('unknown');
    expect(causeOf('ERROR: No space left on device when writing tensorboard events')).toBe('disk-space');
    expect(causeOf('ERROR:__main__:file not found: /opt/ml/input/data/validation/val.csv')).toBe('data');
  });
});
