import hundredAndFirst from './review-sets/hundred-and-first-review.json';
import hundredAndSecond from './review-sets/hundred-and-second-review.json';
import hundredAndThird from './review-sets/hundred-and-third-review.json';
import hundredAndFourth from './review-sets/hundred-and-fourth-review.json';
import { describeReviewSets } from '../test-support/review-sets';

// The hundred-and-first to hundred-and-fourth reviews (docs/failure-texts.md): an independent reviewer's texts, labelled before
// running. The hundred-and-first wrote SageMaker's built-in algorithms' failures; the hundred-and-second the SDK's newer surfaces
// (ModelTrainer, sagemaker-core, the remote decorator, Pipelines, HyperPod); the hundred-and-third a mix across every cause in the
// manner of a measurement corpus; the hundred-and-fourth the framework containers' logs. The texts that read as labelled after
// the four reviews' mends are kept here; the rest are named in the docs.
describeReviewSets([
  ['the hundred-and-first review', hundredAndFirst, 50],
  ['the hundred-and-second review', hundredAndSecond, 52],
  ['the hundred-and-third review', hundredAndThird, 69],
  ['the hundred-and-fourth review', hundredAndFourth, 44],
]);
