import type { TextDiagnosis } from './diagnosis';
import type { FailureText, Observation } from './observations';
import { readUnwrappedObservations } from './text/read-observations';
import { SDK_STATUS_HEAD } from './text/stage-words';
import { summarizeText } from './text/summarize-text';
import { textGroupKey } from './text/text-group-key';
import { LOG_AFTER_REASON, unwrapFailureTexts } from './text/unwrap-failure-text';

/** The strongest observation; the first one wins a tie (the failure reason comes first). */
function strongest(observations: readonly Observation[]): Observation | undefined {
  return observations.reduce<Observation | undefined>((best, o) => (!best || o.strength > best.strength ? o : best), undefined);
}

/**
 * The words worth quoting in the summary: the script's own error message when SageMaker wrapped
 * one (`ErrorMessage "..."`), else the line of the failure reason the rule matched, else the match.
 */
function detailOf(best: Observation, text: FailureText): string {
  const message = best.source.kind === 'failure-reason' ? (text.failureReason ?? '') : '';
  const wrapped = /ErrorMessage "([^\n]+)/.exec(message)?.[1];
  if (wrapped) return wrapped.replace(/"$/, '');
  const line = message.split('\n').find((l) => l.includes(best.excerpt.split('\n')[0] ?? best.excerpt));
  return (line ?? best.excerpt).trim();
}

/**
 * What the text alone says: the strongest observation's cause, `likely` at most (only evaluating
 * the policies can confirm), and `unknown` when no rule matched rather than a forced guess.
 */
export function classifyText(input: FailureText): TextDiagnosis {
  // Read, summarised and grouped as SageMaker wrote it, not in the wrapper it was pasted in.
  const text = unwrapFailureTexts(input);
  const read = classifyUnwrapped(text);
  // A message hard-wrapped at a width (a terminal's copy, a page's code block) breaks the sentences the
  // rules read on one line. When the whole message is one such paragraph, it is read again with its lines
  // joined back; the joined reading wins when nothing else was read, or when it is stronger and was read
  // across a break the wrap made (wrapped-lines.test.ts).
  const paragraph = text.failureReason ? unwrappedParagraph(text.failureReason) : undefined;
  if (paragraph === undefined || text.failureReason === undefined) return read.diagnosis;
  // Read joined only where the joined reading could win (below): nothing read yet, or lines that show a wrap.
  if (read.strength > 0 && !paragraph.cutAtOneWidth) return read.diagnosis;
  const joined = classifyUnwrapped({ ...text, failureReason: paragraph.text });
  if (joined.strength === 0) return read.diagnosis;
  if (read.strength === 0) return joined.diagnosis;
  // Over a reading of its own, the joined one wins only when the lines show a wrap (cut at one width; two lines
  // at a common width only, as they are as often two messages) and it is stronger and its words cross a break the wrap made:
  // words the wrapped text holds whole were read there already, and joining only set them beside the next line's.
  const crossesBreak = joined.excerpt !== undefined && !text.failureReason.includes(joined.excerpt);
  return paragraph.cutAtOneWidth && crossesBreak && joined.strength > read.strength ? joined.diagnosis : read.diagnosis;
}

// A paragraph cut at a width: every line but the last within a few words of the longest, which is at least
// WRAP_WIDTH long, and no line after the first starting a record of its own (an indent, a timestamp, a
// bracketed tag, a traceback's head or frame, an exception's name, a "key:" label, the SDK's status line).
// A log is not this.
const WRAP_WIDTH = 60;
// Terminals, mail and pages wrap at 72 to 132 columns; a longer line is a line as it was written.
const MAX_WRAP_WIDTH = 160;
const WRAP_SLACK = 25;
const STARTS_RECORD = new RegExp(
  `^(?:[ \\t]|\\d{4}-\\d\\d-\\d\\d|\\d\\d:\\d\\d|\\[|Traceback\\b|File "|[\\w.]{1,80}(?:Error|Exception|Warning)\\b|[\\w.-]{1,40}:(?:[ \\t]|$)|${SDK_STATUS_HEAD}|$)`,
);

/** The message's lines joined back, when the whole message is one paragraph cut at a width, and whether the lines show one width cut them. */
function unwrappedParagraph(message: string): { text: string; cutAtOneWidth: boolean } | undefined {
  if (!message.includes('\n')) return undefined;
  const lines = message.split(/\r?\n/).map((line) => line.trimEnd());
  const cut = lines.slice(0, -1);
  const width = Math.max(...cut.map((line) => line.length));
  if (width < WRAP_WIDTH || width > MAX_WRAP_WIDTH || (lines.at(-1)?.length ?? 0) > width) return undefined;
  if (cut.some((line) => line.length < width - WRAP_SLACK) || lines.slice(1).some((line) => STARTS_RECORD.test(line))) return undefined;
  return { text: lines.join(' '), cutAtOneWidth: greedyAtOneWidth(lines, width) };
}

// The widths people's tools wrap at: mail and editors (72 to 80), terminals (80, 100, 120, 132).
const COMMON_WIDTHS = [72, 76, 78, 79, 80, 100, 120, 132];
// A sentence cut in two: the first line ends without a sentence's stop and the next goes on in lower case.
const MID_SENTENCE = /[^.!?:;]\n[a-z]/;

/**
 * Whether the lines are what a greedy wrap at one width gives: each cut line ends where the next line's first
 * word would not have fitted. Any two lines fit some width, so two lines count only at a width people's tools
 * wrap at, or where a sentence is cut in two; three or more at any width from the longest line up.
 */
function greedyAtOneWidth(lines: readonly string[], width: number): boolean {
  const fitsBelow = lines.slice(0, -1).map((line, i) => line.length + 1 + (lines[i + 1]?.split(' ')[0]?.length ?? 0));
  if (lines.length === 2) return COMMON_WIDTHS.some((w) => w >= width && w < (fitsBelow[0] ?? 0)) || MID_SENTENCE.test(`${lines[0]}\n${lines[1]}`);
  return fitsBelow.every((limit) => limit > width);
}

/** The reading, and the strength of the observation it rests on (0 when nothing was read). */
function classifyUnwrapped(text: FailureText): { diagnosis: TextDiagnosis; strength: number; excerpt?: string } {
  const observations = readUnwrappedObservations(text);
  const best = strongest(observations.filter((o) => o.cause !== 'unknown'));
  return { diagnosis: diagnosisOf(text, observations, best), strength: best?.strength ?? 0, ...(best ? { excerpt: best.excerpt } : {}) };
}

function diagnosisOf(text: FailureText, observations: readonly Observation[], best: Observation | undefined): TextDiagnosis {
  // A stage from an unrelated rule (a "VPC endpoint" mention beside an SCP denial) would mislead.
  const stage = best?.stage ?? strongest(observations.filter((o) => o.stage && (!best || o.cause === best.cause || o.cause === 'unknown')))?.stage;
  // The FailureReason alone, not the log the SDK printed before its exception (kept after a boundary).
  const firstText = text.failureReason?.split(LOG_AFTER_REASON)[0] ?? text.statusMessages?.[0]?.message ?? text.logLines?.[0]?.message ?? '';

  if (!best) {
    return {
      cause: 'unknown',
      confidence: 'unknown',
      summary: summarizeText('unknown', undefined, stage, firstText.trim(), observations.some((o) => o.rule === 'client-side')),
      ...(stage ? { stage } : {}),
      groupKey: textGroupKey('unknown', undefined, firstText),
    };
  }
  const deniedRequest = best.denied ?? strongest(observations.filter((o) => o.denied && o.cause === best.cause))?.denied;
  return {
    cause: best.cause,
    confidence: 'likely',
    summary: summarizeText(best.cause, deniedRequest, stage, detailOf(best, text)),
    ...(stage ? { stage } : {}),
    ...(deniedRequest ? { deniedRequest } : {}),
    groupKey: textGroupKey(best.cause, deniedRequest, [text.failureReason ?? '', best.excerpt].join('\n')),
  };
}
