/**
 * A failure text with the names in it blanked out, for the rules that read words.
 *
 * A bucket, an object key or an ARN's resource is a name somebody chose: "s3://team-kms-bucket/…"
 * says nothing about KMS, and "s3://oom-repro/…" nothing about memory. The word rules read this
 * masked copy, so a name cannot decide a cause; the request readers (the denied action and
 * resource, the S3 location) still read the text as written.
 *
 * The mask keeps the text's length and every character that is not a letter or a digit, so a rule's
 * match in the masked copy sits at the same place in the original (see `originalOf`), and the
 * shapes the rules do read survive: `s3://`, an ARN's service, region, account and resource type
 * ("role/", "key/", "training-job/").
 */

// An S3 URI's bucket and key, up to a space, a quote or a closing bracket.
// A sentence glued to the URI ("…/train.csv.Access Denied") is not the key: a dot before a capitalised word
// ends it (not one before capitals, "IMG_001.JPG").
// A writer's placeholder for the bucket ("s3://<bucket-name>/…", round 175's redaction check) is the bucket's name too.
const S3_URI = /[sS]3:\/\/((?:<[\w.-]{1,60}>)?(?:[^\s"'`<>()[\]{}.]|\.(?![A-Z][a-z])){1,1024}|<[\w.-]{1,60}>)/y;
// An ARN's resource, after its resource type ("role/", "key/") where it has one. S3's ARNs have no
// type: the bucket and key follow the empty region and account. One pattern for both.
const ARN_RESOURCE = /arn:aws[\w-]{0,20}:(?:s3:::|(?!s3:)[\w-]{1,40}:[\w-]{0,30}:\d{0,12}:(?:[\w-]{1,60}[/:])?)([^\s"'`<>()[\]{},]{1,1024})/iy;
// The options of the command the toolkit ran (`ExecuteUserScriptError: Command "python train.py --bucket
// oom-repro --lr 0.1"`): the job's hyperparameters and paths, named by whoever wrote the script. The
// program, the script or the module (`-m pip`) before them stay: they say what ran (mpirun, pip).
const COMMAND_OPTIONS = /Command[ \t]{1,3}\\?"[^"\n\\]{0,300}?(?<=[ \t])(?!-m[ \t])(-[^"\n\\]{1,2048})/y;
// An ECR image's repository and tag ("…dkr.ecr.us-east-1.amazonaws.com/trainer:denied-v2", the seventy-fourth review):
// names too, so a tag says nothing about a denial; the registry's host, which the image readers need, stays, and so does a
// path of the registry's own API ("…amazonaws.com/v2/algo/blobs/sha256:…", which the pullers' readings read).
const ECR_IMAGE_NAME = /dkr\.ecr(?:-fips)?\.[\w-]{1,40}\.amazonaws\.com(?:\.cn)?\/(?!v2\/)([\w./-]{1,256}(?::[\w.-]{1,128})?)/iy;

const X = 'x'.charCodeAt(0);
const ZERO = '0'.charCodeAt(0);
const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

// String.fromCharCode takes its codes as arguments: a long line goes in chunks.
const CHUNK = 8192;

/** Letters to "x", digits to "0", the rest as it is: a name's (or a quiet line's) shape without its words. */
export function blankWords(text: string): string {
  const codes = new Array<number>(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    codes[i] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? X : c >= 48 && c <= 57 ? ZERO : c;
  }
  let blanked = '';
  for (let i = 0; i < codes.length; i += CHUNK) blanked += String.fromCharCode(...codes.slice(i, i + CHUNK));
  return blanked;
}

/**
 * The names a shape holds, as [start, end) pairs pushed onto `spans`: each place `needle` (lower-case)
 * starts a word in `lower`, the shape tried there alone (a sticky pattern whose one group, at its end, is
 * the name). Searching for the needle first skips the pattern everywhere it cannot start.
 */
function collectNames(text: string, lower: string, needle: string, shape: RegExp, spans: number[]): void {
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
    if (at > 0 && isWordCode(text.charCodeAt(at - 1))) continue;
    shape.lastIndex = at;
    const m = shape.exec(text);
    if (!m?.[1]) continue;
    const end = at + m[0].length;
    spans.push(end - m[1].length, end);
    at = end - 1;
  }
}

/**
 * Where the names are in a text: [start, end) pairs, in the order of the text, none inside another: the
 * names in S3 URIs, ARNs, ECR images and the toolkit's command. `lower` is the text lower-cased.
 */
export function nameSpans(text: string, lower: string): number[] {
  const spans: number[] = [];
  // Each shape starts with a word no name can avoid, so most texts skip the patterns.
  if (lower.includes('command')) collectNames(text, lower, 'command', COMMAND_OPTIONS, spans);
  if (lower.includes('s3://')) collectNames(text, lower, 's3://', S3_URI, spans);
  if (lower.includes('arn:aws')) collectNames(text, lower, 'arn:aws', ARN_RESOURCE, spans);
  if (lower.includes('dkr.ecr')) collectNames(text, lower, 'dkr.ecr', ECR_IMAGE_NAME, spans);
  if (spans.length <= 2) return spans;
  // One inside another (an S3 URI in a command's options) is blanked once.
  const pairs = Array.from({ length: spans.length / 2 }, (_, i) => [spans[2 * i]!, spans[2 * i + 1]!] as const).sort((a, b) => a[0] - b[0]);
  const merged: number[] = [];
  for (const [start, end] of pairs) {
    const last = merged.length - 1;
    if (last > 0 && start <= merged[last]!) merged[last] = Math.max(merged[last]!, end);
    else merged.push(start, end);
  }
  return merged;
}

/** `text` with the spans blanked (letters to "x", digits to "0"), built flat in one pass. */
export function blankSpans(text: string, spans: readonly number[]): string {
  if (spans.length === 0) return text;
  let masked = '';
  let from = 0;
  for (let i = 0; i < spans.length; i += 2) {
    masked += text.slice(from, spans[i]) + blankWords(text.slice(spans[i], spans[i + 1]));
    from = spans[i + 1]!;
  }
  return masked + text.slice(from);
}

/**
 * The text with the names in S3 URIs, ARNs, ECR images and the toolkit's command blanked; the same string when it
 * holds none. `lower` is the text lower-cased, when the caller has it already.
 */
export function maskIdentifiers(text: string, lower = text.toLowerCase()): string {
  return blankSpans(text, nameSpans(text, lower));
}

// How a reading joins two spans of the text into one excerpt; the longest span worth searching for.
const JOINED = ' … ';
const MAX_SPAN = 600;

/**
 * The original words where a rule matched `excerpt` in the masked copy. The mask keeps positions, so
 * the same span of the original is what the rule saw, names included. An excerpt a reading put together
 * (two spans joined by " … ", its spaces collapsed) is mapped span by span, spaces matching any run.
 */
export function originalOf(excerpt: string, masked: string, original: string): string {
  if (masked === original) return excerpt;
  const at = masked.indexOf(excerpt);
  if (at >= 0) return original.slice(at, at + excerpt.length);
  return excerpt
    .split(JOINED)
    .map((span) => spanOf(span, masked, original))
    .join(JOINED);
}

function spanOf(span: string, masked: string, original: string): string {
  if (span.length > MAX_SPAN) return span;
  const at = masked.indexOf(span);
  if (at >= 0) return original.slice(at, at + span.length);
  // Collapsed spaces: any run of white space in the text.
  const flexible = new RegExp(span.trim().split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s{1,40}'));
  const m = flexible.exec(masked);
  return m ? original.slice(m.index, m.index + m[0].length).replace(/\s+/g, ' ') : span;
}
