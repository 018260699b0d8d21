import { classifyText } from './classify-text';
import type { TextDiagnosis } from './diagnosis';
import type { EvidenceBundle, LogsEvidence, Piece, TrainingJob } from './evidence';
import type { FailureText } from './observations';

/** The job's own words, as the text layer reads them. Takes the parts, not a bundle, so evidence gathering can read them too. */
export function failureTextOf(job: TrainingJob, logs: Piece<LogsEvidence>): FailureText {
  return {
    failureReason: job.failureReason,
    statusMessages: job.transitions
      .filter((t) => t.statusMessage)
      .map((t) => ({ status: t.status, message: t.statusMessage ?? '' })),
    logLines: logs.ok ? logs.value.streams.flatMap((s) => s.lines.map((l) => ({ stream: s.name, message: l.message }))) : [],
  };
}

/**
 * The text layer's reading. A fault in a text rule must not take the proof down with it: the
 * policies can still be evaluated, so a throw becomes "the text says nothing we understood".
 */
export function readText(bundle: EvidenceBundle): TextDiagnosis {
  try {
    return classifyText(failureTextOf(bundle.job, bundle.logs));
  } catch {
    return { cause: 'unknown', confidence: 'unknown', summary: 'The failure text could not be read.', groupKey: 'unknown' };
  }
}
