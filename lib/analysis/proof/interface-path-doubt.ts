import type { EvidenceBundle } from '../evidence';
import { interfaceAlternative, type S3Path } from '../requests/network-path';
import type { PlannedRequest } from '../requests/planned-request';
import { networkContext } from '../requests/request-context';
import { gatherPolicyInputs, type MissingPiece, type PolicyInputs } from './policy-inputs';
import type { LeanedOutcome } from './unseen-context';

/** The request as it would reach S3 through `path` instead: its aws:SourceVpce / aws:SourceVpc are that path's. */
function through(req: PlannedRequest, path: S3Path): PlannedRequest {
  const kept = Object.entries(req.request.context ?? {}).filter(([k]) => !/^aws:sourcevpce?$/i.test(k));
  return { ...req, request: { ...req.request, context: { ...Object.fromEntries(kept), ...networkContext(path) } } };
}

/**
 * Whether an S3 check's verdict turns on a way the dashboard cannot see: an S3 interface endpoint with private DNS off may
 * carry the job's requests (a private hosted zone for S3's names, or its own names), with its id as aws:SourceVpce and its
 * policy applying. The request is simulated that way too; when the answer differs from the routes' way (a bucket policy
 * that requires that endpoint, or another), neither is proven.
 */
export async function interfacePathDoubt(
  bundle: EvidenceBundle,
  req: PlannedRequest,
  path: S3Path,
  inputs: PolicyInputs,
  outcome: (request: PlannedRequest, inputs: PolicyInputs) => Promise<LeanedOutcome | undefined>,
): Promise<MissingPiece[]> {
  if (req.target.kind !== 's3') return [];
  const alt = interfaceAlternative(bundle, path);
  if (!alt) return [];
  const [routed, other] = await Promise.all([outcome(req, inputs), outcome(through(req, alt), gatherPolicyInputs(bundle, req, alt))]);
  if (routed === undefined || other === undefined || routed === other) return [];
  return [
    {
      slot: 'network',
      what: `the DNS that decides whether the job's S3 requests go through interface endpoint ${alt.endpointId}`,
      because: `S3 interface endpoint ${alt.endpointId} has private DNS off, so requests reach it only through a Route 53 private hosted zone for S3's names or its own DNS names, which the dashboard does not read; through it they carry aws:SourceVpce ${alt.endpointId} and the policies answer them differently`,
    },
  ];
}
