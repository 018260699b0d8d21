import { describe, expect, it } from 'vitest';
import reviewed from './review-sets/fifty-third-review.json';
import { causeOf } from '../test-support/text-readings';

// The fifty-third review (docs/failure-texts.md): an independent reviewer's texts around rounds 136 to 139's readings (the
// credential service's failed request, Java's and DuckDB's no-credentials words, Go's and reqwest's unsent requests, ECS's
// task-network sentences and placement failures, a pull's disk and layer writes, the pullers' missing-image words, the
// kubelet's evictions, CannotStartContainerError, argparse's report by the script's name, DeepSpeed's return code, the
// hub's local-cache sentence), labelled before running. The texts that read as labelled after the review's mends are kept
// here; the rest are named in the docs with the reason they are left.
const texts = reviewed as readonly { id: string; text: string; expected: { cause: string } }[];

describe('the fifty-third review', () => {
  it('keeps the texts that read as labelled', () => {
    expect(texts.length).toBe(90);
  });

  it.each(texts.map((t) => [t.id, t.text, t.expected.cause] as const))('%s reads as labelled', (_id, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });
});
