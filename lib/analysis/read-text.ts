import { classifyText } from './classify-text';
import type { TextDiagnosis } from './diagnosis';
import type { EvidenceBundle } from './evidence';
import type { FailureText } from './observations';

/** The job's own words, as the text layer reads them. */
export function failureTextOf(bundle: EvidenceBundle): FailureText {
  return {
    failureReason: bundle.job.failureReason,
    statusMessages: bundle.job.transitions
      .filter((t) => t.statusMessage)
      .map((t) => ({ status: t.status, message: t.statusMessage ?? '' })),
    logLines: bundle.logs.ok
      ? bundle.logs.value.streams.flatMap((s) => s.lines.map((l) => ({ stream: s.name, message: l.message })))
      : [],
  };
}

/**
 * The text layer's reading. A fault in a text rule must not take the proof down with it: the
 * policies can still be evaluated, so a throw becomes "the text says nothing we understood".
 */
export function readText(bundle: EvidenceBundle): TextDiagnosis {
  try {
    return classifyText(failureTextOf(bundle));
  } catch {
    return { cause: 'unknown', confidence: 'unknown', summary: 'The failure text could not be read.', groupKey: 'unknown' };
  }
}
