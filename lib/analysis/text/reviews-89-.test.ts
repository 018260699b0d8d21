import eightyNinth from './review-sets/eighty-ninth-review.json';
import ninetieth from './review-sets/ninetieth-review.json';
import ninetyFirst from './review-sets/ninety-first-review.json';
import ninetySecond from './review-sets/ninety-second-review.json';
import ninetyThird from './review-sets/ninety-third-review.json';
import ninetyFourth from './review-sets/ninety-fourth-review.json';
import ninetyFifth from './review-sets/ninety-fifth-review.json';
import ninetySixth from './review-sets/ninety-sixth-review.json';
import ninetySeventh from './review-sets/ninety-seventh-review.json';
import ninetyEighth from './review-sets/ninety-eighth-review.json';
import ninetyNinth from './review-sets/ninety-ninth-review.json';
import hundredth from './review-sets/hundredth-review.json';
import { describeReviewSets } from '../test-support/review-sets';

// The eighty-ninth to hundredth reviews (docs/failure-texts.md): an independent reviewer's texts, labelled before running.
// The eighty-ninth wrote LLM fine-tuning failures in the words of the libraries that run them; the ninetieth, ninety-third
// and ninety-seventh aimed at the mends before them; the ninety-first and ninety-fifth quoted real threads and AWS's pages
// the fixtures did not hold yet; the ninety-second wrote SageMaker's other job kinds; the ninety-fourth the permission
// causes as every client prints them; the ninety-sixth SageMaker's stages over details of libraries no text had shown; the
// ninety-eighth long, noisy logs with red herrings before the failure; the ninety-ninth the kinds an issue named, in fresh
// wordings; the hundredth the failures as other tools relay and mangle them. The texts that read as labelled after all
// twelve reviews' mends are kept here; the rest are named in the docs.
describeReviewSets([
  ['the eighty-ninth review', eightyNinth, 93],
  ['the ninetieth review', ninetieth, 92],
  ['the ninety-first review', ninetyFirst, 9],
  ['the ninety-second review', ninetySecond, 77],
  ['the ninety-third review', ninetyThird, 90],
  ['the ninety-fourth review', ninetyFourth, 102],
  ['the ninety-fifth review', ninetyFifth, 3],
  ['the ninety-sixth review', ninetySixth, 95],
  ['the ninety-seventh review', ninetySeventh, 74],
  ['the ninety-eighth review', ninetyEighth, 66],
  ['the ninety-ninth review', ninetyNinth, 95],
  ['the hundredth review', hundredth, 94],
]);
