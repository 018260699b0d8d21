import { describe, expect, it } from 'vitest';
import reviewed from './review-sets/fifty-eighth-review.json';
import { causeOf } from '../test-support/text-readings';

// The fifty-eighth review (docs/failure-texts.md): an independent reviewer's texts around rounds 155 to 158's readings
// (CloudTrail's records, Redshift's assume and load reports, YARN's memory kills, a rate code offering a limit increase,
// Identity Center's and aws-vault's credential sentences, Go v1's parameter report, SAML's provider refusals, ECR's
// repository sentence and its refusals), labelled before running. The texts that read as labelled after the review's
// mends are kept here; the rest are named in the docs with the reason they are left.
const texts = reviewed as readonly { id: string; text: string; expected: { cause: string } }[];

describe('the fifty-eighth review', () => {
  it('keeps the texts that read as labelled', () => {
    expect(texts.length).toBe(88);
  });

  it.each(texts.map((t) => [t.id, t.text, t.expected.cause] as const))('%s reads as labelled', (_id, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });
});
