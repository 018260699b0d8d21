import reviewed from './review-sets/sixtieth-review.json';
import { describeReviewSets } from '../test-support/review-sets';

// The sixtieth review (docs/failure-texts.md): an independent reviewer's texts around rounds 168 to 177's readings (a list of
// possible causes, an image reference, Step Functions' SDK integration errors, a class the code names, the missing region in
// other SDKs' words, the not-found and limit codes, a role told it cannot call an API, Node's and curl's connection errors,
// the Secrets Store CSI mount, capacity and room said in words) and the fifty-ninth review's mends, labelled before running.
// The texts that read as labelled after the review's mends are kept here; the rest are named in the docs with the reason
// they are left.
describeReviewSets([['the sixtieth review', reviewed, 88]]);
