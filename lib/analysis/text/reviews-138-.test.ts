import hundredAndThirtyEighth from './review-sets/hundred-and-thirty-eighth-review.json';
import hundredAndThirtyNinth from './review-sets/hundred-and-thirty-ninth-review.json';
import hundredAndFortieth from './review-sets/hundred-and-fortieth-review.json';
import hundredAndFortyFirst from './review-sets/hundred-and-forty-first-review.json';
import hundredAndFortySecond from './review-sets/hundred-and-forty-second-review.json';
import hundredAndFortyThird from './review-sets/hundred-and-forty-third-review.json';
import hundredAndFortyFourth from './review-sets/hundred-and-forty-fourth-review.json';
import hundredAndFortyFifth from './review-sets/hundred-and-forty-fifth-review.json';
import hundredAndFortySixth from './review-sets/hundred-and-forty-sixth-review.json';
import hundredAndFortySeventh from './review-sets/hundred-and-forty-seventh-review.json';
import hundredAndFortyEighth from './review-sets/hundred-and-forty-eighth-review.json';
import hundredAndFortyNinth from './review-sets/hundred-and-forty-ninth-review.json';
import hundredAndFiftieth from './review-sets/hundred-and-fiftieth-review.json';
import { describeReviewSets } from '../test-support/review-sets';

// The hundred-and-thirty-eighth to hundred-and-fiftieth reviews (docs/failure-texts.md): independent reviewers' texts,
// labelled before running. The hundred-and-thirty-eighth the ML libraries' threads of 2024 to 2026; the hundred-and-thirty-ninth
// AWS's own wordings; the hundred-and-fortieth the error strings of the SDK, the toolkits, the built-in containers and the tools
// that wrap SageMaker; the hundred-and-forty-first posts as users write them; the hundred-and-forty-second log excerpts whose
// warnings and retries stand before or after the failure; the hundred-and-forty-third real classes and stages with details from
// other threads; the hundred-and-forty-fourth the SDK's reason forms as runbooks and notes quote them; the hundred-and-forty-fifth
// the kinds of text the known gaps name; the hundred-and-forty-sixth and hundred-and-forty-seventh held texts in the
// wrappers they arrive in; the hundred-and-forty-eighth older threads, 2018 to 2022; the hundred-and-forty-ninth decoy words in
// real posts and commit messages; the hundred-and-fiftieth commit messages of 2023 to 2026 that paste a failure. The texts that read as
// labelled after their mends are kept here, less three other sets already hold; the rest are named in the docs.
describeReviewSets([
  ['the hundred-and-thirty-eighth review', hundredAndThirtyEighth, 26],
  ['the hundred-and-thirty-ninth review', hundredAndThirtyNinth, 43],
  ['the hundred-and-fortieth review', hundredAndFortieth, 27],
  ['the hundred-and-forty-first review', hundredAndFortyFirst, 15],
  ['the hundred-and-forty-second review', hundredAndFortySecond, 32],
  ['the hundred-and-forty-third review', hundredAndFortyThird, 41],
  ['the hundred-and-forty-fourth review', hundredAndFortyFourth, 19],
  ['the hundred-and-forty-fifth review', hundredAndFortyFifth, 41],
  ['the hundred-and-forty-sixth review', hundredAndFortySixth, 40],
  ['the hundred-and-forty-seventh review', hundredAndFortySeventh, 38],
  ['the hundred-and-forty-eighth review', hundredAndFortyEighth, 22],
  ['the hundred-and-forty-ninth review', hundredAndFortyNinth, 29],
  ['the hundred-and-fiftieth review', hundredAndFiftieth, 27],
]);
