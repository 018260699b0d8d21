// The SageMaker Python SDK v3's status panel (rich's box, printed by a trainer's wait()): one row per field, the field's
// name in a column of its own and its value beside it, wrapped inside the box to the value's column:
//   │  Failure Reason        ClientError: Invalid input error: Number of samples 5 out of      │
//   │                        bounds between 32 and inf for amazon.nova-2-lite-v1:0:256k, exit  │
// (round 218). A value is one sentence broken by the box, not lines of a log: each row and the rows that go on in its value's
// column, blank in the name's, are joined back into one line, the Failure Reason's as the console's label gives it
// ("Failure reason: …"), a status transition's with its "retrying!" (the sixty-sixth review). Read once the lines' own
// prefixes are off (line-prefixes.ts: a log's stamps, a quote's marks, the box's left bar), so the columns compare as printed.
// Only in a panel that has a Failure Reason row: rich draws its tracebacks in the same box, whose lines are code.

const REASON_ROW = /^(?:[ \t]{0,4}\u2502)?[ \t]{0,8}Failure Reason[ \t]{2,}\S[^\n]*?[ \t]*\u2502[ \t]*$/m;
// A field's row: the name (words with single spaces), two or more blanks, the value, the box's right bar.
const FIELD_ROW = /^((?:[ \t]{0,4}\u2502)?[ \t]{0,8}\S(?:[^\n \t]| (?! ))*?[ \t]{2,})(\S[^\n]*?)[ \t]*\u2502[ \t]*$/;
// A row that goes on in the value's column: blanks as wide as the name's column, the value's next words.
const CONTINUATION_ROW = /^((?:[ \t]{0,4}\u2502)?[ \t]+)(\S[^\n]*?)[ \t]*\u2502[ \t]*$/;
const FAILURE_NAME = /^(?:[ \t]{0,4}\u2502)?[ \t]{0,8}Failure Reason[ \t]/;
// A panel is some ten rows; a reason SageMaker cut at its limit wraps over some thirty more.
const MAX_LINES = 200;

const width = (blanks: string): number => blanks.replace(/\t/g, ' ').length;

/** The text with each of the status panel's values joined back into one line; the text itself when it holds no panel. */
export function joinPanelRows(text: string): string {
  if (!text.includes('Failure Reason') || !REASON_ROW.test(text)) return text;
  const lines = text.split('\n');
  const joined: string[] = [];
  let open: { at: number; column: number } | undefined;
  for (const [n, line] of lines.entries()) {
    if (n >= MAX_LINES) {
      joined.push(line);
      continue;
    }
    const [, blanks = '', words = ''] = (open && CONTINUATION_ROW.exec(line)) ?? [];
    if (open && words && width(blanks) === open.column) {
      joined[open.at] += ` ${words}`;
      continue;
    }
    const [, name = '', value = ''] = FIELD_ROW.exec(line) ?? [];
    if (value) {
      joined.push(FAILURE_NAME.test(name) ? `Failure reason: ${value}` : `${name}${value}`);
      open = { at: joined.length - 1, column: width(name) };
      continue;
    }
    open = undefined;
    joined.push(line);
  }
  return joined.join('\n');
}
