import { describe, expect, it } from 'vitest';
import { causeOf } from './text-readings';

/** A review's texts as its JSON file holds them: each labelled by the reviewer before anything ran. */
export type ReviewedText = { readonly id: string; readonly text: string; readonly expected: { readonly cause: string } };

/** A review as its suite names it, its texts, and how many of them the docs say were kept. */
export type ReviewSet = readonly [name: string, texts: readonly ReviewedText[], kept: number];

/**
 * The reviews suite, written once for every review file: each set keeps exactly the count its docs
 * section states (so a text dropped or added without a word in the docs fails), and each text reads
 * as its reviewer labelled it.
 */
export function describeReviewSets(sets: readonly ReviewSet[]): void {
  describe.each(sets)('%s', (_name, texts, kept) => {
    it('keeps the texts that read as labelled', () => {
      expect(texts.length).toBe(kept);
    });

    it.each(texts.map((t) => [t.id, t.text, t.expected.cause] as const))('%s reads as labelled', (_id, text, cause) => {
      expect(causeOf(text)).toBe(cause);
    });
  });
}
