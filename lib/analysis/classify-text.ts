import type { TextDiagnosis } from './diagnosis';
import type { FailureText, Observation } from './observations';
import { readUnwrappedObservations, SAYS_WHY } from './text/read-observations';
import { betweenJobHosts } from './text/between-hosts';
import { lineAt } from './text/line-window';
import { summarizeText } from './text/summarize-text';
import { fencedQuote, type FencedPost } from './text/fenced-quote';
import { textGroupKey } from './text/text-group-key';
import { joinedParagraph } from './text/wrapped-paragraph';
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
 * The whole line the observation's words stand on, in the message they came from: the words a rule matched are often less
 * than the line that says whose they are (a rank's timeout names the host it tried on the rest of its line).
 */
function lineOfExcerpt(best: Observation, text: FailureText): string {
  const { source } = best;
  const message =
    source.kind === 'failure-reason' ? text.failureReason : source.kind === 'log' ? text.logLines?.[source.index]?.message : text.statusMessages?.find((s) => s.message?.includes(best.excerpt))?.message;
  const at = message?.indexOf(best.excerpt) ?? -1;
  return message !== undefined && at >= 0 ? lineAt(message, at, best.excerpt.length) : best.excerpt;
}

/**
 * What the text alone says: the strongest observation's cause, `likely` at most (only evaluating
 * the policies can confirm), and `unknown` when no rule matched rather than a forced guess.
 */
export function classifyText(input: FailureText): TextDiagnosis {
  // A post's code blocks are the quote, its prose the writer's account (fenced-quote.ts): the quote decides when it can.
  const post = input.failureReason === undefined ? undefined : fencedQuote(input.failureReason);
  if (post !== undefined) return readPost(input, post);
  return readAsPasted(input).diagnosis;
}

/**
 * A post read for its quote (fenced-quote.ts): the narrower quotes first (its labelled blocks, then every block, then its
 * error lines too), each deciding when it says why, not only whose side or which stage failed (an unexplained
 * AlgorithmError or a failed ping leaves the copied log line to say why); then each copied piece alone; then the whole
 * quote, inline spans too, when it says anything; then the post without the writer's code.
 */
function readPost(input: FailureText, post: FencedPost): TextDiagnosis {
  const readQuote = (quote: string) => readAsPasted({ ...input, failureReason: quote });
  for (const narrower of post.narrower) {
    const read = readQuote(narrower);
    if (read.strength > SAYS_WHY) return read.diagnosis;
  }
  // Together, one piece's wrapper may hide another's words (describe-training-job's JSON reads as its FailureReason value
  // alone, the log block after it dropped: the ninety-third review): each copied piece alone, the first strongest.
  let alone: Reading | undefined;
  for (const piece of post.copied) {
    const read = readQuote(piece);
    if (!alone || read.strength > alone.strength) alone = read;
  }
  if (alone && alone.strength > SAYS_WHY) return alone.diagnosis;
  if (post.quote !== '') {
    const quoted = readQuote(post.quote);
    if (quoted.strength > 0) return quoted.diagnosis;
  }
  return readAsPasted(post.withoutCode === undefined ? input : { ...input, failureReason: post.withoutCode }).diagnosis;
}

/** A diagnosis and the strength of the observation it rests on (0 when nothing was read). */
type Reading = { diagnosis: TextDiagnosis; strength: number };

/** The text read as pasted, and again with a hard wrap's lines joined back when that reading wins. */
function readAsPasted(input: FailureText): Reading {
  // Read, summarised and grouped as SageMaker wrote it, not in the wrapper it was pasted in.
  const text = unwrapFailureTexts(input);
  const read = classifyUnwrapped(text);
  // A message hard-wrapped at a width (a terminal's copy, a page's code block) breaks the sentences the
  // rules read on one line. When the whole message is one such paragraph, it is read again with its lines
  // joined back; the joined reading wins when nothing else was read, or when it is stronger and was read
  // across a break the wrap made (wrapped-lines.test.ts).
  const paragraph = joinedParagraph(input, text);
  if (paragraph === undefined || text.failureReason === undefined) return read;
  // Read joined only where the joined reading could win (below): nothing read yet, or lines that show a wrap.
  if (read.strength > 0 && !paragraph.cutAtOneWidth) return read;
  const joined = classifyUnwrapped(paragraph.text);
  if (joined.strength === 0) return read;
  if (read.strength === 0) return joined;
  // Over a reading of its own, the joined one wins only when the lines show a wrap (cut at one width; two lines
  // at a common width only, as they are as often two messages) and it is stronger and its words cross a break the wrap made:
  // words the wrapped text holds whole were read there already, and joining only set them beside the next line's.
  // The excerpt is the words that decided; a denied action the wrapped reading did not have was named across a
  // break too ("… when calling the ListObjectsV2\noperation: Access Denied"), and names the request even where
  // the same code decides both readings.
  const joinedAction = joined.diagnosis.deniedRequest?.action;
  const namesAction = joinedAction !== undefined && joinedAction !== read.diagnosis.deniedRequest?.action;
  const crossesBreak = namesAction || (joined.excerpt !== undefined && !text.failureReason.includes(joined.excerpt));
  const stronger = joined.strength > read.strength || (namesAction && joined.strength === read.strength);
  return paragraph.cutAtOneWidth && crossesBreak && stronger ? joined : read;
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
      summary: summarizeText('unknown', undefined, stage, firstText.trim(), { clientSide: observations.some((o) => o.rule === 'client-side') }),
      ...(stage ? { stage } : {}),
      groupKey: textGroupKey('unknown', undefined, firstText),
    };
  }
  const deniedRequest = best.denied ?? strongest(observations.filter((o) => o.denied && o.cause === best.cause))?.denied;
  const detail = detailOf(best, text);
  return {
    cause: best.cause,
    confidence: 'likely',
    summary: summarizeText(best.cause, deniedRequest, stage, detail, {
      keyState: observations.some((o) => o.rule === 'kms-key-state' && o.strength >= best.strength),
      betweenHosts: best.cause === 'vpc' && betweenJobHosts(lineOfExcerpt(best, text)),
      awsAlgorithm: best.rule === 'aws-algorithm-crash',
    }),
    ...(stage ? { stage } : {}),
    ...(deniedRequest ? { deniedRequest } : {}),
    groupKey: textGroupKey(best.cause, deniedRequest, [text.failureReason ?? '', best.excerpt].join('\n')),
  };
}
