import type { EvidenceBundle } from '../evidence';
import { interfaceAlternatives, type S3Path } from '../requests/network-path';
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
 * policy applying. `routed` is the caller's reading of the request the routes' way; the request is simulated each such
 * way too, and when an answer differs from the routes' way (a bucket policy that requires one endpoint, or an endpoint
 * policy), neither is proven. An endpoint policy that could not be read
 * can only add a denial: it leaves a way open unless the routes' way is denied already.
 */
export async function interfacePathDoubt(
  bundle: EvidenceBundle,
  req: PlannedRequest,
  path: S3Path,
  routed: LeanedOutcome | undefined,
  outcome: (request: PlannedRequest, inputs: PolicyInputs) => Promise<LeanedOutcome | undefined>,
): Promise<MissingPiece[]> {
  if (req.target.kind !== 's3' || routed === undefined) return [];
  const alternatives = interfaceAlternatives(bundle, path);
  if (alternatives.length === 0) return [];
  for (const alt of alternatives) {
    const unread: boolean = !alt.policy.ok && routed !== 'denied';
    const other: LeanedOutcome | undefined = unread ? undefined : await outcome(through(req, alt), gatherPolicyInputs(bundle, req, alt));
    if (!unread && (other === undefined || other === routed)) continue;
    const policy = unread ? `, whose policy could not be read,` : '';
    return [
      {
        slot: 'network',
        what: `the DNS that decides whether the job's S3 requests go through interface endpoint ${alt.endpointId}`,
        because: `S3 interface endpoint ${alt.endpointId}${policy} has private DNS off, so requests reach it only through a Route 53 private hosted zone for S3's names or its own DNS names, which the dashboard does not read; through it they carry aws:SourceVpce ${alt.endpointId} and the policies ${unread ? 'may answer them differently' : 'answer them differently'}`,
      },
    ];
  }
  return [];
}
