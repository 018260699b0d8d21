import type { FailureText, TextSource } from '../observations';
import { readFailureParts, type FailureParts } from './failure-parts';
import { blankHedgedCauses } from './hedged-causes';
import { blankIgnoredExceptions } from './ignored-exceptions';
import { blankLambdaKmsRelay } from './lambda-kms-relay';
import { blankSpans, nameSpans, originalOf } from './mask-identifiers';
import { blankNewsBeforeFailure, blankQuietLines } from './quiet-lines';
import { MAX_MESSAGE } from './unwrap-failure-text';

// The messages of a failure text (its FailureReason, status messages and log lines) as every reading of
// read-observations.ts takes them: the words as written, the words with names and passed-over lines blanked,
// and where each came from.

// The job's own summary of its failure outranks a log line that may be a retried warning.
export const SOURCE_BONUS: Record<TextSource['kind'], number> = { 'failure-reason': 3, 'status-message': 1, log: 0 };

/** One message of a failure text, prepared once for every reading of it. */
export interface Piece {
  /** The message as written: what the request readers (the denied action, resource, S3 location) read. */
  message: string;
  /** The message with its names and its INFO and DEBUG lines blanked (mask-identifiers.ts, quiet-lines.ts): what the word rules read. */
  words: string;
  /** `words` lower-cased once, for the cheap word checks that gate each pattern. */
  lower: string;
  source: TextSource;
  /** The parts of `words` (failure-parts.ts), read once by whichever reading asks first. */
  parts?: FailureParts;
  /** Whether `words` passed over any line (quiet, news, hedged): then a quoted denial is read in the message less those lines. */
  passedOver: boolean;
  /** That message, read once by the quoted denial when it asks (`heardOf`). */
  heard?: string;
}

export const partsOf = (piece: Piece): FailureParts => (piece.parts ??= readFailureParts(piece.words, piece.lower));

const passOver = (t: string) => blankQuietLines(blankNewsBeforeFailure(blankHedgedCauses(blankLambdaKmsRelay(blankIgnoredExceptions(t)))));
export const heardOf = (piece: Piece): string => (piece.heard ??= piece.passedOver ? passOver(piece.message) : piece.message);

export function clean(message: string, source: TextSource): Piece {
  const text = message.slice(0, MAX_MESSAGE);
  const lowerText = text.toLowerCase();
  const names = nameSpans(text, lowerText);
  const named = blankSpans(text, names);
  const words = passOver(named);
  // The names' blank is the same in either case, so the lower-cased copy is blanked alike; a quiet line
  // (rare) needs the words lower-cased again.
  const lower = words === named ? blankSpans(lowerText, names) : words.toLowerCase();
  // A quoted denial is read in the message's own words (its names kept), less the lines the words passed over: a WARNING
  // that a tracker's PutObject was refused and the job went on is not the denial that ended it (the ninety-eighth review).
  return { message: text, words, lower, source, passedOver: words !== named };
}

/** A rule's excerpt of the masked words, in the words the message was written with. */
export const excerptOf = (piece: Piece, excerpt: string): string => originalOf(excerpt, piece.words, piece.message);

export function piecesOf(text: FailureText): Piece[] {
  const pieces: Piece[] = [];
  if (text.failureReason) pieces.push(clean(text.failureReason, { kind: 'failure-reason' }));
  for (const s of text.statusMessages ?? []) {
    if (s.message) pieces.push(clean(s.message, { kind: 'status-message', status: s.status }));
  }
  (text.logLines ?? []).forEach((line, index) => {
    pieces.push(clean(line.message, { kind: 'log', stream: line.stream, index }));
  });
  return pieces;
}
