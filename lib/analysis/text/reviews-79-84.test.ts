import seventyNinth from './review-sets/seventy-ninth-review.json';
import eightieth from './review-sets/eightieth-review.json';
import eightyFirst from './review-sets/eighty-first-review.json';
import eightySecond from './review-sets/eighty-second-review.json';
import eightyThird from './review-sets/eighty-third-review.json';
import eightyFourth from './review-sets/eighty-fourth-review.json';
import { describeReviewSets } from '../test-support/review-sets';

// The seventy-ninth to eighty-fourth reviews (docs/failure-texts.md): an independent reviewer's texts, labelled before running.
// The seventy-ninth wrote SageMaker's FailureReason heads (class and stage) with details no text had shown, to see that an
// unseen detail still lands on its side and stage; the eightieth wrote failures in the words libraries' own sources raise
// (s3fs, botocore, PyTorch, DeepSpeed, Hugging Face, XGBoost, Pillow), wrapped as jobs show them; the eighty-first aimed at
// the mends of those two; the eighty-second crossed each stage with a detail of another cause; the eighty-third and
// eighty-fourth wrote the serving stack's and the training-side libraries' and containers' own messages. The texts that read as
// labelled after the reviews' mends are kept here; the rest are named in the docs.
describeReviewSets([
  ['the seventy-ninth review', seventyNinth, 105],
  ['the eightieth review', eightieth, 122],
  ['the eighty-first review', eightyFirst, 80],
  ['the eighty-second review', eightySecond, 114],
  ['the eighty-third review', eightyThird, 110],
  ['the eighty-fourth review', eightyFourth, 101],
]);
