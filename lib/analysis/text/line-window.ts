/**
 * The lines around a match, for readings whose condition is about the match, not the whole text.
 *
 * A pasted log is read as one piece, so a condition tested on the whole text ("names a host", "says
 * hyperparameters", "a stage word") is met by lines that have nothing to do with the match: the
 * toolkit's environment dump, the SDK's status lines, pip's output. A reading asks these lines instead.
 */

import { TRACEBACK_HEADER } from './client-traceback';

const TRACEBACK_REACH = 8000;

export interface Reach {
  /** Lines before the match's own line (when no traceback is asked for, or none is near). */
  before: number;
  /** Lines after the match's own line. */
  after: number;
  /** Start at the head of the Python traceback the match ends, when one is within reach. */
  traceback?: boolean;
  /**
   * Count as lines before only a traceback's frames (`File "…"` lines and the indented source under
   * them: a traceback quoted from its last frames), not whatever a log printed above the match.
   */
  framesOnly?: boolean;
}

// A traceback frame's lines: `  File "train.py", line 12, in <module>` and the indented source under it.
const FRAME_LINE = /^(?:[ \t]{0,8}File "|[ \t]{2,})/;

/** The text from `reach.before` lines (or its traceback's head) before the match to `reach.after` lines after it. */
export function linesAround(text: string, index: number, length: number, reach: Reach): string {
  let start = text.lastIndexOf('\n', index - 1) + 1;
  const traceback = reach.traceback ? text.lastIndexOf(TRACEBACK_HEADER, index) : -1;
  if (traceback >= 0 && index - traceback <= TRACEBACK_REACH) start = Math.min(start, traceback);
  else if (reach.framesOnly) {
    for (let line = 0; line < reach.before && start > 0; line += 1) {
      const above = text.lastIndexOf('\n', start - 2) + 1;
      if (!FRAME_LINE.test(text.slice(above, start))) break;
      start = above;
    }
  } else for (let line = 0; line < reach.before && start > 0; line += 1) start = text.lastIndexOf('\n', start - 2) + 1;
  // The end of the match's own line (the match may end right at its line break), then `after` lines more.
  let end = text.indexOf('\n', index + length);
  for (let line = 0; line < reach.after && end >= 0; line += 1) end = text.indexOf('\n', end + 1);
  const window = text.slice(start, end < 0 ? text.length : end);
  return window.includes(SECTION_BREAK) ? withinBoundary(window, index - start) : window;
}

/**
 * A line of a form feed alone: the boundary the unwrapper puts between the FailureReason the SDK's exception
 * quoted and the log printed before it, which no window crosses (a reading about the reason's lines does not
 * take the log's first lines for them).
 */
export const SECTION_BREAK = '\n\f\n';

/** The text before its first boundary: a reason's own words, not the log the unwrapper keeps after it. */
export function beforeBoundary(text: string): string {
  const at = text.indexOf(SECTION_BREAK);
  return at < 0 ? text : text.slice(0, at);
}

/** The part of a window on the match's side of every boundary in it. */
function withinBoundary(window: string, at: number): string {
  const before = window.lastIndexOf(SECTION_BREAK, at);
  const after = window.indexOf(SECTION_BREAK, at);
  return window.slice(before < 0 ? 0 : before + SECTION_BREAK.length, after < 0 ? window.length : after);
}

const OWN_LINE: Reach = { before: 0, after: 0 };

/** The line a match (or a position, `length` 0) is on. */
export function lineAt(text: string, index: number, length = 0): string {
  return linesAround(text, index, length, OWN_LINE);
}

// Go prints an error's cause on a line of its own ("RequestError: send request failed⏎caused by: Put \"…\": …"): that line
// goes on with the one above it, whose words (a retry, a level) are its own (round 147).
const CAUSED_BY_LINE = /^[ \t]{0,8}caused by:/i;

/** The line that the Go "caused by:" line holding `at` continues; empty when that line is no such continuation. */
export function lineContinuedAt(text: string, at: number): string {
  if (!CAUSED_BY_LINE.test(lineAt(text, at))) return '';
  const lineStart = text.lastIndexOf('\n', at - 1);
  return lineStart > 0 ? lineAt(text, lineStart - 1) : '';
}

// A Python traceback's frame head, `  File "train.py", line 12, in <module>`: the line under it is the code's source.
export const FRAME_HEAD = /^[ \t]*File "[^"\n]{1,300}", line \d{1,7}, in /;

/** Whether the line holding `at` is a traceback's source line, right under its frame's head: the code as written, not a message. */
export function isSourceLineAt(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (lineStart === 0) return false;
  return FRAME_HEAD.test(text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1));
}

/** The part of a match's line before it: what a line says ahead of the match (a condition, a label, a level). */
export function lineBefore(text: string, at: number): string {
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
}

/** The lines around the first place `excerpt` is in `text`; the whole text when it is not there. */
export function linesAroundExcerpt(text: string, excerpt: string, reach: Reach): string {
  const at = text.indexOf(excerpt);
  return at < 0 ? text : linesAround(text, at, excerpt.length, reach);
}

/** The lines of `text` that hold `word` (in lower case; the lines are compared lower-cased), joined by line breaks. */
export function linesNaming(text: string, word: string): string {
  return text
    .split('\n')
    .filter((line) => line.toLowerCase().includes(word))
    .join('\n');
}

// A Java exception's head at a line's start ("com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: …"),
// printed as the throwable of the log record on the line above it ("ERROR S3AUnderFileSystem - Failed to create object: …").
const THROWABLE_HEAD = /^[ \t]{0,8}(?:[a-z_$][\w$]{0,40}\.){2,12}[A-Z][\w$]{0,80}(?:Exception|Error):/;

// The record itself at an error's level (Log4j's and java.util.logging's): any other line above is not the throwable's.
const ERROR_RECORD = /\b(?:ERROR|SEVERE|FATAL)\b/;

/** The log record's line above the line at `index` when that line is the record's Java throwable; '' when it is not. */
export function recordAboveThrowable(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  if (start === 0 || !THROWABLE_HEAD.test(text.slice(start, start + 400))) return '';
  const record = text.slice(text.lastIndexOf('\n', start - 2) + 1, start);
  return ERROR_RECORD.test(record) ? record : '';
}

// After an error, a Java or .NET stack's handler frames run five to ten deep before the client's own call
// ("at com.amazonaws.services.s3.AmazonS3Client.getObject(…)", the ninety-seventh review).
const THROWN_FRAME = /^[ \t]+at [\w.$<>`]{1,300}[.(][^\n]*$/gm;
const MAX_FRAMES_AFTER = 2000;

/** The "at" frames of a Java or .NET stack after `index` (within a bound), one to a line; '' when there are none. */
export function framesAfter(text: string, index: number): string {
  return (text.slice(index, index + MAX_FRAMES_AFTER).match(THROWN_FRAME) ?? []).join('\n');
}
