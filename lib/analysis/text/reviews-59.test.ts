import { describe, expect, it } from 'vitest';
import reviewed from './review-sets/fifty-ninth-review.json';
import { causeOf } from '../test-support/text-readings';

// The fifty-ninth review (docs/failure-texts.md): an independent reviewer's texts around rounds 162 to 167's readings (S3 as
// Go's clients name it and their verbs for the call, the record above a Java throwable, the one operation a text names, the
// subnet sentences, Ruby's and the C++ SDK's network errors, the section break in a connection's traceback), labelled before
// running. The texts that read as labelled after the review's mends are kept here; the rest are named in the docs with the
// reason they are left.
const texts = reviewed as readonly { id: string; text: string; expected: { cause: string } }[];

describe('the fifty-ninth review', () => {
  it('keeps the texts that read as labelled', () => {
    expect(texts.length).toBe(78);
  });

  it.each(texts.map((t) => [t.id, t.text, t.expected.cause] as const))('%s reads as labelled', (_id, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });
});
