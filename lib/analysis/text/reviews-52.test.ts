import reviewed from './review-sets/fifty-second-review.json';
import { describeReviewSets } from '../test-support/review-sets';

// The fifty-second review (docs/failure-texts.md): an independent reviewer's texts around rounds 131 to 135's readings (the
// AWS SDK for C++'s codes as Apache Arrow prints them, S3's unsigned request, credential providers that gave nothing,
// OAuth's invalid_grant, octal-escaped colour codes, Text Generation Inference's router line, TF Serving's "not formatted
// correctly", scikit-learn's older feature count, the SDK's signature TypeError, Hadoop FsShell's commands, a CLI's
// kebab-case options, a refusal's stated bound), labelled before running. The texts that read as labelled after the
// review's mends are kept here; the rest are named in the docs with the reason they are left.
describeReviewSets([['the fifty-second review', reviewed, 85]]);
