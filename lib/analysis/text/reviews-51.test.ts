import { describe, expect, it } from 'vitest';
import reviewed from './review-sets/fifty-first-review.json';
import { causeOf } from '../test-support/text-readings';

// The fifty-first review (docs/failure-texts.md): an independent reviewer's texts around rounds 117 to 127's readings (a
// transform's 5xx, the default loader's missing file, AWS's status notices, Python's type errors quoted without the
// class, S3's answers after an empty prefix, Hadoop S3A's refused operations, a cluster's 401 and access entries,
// CloudFormation's template fetch, InvalidSignatureException, AWS's coral namespace, a Java throwable under an INFO
// record, TF Serving's missing servable), labelled before running. The texts that read as labelled after the review's
// mends are kept here; the rest are named in the docs with the reason they are left.
const texts = reviewed as readonly { id: string; text: string; expected: { cause: string } }[];

describe('the fifty-first review', () => {
  it('keeps the texts that read as labelled', () => {
    expect(texts.length).toBe(77);
  });

  it.each(texts.map((t) => [t.id, t.text, t.expected.cause] as const))('%s reads as labelled', (_id, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });
});
