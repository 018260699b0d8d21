import reviewed from './review-sets/fifty-eighth-review.json';
import { describeReviewSets } from '../test-support/review-sets';

// The fifty-eighth review (docs/failure-texts.md): an independent reviewer's texts around rounds 155 to 158's readings
// (CloudTrail's records, Redshift's assume and load reports, YARN's memory kills, a rate code offering a limit increase,
// Identity Center's and aws-vault's credential sentences, Go v1's parameter report, SAML's provider refusals, ECR's
// repository sentence and its refusals), labelled before running. The texts that read as labelled after the review's
// mends are kept here; the rest are named in the docs with the reason they are left.
describeReviewSets([['the fifty-eighth review', reviewed, 88]]);
