import reviewed from './review-sets/fifty-seventh-review.json';
import { describeReviewSets } from '../test-support/review-sets';

// The fifty-seventh review (docs/failure-texts.md): an independent reviewer's texts around rounds 151 to 154's readings
// and the fifty-sixth review's mends (the Java SDK's connection pool, the Java v2 trailer's 5xx, a relayed 4xx, the
// credential chain's DEBUG record, S3's region over a line break, "error from <Op> on", git's 403 from AWS, YARN's exit
// 52, Neuron's allocation failure, a quiet level's place), labelled before running. The texts that read as labelled after
// the review's mends are kept here; the rest are named in the docs with the reason they are left.
describeReviewSets([['the fifty-seventh review', reviewed, 82]]);
