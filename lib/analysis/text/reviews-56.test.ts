import { describe, expect, it } from 'vitest';
import reviewed from './review-sets/fifty-sixth-review.json';
import { causeOf } from '../test-support/text-readings';

// The fifty-sixth review (docs/failure-texts.md): an independent reviewer's texts around rounds 147 to 150's readings (the
// operation as the PHP SDK, Fluent Bit and the Ruby SDK name it, CI tools' write verbs, TRACE and a quiet record's escaped
// lines, throughput limits, Ruby's and Go's network failures, a retried connection, AWS's 5xx to HTTP clients and pulls,
// the .NET, PHP and Ruby SDKs' credential and refusal sentences), labelled before running. The texts that read as labelled
// after the review's mends are kept here; the rest are named in the docs with the reason they are left.
const texts = reviewed as readonly { id: string; text: string; expected: { cause: string } }[];

describe('the fifty-sixth review', () => {
  it('keeps the texts that read as labelled', () => {
    expect(texts.length).toBe(82);
  });

  it.each(texts.map((t) => [t.id, t.text, t.expected.cause] as const))('%s reads as labelled', (_id, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });
});
