import type { EvidenceBundle } from '../evidence';
import { deriveRequests } from '../requests/derive-requests';
import { findS3Path, type S3Path } from '../requests/network-path';
import type { EvaluatedCheck } from './evaluated-check';
import { evaluateCheck } from './evaluate-check';

export interface Evaluation {
  path: S3Path;
  checks: EvaluatedCheck[];
}

/** Every request of the job, in stage order, each evaluated against the evidence. */
export async function evaluateChecks(bundle: EvidenceBundle): Promise<Evaluation> {
  const path = findS3Path(bundle);
  const requests = deriveRequests(bundle, path);
  const checks: EvaluatedCheck[] = [];
  // Sequential on purpose: the simulator is CPU-bound, and order keeps ids and output stable.
  for (const req of requests) checks.push(await evaluateCheck(bundle, req, path));
  return { path, checks };
}
