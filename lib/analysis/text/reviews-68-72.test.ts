import sixtyEighth from './review-sets/sixty-eighth-review.json';
import sixtyNinth from './review-sets/sixty-ninth-review.json';
import seventieth from './review-sets/seventieth-review.json';
import seventyFirst from './review-sets/seventy-first-review.json';
import seventySecond from './review-sets/seventy-second-review.json';
import { describeReviewSets } from '../test-support/review-sets';

// The sixty-eighth to seventy-second reviews (docs/failure-texts.md): an independent reviewer's texts, labelled before running.
// The sixty-eighth wrote texts as a hidden corpus quoting AWS's documentation would hold them, every cause in the forms users
// paste; the sixty-ninth aimed at what rounds 221 to 224's readings might over-read (the same words in a guide, on a line the
// program went past, in a wrapper's warning) and at the same structures in other wordings; the seventieth wrote SageMaker's
// own FailureReason heads with other details; the seventy-first printed every cause as other clients and tools show it (the
// SDKs for Java, Go, JavaScript and .NET, the CLI, CloudFormation, Terraform's box, alerts, CI logs), hard-wrapped; the
// seventy-second aimed at what the joins and rounds 225 to 227's readings might over-read. The texts that read as labelled
// after the reviews' mends are kept here; the rest are named in the docs.
describeReviewSets([
  ['the sixty-eighth review', sixtyEighth, 123],
  ['the sixty-ninth review', sixtyNinth, 92],
  ['the seventieth review', seventieth, 136],
  ['the seventy-first review', seventyFirst, 118],
  ['the seventy-second review', seventySecond, 79],
]);
