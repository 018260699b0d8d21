/**
 * The string forms a failure text is pasted in, undone: JSON's and Python's escapes, HTML's entities, a text that is one
 * JSON string, an exception's repr, and a value whose lines are all escaped. (Split from unwrap-failure-text.ts, which
 * decides which wrapper a text is in.)
 */
import { EXCEPTION_CLASS_NAME, EXCEPTION_MODULE_PATH } from './client-traceback';
import { namesQuietLevel } from './quiet-lines';

// JSON's escapes and Python's (\xNN, \UNNNNNNNN, \'): one pass, each escape read once.
const ESCAPE = /\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|U([0-9a-fA-F]{8})|([\s\S]))/g;
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };

// A text quoted in a web page or a generated report arrives HTML-escaped: a Pipelines step's reason in
// a Markdown report reads "service limit &#39;ml.m5.large for processing job usage&#39;"
// (cfalguiere/salvia, examples/factory/abalone/docs/report-examples/pipeline_execution_report.md), and
// an XML error code as "&lt;Code&gt;AccessDenied&lt;/Code&gt;". Decoded once.
const HTML_ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(quot|amp|lt|gt|apos|nbsp));/g;
const NAMED_ENTITIES: Readonly<Record<string, string>> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: ' ' };

export function decodeEscapes(value: string): string {
  if (!value.includes('\\')) return value;
  return value.replace(ESCAPE, (whole, u4?: string, x2?: string, u8?: string, c?: string) => {
    const hex = u4 ?? x2;
    if (hex) return String.fromCharCode(parseInt(hex, 16));
    if (u8) {
      const point = parseInt(u8, 16);
      return point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    return c === undefined ? whole : (SIMPLE_ESCAPES[c] ?? c);
  });
}

export function decodeEntities(text: string): string {
  return text.replace(HTML_ENTITY, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name) return NAMED_ENTITIES[name] ?? whole;
    const point = decimal ? parseInt(decimal, 10) : parseInt(hex ?? '', 16);
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
  });
}

/**
 * A text that is one JSON string and nothing else, as `aws sagemaker describe-training-job --query
 * FailureReason` prints it (the CLI's default output is JSON): its value. A JSON string holds no raw
 * line break, so a quoted paragraph of several lines is left as it is.
 */
export function jsonString(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length < 3 || trimmed[0] !== '"' || trimmed[trimmed.length - 1] !== '"' || trimmed.includes('\n')) return undefined;
  const body = trimmed.slice(1, -1);
  // Every quote inside is escaped: otherwise these are two quoted phrases, not one string.
  if (/(?<!\\)"/.test(body.replace(/\\\\/g, ''))) return undefined;
  return decodeEscapes(body);
}

// An exception as Python's repr() prints it, the whole text: "RuntimeEnvironmentError('Encountered error while
// running pre-execution commands. Reason: …\\n')", as the remote function's runtime writes its failure. Read as
// the traceback's last line would print it: "Name: message", the message's escapes decoded.
const EXCEPTION_REPR = new RegExp(String.raw`^[ \t]*(${EXCEPTION_MODULE_PATH}${EXCEPTION_CLASS_NAME}(?:Error|Exception))\((['"])([\s\S]{1,65536})\2,?\)[ \t]*$`);

export function exceptionRepr(text: string): string | undefined {
  if (!text.includes("('") && !text.includes('("')) return undefined;
  const m = EXCEPTION_REPR.exec(text.trim());
  return m ? `${m[1]}: ${decodeEscapes(m[3] ?? '')}` : undefined;
}

