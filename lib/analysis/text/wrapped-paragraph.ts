import type { FailureText } from '../observations';
import { stripLinePrefixes } from './line-prefixes';
import { SDK_STATUS_HEAD } from './stage-words';
import { unwrapFailureTexts } from './unwrap-failure-text';

/**
 * A failure text hard-wrapped at a width (a terminal's copy, a page's code block, a mail) as one paragraph
 * again: whether its lines are one paragraph cut at a width, and whether one width explains every cut. The
 * reading of the joined text is classify-text.ts's to weigh against the wrapped one's.
 */

// The SDK's exception around a reason, or the quoted field it was printed in (unwrap-failure-text.ts), which a
// wrap may have cut across lines.
const SDK_WRAPPER = /\bReason: ?|\bfailed because |\bFailureReason\b/;

// A paragraph cut at a width: every line but the last within a few words of the longest, or cut short where the
// next word would not have fitted, the longest at least WRAP_WIDTH long, and no line after the first starting a
// record of its own (an indent, a timestamp, a bracketed tag, a traceback's head or frame, an exception's name, a
// "key:" label, the SDK's status line, a structured logger's record: logfmt's "time=…"/"level=…" or a JSON
// object). A log is not this.
const WRAP_WIDTH = 60;
// Terminals, mail and pages wrap at 72 to 132 columns; a longer line is a line as it was written.
const MAX_WRAP_WIDTH = 160;
const WRAP_SLACK = 25;
const STARTS_RECORD = new RegExp(`^(?:[ \\t]|\\d{4}-\\d\\d-\\d\\d|\\d\\d:\\d\\d|\\[|\\{"|(?:time|ts|level|lvl)=|Traceback\\b|File "|${SDK_STATUS_HEAD}|$)`);
// A "key:" label also starts a record, unless the lines show one width cut them (two lines: a sentence cut in
// two): a wrap falls before "operation: Access Denied" or "found: manifest unknown" as often as anywhere else.
const KEY_LABEL = /^[\w.-]{1,40}:(?:[ \t]|$)/;
// An exception's name starts a record, unless the line before it ends where SageMaker and the SDK quote one
// (after "Reason:", `ErrorMessage "`, Airflow's "failed because", the Go SDK's "api error", an opening parenthesis): botocore's
// lower-case module path after a line with no stop of its own is the next record of a log, not the sentence going on.
const EXCEPTION_NAME = /^[\w.]{1,80}(?:Error|Exception|Warning)\b/;
const QUOTES_NEXT = /[:"'(]$|\bfailed because$|\bapi error$/;

/**
 * The failure reason's lines joined back, as unwrapped text, when it is one paragraph cut at a width. The wrap may
 * have been made before the wrapper came off ("UnexpectedStatusException: Error for Processing job\n…: Failed.
 * Reason: ClientError: API\nerror (404): …"): then the reason's first line is what was left of a cut line, and
 * the text is joined as it was pasted and unwrapped again.
 */
export function joinedParagraph(input: FailureText, text: FailureText): { text: FailureText; cutAtOneWidth: boolean } | undefined {
  if (text.failureReason === undefined) return undefined;
  // A block cut at a column first, the surest sign of a wrap: as pasted (a stamp or a log's head the unwrapping takes off a line
  // had set its width; the seventy-first review), or in the text as unwrapped (a quoted form's lines are its value's).
  // The cheap scan for a block before the prefixes are taken off the pasted lines to compare: most texts have no block.
  const pastedBlocks = input.failureReason === undefined || input.failureReason === text.failureReason ? undefined : joinedColumnBlocks(input.failureReason);
  if (pastedBlocks && headOnFirstLineOnly(input.failureReason, text.failureReason)) return { text: unwrapFailureTexts({ ...input, failureReason: pastedBlocks }), cutAtOneWidth: true };
  const blocks = joinedColumnBlocks(text.failureReason);
  if (blocks) return { text: { ...text, failureReason: blocks }, cutAtOneWidth: true };
  const own = unwrappedParagraph(withoutTerraformContext(text.failureReason));
  // Joined, the SDK's exception a wrap had cut across lines is whole again: taken off like any other.
  if (own) return { text: { ...text, failureReason: unwrapFailureTexts({ failureReason: own.text }).failureReason ?? own.text }, cutAtOneWidth: own.cutAtOneWidth };
  return pastedParagraph(input, text);
}

/** Whether the pasted reason differs from the unwrapped one and only its first line carries a head to take off (not a log's). */
function headOnFirstLineOnly(pasted: string | undefined, unwrapped: string): pasted is string {
  if (pasted === undefined || pasted === unwrapped) return false;
  const rest = pasted.slice(pasted.indexOf('\n') + 1);
  return pasted.includes('\n') && stripLinePrefixes(rest) === rest;
}

/** The reason joined as it was pasted, when what came off it was the SDK's exception that a wrap had cut. */
function pastedParagraph(input: FailureText, text: FailureText): { text: FailureText; cutAtOneWidth: boolean } | undefined {
  // Only when what came off was the SDK's exception: a log's heads on each line mark its records, and joined without
  // them the records would run together.
  const pastedReason = input.failureReason;
  if (pastedReason === undefined || pastedReason === text.failureReason || !SDK_WRAPPER.test(pastedReason) || stripLinePrefixes(pastedReason) !== pastedReason) return undefined;
  const pasted = unwrappedParagraph(pastedReason);
  return pasted ? { text: unwrapFailureTexts({ ...input, failureReason: pasted.text }), cutAtOneWidth: pasted.cutAtOneWidth } : undefined;
}

// Terraform's diagnostic ends with its own context after a blank line ("with aws_sagemaker_model.pricing,", "on main.tf line 58,
// in resource …:", "58: resource …"): the configuration's place, not the message, which is the paragraph above it (the
// seventy-first review: Terraform word-wraps the message itself).
const TERRAFORM_CONTEXT = /\n[ \t]*\n[ \t]*with [\w.[\]"-]{1,200},\n[ \t]*on [^\n]{1,300} line \d{1,6}(?:, in [^\n]{0,300})?:(?:\n[ \t]*\d{1,6}:[^\n]*)*\s*$/;
const withoutTerraformContext = (message: string): string => (message.includes('with ') ? message.replace(TERRAFORM_CONTEXT, '') : message);

/**
 * A block of lines a console cut at one column inside a longer text (a chat message's code block, an alert with a header, a
 * log line's stamp before the message; the seventy-first review): lines one width long, a word cut between two of them, and
 * the shorter line that ends the block, joined back. A line one short lost the space it began with to the log stamp's
 * separator taken off before it (each line's "2024/01/29 10:12:15 " then " be addressed …"): joined with that space. Two
 * lines of one width happen by chance in a word wrap ("Could not" ⏎ "assume role" in lines of 62, the seventy-second review), so
 * the width must be one a terminal or a console cuts at (80, 100, 120, …), every full line exactly that long. A line that starts a
 * record of its own (a stamp, a level, a bracket, an exception's name, "Killed") is not part of a block: a log's lines of one
 * width are its records. The text around stays.
 */
export function joinedColumnBlocks(message: string): string | undefined {
  if (!hasEqualWidthPair(message)) return undefined;
  const lines = message.split('\n');
  if (lines.length < 3 || lines.length > MAX_BLOCK_LINES) return undefined;
  const out: string[] = [];
  let joined = false;
  for (let i = 0; i < lines.length; ) {
    const width = lines[i]?.length ?? 0;
    const fits = (line: string | undefined) => line !== undefined && !BLOCK_RECORD_START.test(line);
    let end = i;
    while (end + 1 < lines.length && fits(lines[end + 1]) && ((lines[end + 1]?.length ?? 0) === width || (lines[end + 1]?.length ?? 0) === width - 1)) end += 1;
    const last = lines[end + 1];
    const block = lines.slice(i, end + 1);
    const pieces = last === undefined ? block : [...block, last];
    const wordCut = block.some((line, k) => /\w$/.test(line) && /^\w/.test(lines[i + k + 1] ?? '') && (lines[i + k + 1]?.length ?? 0) !== width - 1);
    if (COMMON_WIDTHS.includes(width) && block.length >= 2 && fits(last) && last !== undefined && last.length <= width && last.trim() !== '' && wordCut) {
      out.push(pieces.map((line, k) => (k > 0 && k < block.length && line.length === width - 1 ? ` ${line}` : line)).join(''));
      joined = true;
      i = end + 2;
    } else {
      out.push(lines[i] ?? '');
      i += 1;
    }
  }
  return joined ? out.join('\n') : undefined;
}
// What starts a record of a log rather than going on with a cut line.
const BLOCK_RECORD_START = /^(?:\d{4}[-/]\d\d[-/]\d\d|\d\d:\d\d:\d\d|\[|\{"|(?:time|ts|level|lvl)=|Traceback\b|File "|(?:ERROR|WARN(?:ING)?|INFO|DEBUG|CRITICAL|FATAL)\b|Killed\b|[\w.]{1,80}(?:Error|Exception):)/;
const MAX_BLOCK_LINES = 400;

/** Whether two lines one after the other are one width long (or the second one short), found without splitting: most texts have none. */
function hasEqualWidthPair(message: string): boolean {
  let previous = -1;
  for (let start = 0; start <= message.length; ) {
    const newline = message.indexOf('\n', start);
    const end = newline < 0 ? message.length : newline;
    const length = end - start;
    if (previous >= WRAP_WIDTH && previous <= MAX_WRAP_WIDTH && (length === previous || length === previous - 1)) return true;
    previous = length;
    if (newline < 0) break;
    start = newline + 1;
  }
  return false;
}

/** The message's lines joined back, when the whole message is one paragraph cut at a width, and whether the lines show one width cut them. */
function unwrappedParagraph(message: string): { text: string; cutAtOneWidth: boolean } | undefined {
  if (!message.includes('\n')) return undefined;
  const cut = cutAtColumn(message);
  if (cut !== undefined) return { text: cut, cutAtOneWidth: true };
  const lines = message.split(/\r?\n/).map((line) => line.trimEnd());
  const later = lines.slice(1);
  if (later.some((line) => STARTS_RECORD.test(line))) return undefined;
  // Where each cut line would have grown to with the next line's first word: past the width, if a wrap cut it.
  const fitsBelow = lines.slice(0, -1).map((line, i) => line.length + 1 + firstWord(lines[i + 1] ?? '').length);
  // A word longer than the width (a URL, an ARN, an encoded message) stands on a line of its own and sets no
  // width; the line before it ends short, as the word did not fit.
  const spaced = lines.filter((line) => line.includes(' ')).map((line) => line.length);
  const width = Math.max(0, ...spaced);
  if (Math.max(...lines.map((line) => line.length)) < WRAP_WIDTH || width > MAX_WRAP_WIDTH) return undefined;
  if (fitsBelow.some((limit, i) => (lines[i]?.length ?? 0) < width - WRAP_SLACK && limit <= width)) return undefined;
  const cutAtOneWidth = greedyAtOneWidth(lines, width, fitsBelow);
  // Two lines fit a common width by chance as often as not: there only a sentence cut in two says so.
  const wrapShown = lines.length === 2 ? cutAtOneWidth && MID_SENTENCE.test(message) : cutAtOneWidth;
  if (!wrapShown && later.some((line) => KEY_LABEL.test(line))) return undefined;
  if (later.some((line, i) => EXCEPTION_NAME.test(line) && !QUOTES_NEXT.test(lines[i] ?? ''))) return undefined;
  // Lines no width explains are a paragraph only if none after the cut ones is longer (else, two messages).
  const lastLine = lines.at(-1) ?? '';
  if (!cutAtOneWidth && lastLine.includes(' ') && lastLine.length > Math.max(0, ...lines.slice(0, -1).filter((line) => line.includes(' ')).map((line) => line.length))) return undefined;
  return { text: lines.join(' '), cutAtOneWidth };
}

const firstWord = (line: string): string => line.split(' ')[0] ?? '';

// The widths people's tools wrap at: mail and editors (72 to 80), terminals (80, 100, 120, 132).
const COMMON_WIDTHS = [72, 76, 78, 79, 80, 100, 120, 132];
// A sentence cut in two: the first line ends without a sentence's stop and the next goes on in lower case.
const MID_SENTENCE = /[^.!?:;]\n[a-z]/;

/**
 * Whether the lines are what a greedy wrap at one width gives: no line is longer than the width, and each cut
 * line ends where the next line's first word would not have fitted. Any two lines fit some width, so two lines
 * count only at a width people's tools wrap at, or where a sentence is cut in two; three or more at any width
 * from the longest line up.
 */
function greedyAtOneWidth(lines: readonly string[], width: number, fitsBelow: readonly number[]): boolean {
  const narrowest = Math.min(...fitsBelow);
  if (lines.length === 2) return narrowest > width && (COMMON_WIDTHS.some((w) => w >= width && w < narrowest) || MID_SENTENCE.test(`${lines[0]}\n${lines[1]}`));
  return narrowest > width;
}

/**
 * The message's lines joined with nothing between them, when a terminal or a console cut it at a fixed column,
 * inside words ("… not authorized to perform: s3:Pu" / "tObject on resource: …"): every line but the last
 * exactly one width long (its spaces kept), the last no longer, a word cut at some break. A word wrap fills a
 * line to the column by chance (a two-line message at 80 often does): three lines or more, two of them full.
 */
function cutAtColumn(message: string): string | undefined {
  const lines = message.split(/\r?\n/);
  const width = lines[0]?.length ?? 0;
  if (width < WRAP_WIDTH || width > MAX_WRAP_WIDTH || lines.length < 3) return undefined;
  if (lines.slice(0, -1).some((line) => line.length !== width) || (lines.at(-1)?.length ?? 0) > width) return undefined;
  const wordCut = lines.slice(0, -1).some((line, i) => /\w$/.test(line) && /^\w/.test(lines[i + 1] ?? ''));
  return wordCut ? lines.join('') : undefined;
}
