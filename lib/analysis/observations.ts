/**
 * What the text layer reads out of a job's own words (FailureReason, secondary status messages, log
 * lines) before any policy is evaluated. The proof layer takes these as hints: which stage failed,
 * which request AWS quoted as denied, and what kind of failure the words describe.
 */
import type { Cause, DeniedRequest, Stage } from './diagnosis';

/** Where a piece of text came from, so the page can point at it. */
export type TextSource =
  | { kind: 'failure-reason' }
  | { kind: 'status-message'; status: string }
  | { kind: 'log'; stream: string; index: number };

/** One thing a rule recognised in the text. */
export interface Observation {
  /** The rule that matched (stable id, for tests and debugging). */
  rule: string;
  /** The cause the words alone point at. */
  cause: Cause;
  /** The stage the words point at, if they say. */
  stage?: Stage;
  /** The request AWS quoted, when the message names one. */
  denied?: DeniedRequest;
  /** The exact text matched, for highlighting. */
  excerpt: string;
  source: TextSource;
  /** Higher wins when observations disagree: a quoted denial beats a generic "AccessDenied". */
  strength: number;
}

/** The input the text layer reads: plain strings, so the CLI can feed it raw text. */
export interface FailureText {
  failureReason?: string;
  statusMessages?: { status: string; message: string }[];
  logLines?: { stream: string; message: string }[];
}
