import { describe, expect, it } from 'vitest';
import { causeOf } from '../test-support/text-readings';

// Round 236 (threads of SageMaker's own repositories; docs/failure-texts.md): its one first-pass miss read by its
// structure, with the same structure in other wordings and its limits.

describe('an OSError quoted bare whose errno only a program\u2019s own misuse raises', () => {
  it('is the code\u2019s (was unknown)', () => {
    expect(causeOf('When it tries to access training data it throws an error: "OSError: [Errno 9] Bad file descriptor"')).toBe('user-code');
    expect(causeOf('OSError: [Errno 14] Bad address')).toBe('user-code');
    expect(causeOf('IOError: [Errno 29] Illegal seek')).toBe('user-code');
  });

  it('not the errnos the machine or the network answers with', () => {
    expect(causeOf('OSError: [Errno 28] No space left on device')).toBe('disk-space');
    expect(causeOf('OSError: [Errno 5] Input/output error')).not.toBe('user-code');
    expect(causeOf('OSError: [Errno 111] Connection refused')).not.toBe('user-code');
    expect(causeOf('OSError: [Errno 22] Invalid argument')).not.toBe('user-code');
  });

  it('not the words without the errno, nor another errno with them', () => {
    expect(causeOf('warning: bad file descriptor in the progress bar, ignoring')).not.toBe('user-code');
    expect(causeOf('OSError: [Errno 12] Bad address')).not.toBe('user-code');
  });
});
