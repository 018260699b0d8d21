/** Items as a sentence lists them: "a", "a and b", "a, b, and c". */
const LIST = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

export function inWords(items: readonly string[]): string {
  return LIST.format([...new Set(items)]);
}

/** A sentence's first letter upper-cased ("the bucket policy of b …" opening a note). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
