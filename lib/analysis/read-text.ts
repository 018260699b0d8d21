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
    return inJobPartition(classifyText(failureTextOf(bundle.job, bundle.logs)), bundle.region);
  } catch {
    return { cause: 'unknown', confidence: 'unknown', summary: 'The failure text could not be read.', groupKey: 'unknown' };
  }
}

/**
 * The text layer knows no region, so the ARN it writes for a bucket a text names by URL (`s3://b/k`) is a commercial one,
 * in the denied request and in the summary that quotes it. A job in another partition asked for that object in its own
 * (AWS's words there quote `arn:aws-us-gov:…` themselves). The list's text-only reading goes through here too.
 */
export function inJobPartition(text: TextDiagnosis, region: string): TextDiagnosis {
  const partition = partitionOf(region).name;
  if (partition === 'aws') return text;
  const summary = text.summary.replaceAll('arn:aws:', `arn:${partition}:`);
  const resource = text.deniedRequest?.resource;
  return { ...text, summary, ...(text.deniedRequest && resource ? { deniedRequest: { ...text.deniedRequest, resource: inPartition(resource, partition) } } : {}) };
}
