/**
 * The diagnosis engine: evidence in, diagnosis out. Pure (no I/O, no clock), so the server, the CLI
 * and the tests all run the same code.
 */
import { classifyText as classifyTextImpl } from './classify-text';
import { diagnose as diagnoseImpl } from './diagnose';
import type { Diagnosis, TextDiagnosis } from './diagnosis';
import type { EvidenceBundle } from './evidence';
import type { FailureText } from './observations';

/**
 * Prove why a training job failed. Derives every request SageMaker makes under the execution role
 * (assume role, network, volume key, image, input, logs, checkpoints, output), simulates each against
 * the role's policies, boundary, bucket/key/trust policy and VPC endpoint policy, names the deciding
 * statement, and offers fixes that were re-simulated before being marked `verified`. Evidence that
 * could not be read makes checks `unknown` (never `pass`) and lowers confidence to `likely`.
 * Async because the policy simulator is.
 */
export function diagnose(bundle: EvidenceBundle): Promise<Diagnosis> {
  return diagnoseImpl(bundle);
}

/**
 * What the job's own words say (FailureReason, status messages, log lines), without evaluating any
 * policy: at most `likely`. Used for the failed-jobs list and the `classify` CLI.
 */
export function classifyText(text: FailureText): TextDiagnosis {
  return classifyTextImpl(text);
}

export { CAUSES, NON_PERMISSION_CAUSES, PERMISSION_CAUSES, STAGES } from './diagnosis';
export type {
  AwsRequest,
  Cause,
  Check,
  CheckStatus,
  Confidence,
  DecidedBy,
  DeniedRequest,
  Diagnosis,
  Fix,
  FixTarget,
  PermissionCause,
  PolicyType,
  Stage,
  TextDiagnosis,
} from './diagnosis';
export type { EvidenceBundle, Missing, MissingKind, Piece } from './evidence';
export type { FailureText, Observation, TextSource } from './observations';
