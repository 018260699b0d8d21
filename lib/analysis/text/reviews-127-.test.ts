import hundredAndTwentySeventh from './review-sets/hundred-and-twenty-seventh-review.json';
import hundredAndTwentyEighth from './review-sets/hundred-and-twenty-eighth-review.json';
import hundredAndTwentyNinth from './review-sets/hundred-and-twenty-ninth-review.json';
import hundredAndThirtieth from './review-sets/hundred-and-thirtieth-review.json';
import hundredAndThirtyFirst from './review-sets/hundred-and-thirty-first-review.json';
import hundredAndThirtySecond from './review-sets/hundred-and-thirty-second-review.json';
import hundredAndThirtyThird from './review-sets/hundred-and-thirty-third-review.json';
import hundredAndThirtyFourth from './review-sets/hundred-and-thirty-fourth-review.json';
import hundredAndThirtyFifth from './review-sets/hundred-and-thirty-fifth-review.json';
import hundredAndThirtySeventh from './review-sets/hundred-and-thirty-seventh-review.json';
import { describeReviewSets } from '../test-support/review-sets';

// The hundred-and-twenty-seventh to hundred-and-thirty-fifth and hundred-and-thirty-seventh reviews (docs/failure-texts.md): an independent reviewer's texts,
// labelled before running. The hundred-and-twenty-seventh a fifth measurement-like mix from the SDK's, the examples' and the
// containers' threads of 2023 to 2026; the hundred-and-twenty-eighth AWS's own pages and the commit messages of AWS's
// repositories; the hundred-and-twenty-ninth the ML libraries' threads and notebooks' saved outputs run on SageMaker; the
// hundred-and-thirtieth readings the classifier must and must not make (policy types named, warnings and retries before the
// failure, posts quoting an old error); the hundred-and-thirty-first aimed at the first four's mends, where they must and must not
// read; the hundred-and-thirty-second the rarer causes (internal, capacity, quota, throttling, the named policies); the
// hundred-and-thirty-third and hundred-and-thirty-fourth posts as users write them (a title, a paragraph, the error pasted); the
// hundred-and-thirty-fifth aimed at the later mends; the hundred-and-thirty-seventh one-line reasons as DescribeTrainingJob
// returns them. The texts that read as labelled after their mends are kept here, less three
// another set already holds; the rest are named in the docs.
describeReviewSets([
  ['the hundred-and-twenty-seventh review', hundredAndTwentySeventh, 46],
  ['the hundred-and-twenty-eighth review', hundredAndTwentyEighth, 35],
  ['the hundred-and-twenty-ninth review', hundredAndTwentyNinth, 16],
  ['the hundred-and-thirtieth review', hundredAndThirtieth, 31],
  ['the hundred-and-thirty-first review', hundredAndThirtyFirst, 58],
  ['the hundred-and-thirty-second review', hundredAndThirtySecond, 39],
  ['the hundred-and-thirty-third review', hundredAndThirtyThird, 50],
  ['the hundred-and-thirty-fourth review', hundredAndThirtyFourth, 33],
  ['the hundred-and-thirty-fifth review', hundredAndThirtyFifth, 56],
  ['the hundred-and-thirty-seventh review', hundredAndThirtySeventh, 27],
]);
