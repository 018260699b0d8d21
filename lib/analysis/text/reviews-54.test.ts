import reviewed from './review-sets/fifty-fourth-review.json';
import { describeReviewSets } from '../test-support/review-sets';

// The fifty-fourth review (docs/failure-texts.md): an independent reviewer's texts around rounds 140 to 143's readings (a
// denial whose head was cut, S3's TooManyBuckets, a limit code's rate message, Go's fields over lines, KMS's key words, a
// subnet short of addresses, a VPC endpoint's name, STS's federation refusals, Hadoop's credentials, Athena's and EMR's
// error types, a failed query's own state, S3A behind s3://), labelled before running. The texts that read as labelled
// after the review's mends are kept here; the rest are named in the docs with the reason they are left.
describeReviewSets([['the fifty-fourth review', reviewed, 90]]);
