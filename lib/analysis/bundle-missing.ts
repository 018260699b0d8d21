import type { Diagnosis } from './diagnosis';
import type { EvidenceBundle, Piece } from './evidence';
import { describeMissing } from './proof/policy-inputs';

type MissingItem = Diagnosis['missingEvidence'][number];

/** The what-phrase for the job's logs: the page's "Go to the logs" keys on it. */
export const LOGS_WHAT = "the job's logs";

function pieceMissing(piece: Piece<unknown> | undefined, what: string): MissingItem[] {
  if (!piece || piece.ok) return [];
  const { because, dashboardNeeds } = describeMissing('network', what, piece.missing);
  return [{ what, because, dashboardNeeds }];
}

/**
 * Evidence no check depends on, but a reader does: the logs (where a failure inside the job shows),
 * the VPC's subnets and security groups (what the job's network interfaces were given), each
 * KMS key's details (a fix for an AWS-managed key differs) and its aliases (its name on the page). When
 * they could not be read the page must say so, never send the reader to an empty panel.
 */
export function bundleMissing(bundle: EvidenceBundle): MissingItem[] {
  return [
    ...pieceMissing(bundle.logs, LOGS_WHAT),
    ...pieceMissing(bundle.network?.subnets, `the subnets of the job's VPC configuration`),
    ...pieceMissing(bundle.network?.securityGroups, `the security groups of the job's VPC configuration`),
    // A key's details (its ARN, owner, whether AWS manages it) shape the fixes even when its policy was read.
    ...Object.values(bundle.keys).flatMap((k) => pieceMissing(k.metadata, `the details of KMS key ${k.ref}`)),
    // A key's aliases only name it on the page. Another account's can never be listed, and a key
    // that could not be described is listed above: only a refusal or an error of its own is news.
    // Named by the key's ARN, so one key the job names twice (by alias and by ARN) is listed once.
    ...Object.values(bundle.keys).flatMap((k) => (k.metadata.ok && k.aliases && !k.aliases.ok && k.aliases.missing.kind !== 'cross-account' ? pieceMissing(k.aliases, `the aliases of KMS key ${k.metadata.value.arn}`) : [])),
  ];
}
