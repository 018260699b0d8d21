import reviewed from './review-sets/fifty-sixth-review.json';
import { describeReviewSets } from '../test-support/review-sets';

// The fifty-sixth review (docs/failure-texts.md): an independent reviewer's texts around rounds 147 to 150's readings (the
// operation as the PHP SDK, Fluent Bit and the Ruby SDK name it, CI tools' write verbs, TRACE and a quiet record's escaped
// lines, throughput limits, Ruby's and Go's network failures, a retried connection, AWS's 5xx to HTTP clients and pulls,
// the .NET, PHP and Ruby SDKs' credential and refusal sentences), labelled before running. The texts that read as labelled
// after the review's mends are kept here; the rest are named in the docs with the reason they are left.
describeReviewSets([['the fifty-sixth review', reviewed, 82]]);
