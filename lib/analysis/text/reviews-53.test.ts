import reviewed from './review-sets/fifty-third-review.json';
import { describeReviewSets } from '../test-support/review-sets';

// The fifty-third review (docs/failure-texts.md): an independent reviewer's texts around rounds 136 to 139's readings (the
// credential service's failed request, Java's and DuckDB's no-credentials words, Go's and reqwest's unsent requests, ECS's
// task-network sentences and placement failures, a pull's disk and layer writes, the pullers' missing-image words, the
// kubelet's evictions, CannotStartContainerError, argparse's report by the script's name, DeepSpeed's return code, the
// hub's local-cache sentence), labelled before running. The texts that read as labelled after the review's mends are kept
// here; the rest are named in the docs with the reason they are left.
describeReviewSets([['the fifty-third review', reviewed, 90]]);
