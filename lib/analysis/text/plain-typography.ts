/**
 * A failure text copied from a web page carries the page's typography: a blog or a documentation page
 * sets quotes as “…” and ‘…’ (so "‘s3:GetObject’" and "don’t"), a wiki or an HTML table puts
 * no-break spaces after colons and full stops, and an editor leaves zero-width characters and a
 * byte-order mark. The rules read ASCII quotes and spaces, as SageMaker and the SDKs write them; here
 * each such character becomes the one it stands for, once, before any rule reads the text.
 */

// One pass says whether any is there (most texts hold none).
const GATE = /[\u00a0\u2000-\u200d\u2010\u2011\u2018-\u201f\u2032\u2033\u202f\u205f\u2060\u3000\ufeff]/;
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
// Left, right and low-9 single quotes and the prime; the double forms likewise.
const SINGLE_QUOTES = /[\u2018-\u201b\u2032]/g;
const DOUBLE_QUOTES = /[\u201c-\u201f\u2033]/g;
// The hyphen and the non-breaking hyphen (an editor's "s3:Get‑Object", "--role‑arn"); dashes stay dashes.
const HYPHENS = /[\u2010\u2011]/g;

/** The text with typographic quotes, spaces, hyphens and invisible characters as the plain ASCII a log writes. */
export function plainTypography(text: string): string {
  if (!GATE.test(text)) return text;
  return text.replace(SPACES, ' ').replace(ZERO_WIDTH, '').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(HYPHENS, '-');
}
