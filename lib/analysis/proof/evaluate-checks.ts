import type { EvidenceBundle } from '../evidence';
import { deriveRequests } from '../requests/derive-requests';
import { findS3Path, type S3Path } from '../requests/network-path';
import { insertInStageOrder, manifestObjectRequest, pinToNamedObject, quotedRequest, type QuotedHint } from '../requests/quoted-request';
import type { EvaluatedCheck } from './evaluated-check';
import { evaluateCheck } from './evaluate-check';

export interface Evaluation {
  path: S3Path;
  /** Kept so re-simulating a fix evaluates the same requests. */
  hint?: QuotedHint;
  checks: EvaluatedCheck[];
}

/**
 * Every request of the job (and the one the text quotes, or the manifest's data object it names, if SageMaker's own do
 * not cover it), in stage order.
 */
export async function evaluateChecks(bundle: EvidenceBundle, hint?: QuotedHint): Promise<Evaluation> {
  const path = findS3Path(bundle);
  const derived = pinToNamedObject(deriveRequests(bundle, path), hint?.denied);
  const quoted = quotedRequest(bundle, path, hint, derived) ?? manifestObjectRequest(bundle, path, hint?.denied, derived);
  const requests = quoted ? insertInStageOrder(derived, quoted) : derived;
  const checks: EvaluatedCheck[] = [];
  // Sequential on purpose: the simulator is CPU-bound, and order keeps ids and output stable.
  for (const req of requests) checks.push(await evaluateCheck(bundle, req, path));
  return { path, hint, checks };
}
