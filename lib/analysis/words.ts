/** Items as a sentence lists them: "a", "a and b", "a, b, and c". */
const LIST = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

export function inWords(items: readonly string[]): string {
  return LIST.format([...new Set(items)]);
}