// A string value pasted with its escapes and no quotes around it: a JSON log record's message, a Lambda's
// errorMessage, Step Functions' Cause, a Python repr cut out of its parentheses ("Parameter validation failed:\\nUnknown
// parameter…\\nUnknown parameter…"). Its lines are in its escapes, and the rules read lines. Read so only when the text
// has no line break of its own and an escaped one starts a line (not a lowercase letter: a Windows path's "\\notebooks"
// is not a line). A string quoted inside another's value carries its escapes escaped once more ("\\\\n"): undone again.
// Not a record logged at INFO or below: its message's lines are that record's news (security_monkey's "… INFO: 'Problem
// Connecting …:\\nAn error occurred (AccessDenied) …'", round 149), as they are when the record is pasted among others,
// whatever head a paste put before the record (the SDK's exception, a log viewer's prefix).
// A whole JSON document on one line (a log record, an event) escapes every break of its values, a hard wrap's before a
// lowercase word too ("… with an explicit\ndeny in a service control policy", the hundred-and-forty-sixth review): valid JSON
// writes a path's backslash doubled, so every "\n" in it is a break.
// So is a text whose every backslash starts an escape and that holds two escaped breaks or more (a Python repr in a log line,
// "ClientError('… is not authorized to\nperform: …')", the hundred-and-forty-seventh review): a Windows path has other letters
// after its backslashes ("C:\Users\data").
const ESCAPED_BREAK = /\\n(?![a-z])/;
const ANY_ESCAPED_BREAK = /\\n/;
const UNKNOWN_ESCAPE = /\\(?![ntr"'\\/]|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2})/;
const MIN_LOWERCASE_BREAKS = 2;
// A Windows drive's path may hold only escape-like letters after its backslashes ("D:\training\new_data\notes").
const DRIVE_PATH = /\b[A-Za-z]:\\/;

/** Whether every "\n" of `text` is a break: a JSON document's, or a text of escapes only with two breaks or more. */
function everyEscapedBreakIsOne(text: string): boolean {
  if (isJsonLine(text)) return true;
  return !DRIVE_PATH.test(text) && !UNKNOWN_ESCAPE.test(text.replace(/\\\\/g, '')) && text.split('\\n').length - 1 >= MIN_LOWERCASE_BREAKS;
}
const MAX_ESCAPE_LAYERS = 2;

/** Whether `text` is one JSON object or array on one line. */
function isJsonLine(text: string): boolean {
  const trimmed = text.trim();
  if (!/^[{[]/.test(trimmed) || !/[}\]]$/.test(trimmed) || trimmed.includes('\n')) return false;
  try {
    JSON.parse(trimmed);
    return true;
  } catch {
    return false;
  }
}

/**
 * The text with its escapes decoded (twice at most) when its lines are all escaped; undefined when they are not. A text of
 * several lines has its escaped lines decoded one line at a time (an exception's repr on asyncio's "future:" line, Step
 * Functions' cause in the CLI's pretty-printed history, the hundred-and-forty-seventh review).
 */
export function escapedLines(text: string): string | undefined {
  if (!text.includes('\n')) return escapedLinesOf(text);
  if (!text.includes('\\n')) return undefined;
  let changed = false;
  const lines = text.split('\n').map((line) => {
    // The line's test is passed on, not made again (it may parse the line as JSON).
    const decoded = line.includes('\\n') && ESCAPED_VALUE_LINE.test(line) && everyEscapedBreakIsOne(line) ? escapedLinesOf(line, true) : undefined;
    if (decoded === undefined) return line;
    changed = true;
    return decoded;
  });
  return changed ? lines.join('\n') : undefined;
}

// The lines of a longer text that hold an escaped value: an exception's repr ("exception=ClientError('…\\n…')") or a JSON
// string's key (Step Functions' "cause": "{\"errorMessage\": …"). Not a message printed with escapes of its own among
// others (jsonschema's "… is not valid under any of the given\nschemas\\n\\nFailed validating …", whose lines a quote or a
// wrap already carries).
const ESCAPED_VALUE_LINE = /\b[A-Z]\w{0,60}(?:Error|Exception)\((?:'|"|\\")|"[\w.-]{1,60}"[ \t]?:[ \t]?"/;

function escapedLinesOf(text: string, everyBreak = everyEscapedBreakIsOne(text)): string | undefined {
  const breaks = everyBreak ? ANY_ESCAPED_BREAK : ESCAPED_BREAK;
  const firstBreak = text.search(breaks);
  if (firstBreak < 0 || namesQuietLevel(text.slice(0, firstBreak))) return undefined;
  let result: string | undefined;
  for (let layer = 0, value = text; layer < MAX_ESCAPE_LAYERS && !value.includes('\n') && value.includes('\\n') && breaks.test(value); layer += 1) {
    value = decodeEscapes(value);
    result = value;
  }
  return result;
}
