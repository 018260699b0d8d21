import { classifyText } from './classify-text';
import type { TextDiagnosis } from './diagnosis';
import type { EvidenceBundle, LogsEvidence, Piece, TrainingJob } from './evidence';
import type { FailureText } from './observations';
import { inPartition, partitionOf } from './partition';

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
    return inJobPartition(classifyText(failureTextOf(bundle.job, bundle.logs)), partitionOf(bundle.region).name);
  } catch {
    return { cause: 'unknown', confidence: 'unknown', summary: 'The failure text could not be read.', groupKey: 'unknown' };
  }
}

/**
 * The text layer knows no region, so the ARN it writes for a bucket a text names by URL (`s3://b/k`) is a commercial one.
 * A job in another partition asked for that object in its own (AWS's words there quote `arn:aws-us-gov:…` themselves).
 */
function inJobPartition(text: TextDiagnosis, partition: string): TextDiagnosis {
  const resource = text.deniedRequest?.resource;
  if (!resource || partition === 'aws') return text;
  return { ...text, deniedRequest: { ...text.deniedRequest, resource: inPartition(resource, partition) } };
}
