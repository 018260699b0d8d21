import reviewed from './review-sets/fifty-first-review.json';
import { describeReviewSets } from '../test-support/review-sets';

// The fifty-first review (docs/failure-texts.md): an independent reviewer's texts around rounds 117 to 127's readings (a
// transform's 5xx, the default loader's missing file, AWS's status notices, Python's type errors quoted without the
// class, S3's answers after an empty prefix, Hadoop S3A's refused operations, a cluster's 401 and access entries,
// CloudFormation's template fetch, InvalidSignatureException, AWS's coral namespace, a Java throwable under an INFO
// record, TF Serving's missing servable), labelled before running. The texts that read as labelled after the review's
// mends are kept here; the rest are named in the docs with the reason they are left.
describeReviewSets([['the fifty-first review', reviewed, 77]]);
