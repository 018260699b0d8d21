/**
 * A failure pasted into a Markdown post or a troubleshooting page is often set in bold or italics as a whole
 * ("**ClientError: InputConfiguration: Framework cannot load Tensorflow model: …**", "**Error:** *ClientError:
 * OperatorNotImplemented: …*", the ninety-second review): the asterisks are the page's, not the message's, and hide a
 * line's start from the rules anchored there. A line that is one emphasised span, or a bold label and an emphasised
 * span, is read without them. Only asterisks: underscores are Python's (`__init__`), and a span with a space inside its
 * marks ("* item", "a * b") is no emphasis.
 */

const WHOLE_LINE = /^([ \t]{0,8})(\*{1,2})(?=[^\s*])([^\n]*?[^\s*])\2[ \t]*$/gm;
const LABELLED_LINE = /^([ \t]{0,8})\*\*([A-Z][\w ]{0,30}:)\*\*[ \t]{1,4}(\*{1,2})(?=[^\s*])([^\n]*?[^\s*])\3[ \t]*$/gm;

/** The text with each line set wholly in Markdown emphasis (or a bold label and an emphasised span) as plain words. */
export function withoutLineEmphasis(text: string): string {
  if (!text.includes('*')) return text;
  return text.replace(LABELLED_LINE, '$1$2 $4').replace(WHOLE_LINE, '$1$3');
}
