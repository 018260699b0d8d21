import eightyNinth from './review-sets/eighty-ninth-review.json';
import ninetieth from './review-sets/ninetieth-review.json';
import ninetyFirst from './review-sets/ninety-first-review.json';
import ninetySecond from './review-sets/ninety-second-review.json';
import { describeReviewSets } from '../test-support/review-sets';

// The eighty-ninth to ninety-second reviews (docs/failure-texts.md): an independent reviewer's texts, labelled before running.
// The eighty-ninth wrote LLM fine-tuning failures in the words of the libraries that run them (transformers, accelerate,
// DeepSpeed, FSDP, PEFT, bitsandbytes, torchrun, datasets); the ninetieth aimed at the eighty-fifth to eighty-eighth reviews'
// mends (a post's code blocks, urllib3's retries, torch.hub's download line); the ninety-first quoted real threads the
// fixtures did not hold yet; the ninety-second wrote SageMaker's other job kinds (processing, tuning, Pipelines, batch
// transform, endpoints, Neo). The texts that read as labelled after the reviews' mends are kept here; the rest are named in
// the docs.
describeReviewSets([
  ['the eighty-ninth review', eightyNinth, 93],
  ['the ninetieth review', ninetieth, 91],
  ['the ninety-first review', ninetyFirst, 9],
  ['the ninety-second review', ninetySecond, 77],
]);
