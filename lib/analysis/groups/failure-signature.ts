/**
 * The error signature of a failure that is not a permission denial: the exception type and its
 * message with the parts that vary between runs of one bug taken out (numbers, paths, URLs, ARNs,
 * ids), so "CUDA out of memory. Tried to allocate 2.50 GiB" on two jobs is one group. Instance
 * types are kept whole: a quota or capacity failure on ml.g5.12xlarge is not one on ml.p4d.24xlarge.
 */

// SageMaker's and the toolkit's wrappers around the user's own error: never the signature's type.
const WRAPPERS = /^(?:AlgorithmError|ExecuteUserScriptError|ClientError|UnexpectedStatusException)$/;
const MAX_MESSAGE = 160;

/** `{ type, message }` of a failure text; type is '' when no exception type is named. */
export function failureSignature(failureReason: string): { type: string; message: string } {
  const text = innerMessage(failureReason);
  const typed = /((?:[A-Za-z_][\w]*\.)*[A-Z]\w*(?:Error|Exception|Exceeded))\s*:\s*([\s\S]*)/g;
  for (const m of text.matchAll(typed)) {
    const type = m[1] ?? '';
    const bare = type.split('.').pop() ?? type;
    if (WRAPPERS.test(bare)) continue;
    return { type, message: normaliseMessage(m[2] ?? '') };
  }
  return { type: '', message: normaliseMessage(text) };
}

/** One line: `Type: message`. */
export function signatureText(failureReason: string): string {
  const { type, message } = failureSignature(failureReason);
  return type ? `${type}: ${message}`.trim() : message;
}

/** The user's own error inside ExecuteUserScriptError's `ErrorMessage "..."`, else the whole text. */
function innerMessage(text: string): string {
  const inner = /ErrorMessage\s+"([\s\S]*?)"\s*(?:\n\s*Command\b|$)/.exec(text);
  return (inner?.[1] ?? text).trim();
}

function normaliseMessage(message: string): string {
  // Kept parts and placeholders are parked as \u0000<letters>\u0000 so the digit pass cannot touch them.
  const kept: string[] = [];
  const park = (token: string) => `\u0000${toLetters(kept.push(token) - 1)}\u0000`;
  const as = (placeholder: string) => () => park(placeholder);
  return (
    message
      .replace(/\bml\.[a-z0-9]+\.[a-z0-9]+\b/g, park)
      .replace(/\bhttps?:\/\/\S+/g, as('<url>'))
      .replace(/\barn:aws[\w-]*:\S+/g, as('<arn>'))
      .replace(/\bs3:\/\/\S+/g, as('<s3-uri>'))
      // A path: one or more slash-led segments.
      .replace(/(?:~|\.{1,2})?(?:\/[\w.@%+=,-]+)+\/?/g, as('<path>'))
      .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, as('<id>'))
      .replace(/\b(?=[0-9a-f]*\d)[0-9a-f]{12,}\b/gi, as('<id>'))
      .replace(/\d+(?:\.\d+)?/g, '#')
      .replace(/\u0000([a-z]+)\u0000/g, (_m, letters: string) => kept[fromLetters(letters)] ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_MESSAGE)
  );
}

function toLetters(n: number): string {
  let letters = '';
  do {
    letters = String.fromCharCode(97 + (n % 26)) + letters;
    n = Math.floor(n / 26);
  } while (n > 0);
  return letters;
}

function fromLetters(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 97, 0);
}
