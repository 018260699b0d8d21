import reviewed from './review-sets/fifty-ninth-review.json';
import { describeReviewSets } from '../test-support/review-sets';

// The fifty-ninth review (docs/failure-texts.md): an independent reviewer's texts around rounds 162 to 167's readings (S3 as
// Go's clients name it and their verbs for the call, the record above a Java throwable, the one operation a text names, the
// subnet sentences, Ruby's and the C++ SDK's network errors, the section break in a connection's traceback), labelled before
// running. The texts that read as labelled after the review's mends are kept here; the rest are named in the docs with the
// reason they are left.
describeReviewSets([['the fifty-ninth review', reviewed, 78]]);
