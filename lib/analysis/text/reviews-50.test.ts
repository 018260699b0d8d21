import reviewed from './review-sets/fiftieth-review.json';
import { describeReviewSets } from '../test-support/review-sets';

// The fiftieth review (docs/failure-texts.md): an independent reviewer's texts around rounds 113 to 116's readings (an
// errors module's class, the loader's line, CloudFormation's handler codes, the runtime's bare statuses as httpx,
// requests and aiohttp print them), labelled before running. The texts that read as labelled after the review's mends
// are kept here; the rest are named in the docs with the reason they are left.
describeReviewSets([['the fiftieth review', reviewed, 72]]);
