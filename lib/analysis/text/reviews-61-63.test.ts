import sixtyFirst from './review-sets/sixty-first-review.json';
import sixtySecond from './review-sets/sixty-second-review.json';
import sixtyThird from './review-sets/sixty-third-review.json';
import { describeReviewSets } from '../test-support/review-sets';

// The sixty-first, sixty-second and sixty-third reviews (docs/failure-texts.md): an independent reviewer's texts, labelled before running.
// The sixty-first wrote rounds 162 to 177's wordings as SageMaker training jobs show them (a FailureReason's class and stage,
// the toolkit's lines, the wrappers people paste them in); the sixty-second aimed at what rounds 178 to 187's readings might
// over-read (an error object that is not AWS's answer, a guess after an error, a rank's exit, GLIBC in output that went on,
// memory and disk words, a policy, a payload); the sixty-third, what rounds 188 to 197's might (a sentence quoted, warned of
// and gone past, or written in a guide). The texts that read as labelled after the reviews' mends are kept here; the
// rest are named in the docs with the reason they are left.
describeReviewSets([
  ['the sixty-first review', sixtyFirst, 88],
  ['the sixty-second review', sixtySecond, 84],
  ['the sixty-third review', sixtyThird, 80],
]);
