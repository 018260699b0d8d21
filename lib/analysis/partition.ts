/**
 * AWS partitions. A region belongs to exactly one, and an ARN's second field and a service host's DNS suffix follow from
 * it: a GovCloud job reads `arn:aws-us-gov:s3:::bucket/key`, and a policy naming `arn:aws-us-gov:s3:::bucket/*` allows
 * it while one naming `arn:aws:s3:::bucket/*` does not. So every ARN the engine writes for a job's request, and every
 * `kms:ViaService` host, takes the partition of the job's region; writing `arn:aws:` there would simulate requests no
 * job in that partition makes and call every allowed one denied.
 *
 * The patterns are the AWS SDKs' own (partitions.json, as `@aws-sdk/core` ships it);
 * lib/aws/partitions-match-sdk.test.ts holds this table to the SDK's answer for every region the SDK names. Pure data,
 * so the analysis stays free of the SDK.
 */
export interface Partition {
  /** The ARN's second field: `aws`, `aws-cn`, `aws-us-gov`, … */
  name: string;
  /** The service hosts' suffix: `s3.<region>.<dnsSuffix>`. */
  dnsSuffix: string;
}

const COMMERCIAL: Partition = { name: 'aws', dnsSuffix: 'amazonaws.com' };

const OTHERS: readonly (Partition & { region: RegExp })[] = [
  { name: 'aws-cn', dnsSuffix: 'amazonaws.com.cn', region: /^cn-\w+-\d+$/ },
  { name: 'aws-us-gov', dnsSuffix: 'amazonaws.com', region: /^us-gov-\w+-\d+$/ },
  { name: 'aws-iso', dnsSuffix: 'c2s.ic.gov', region: /^us-iso-\w+-\d+$/ },
  { name: 'aws-iso-b', dnsSuffix: 'sc2s.sgov.gov', region: /^us-isob-\w+-\d+$/ },
  { name: 'aws-iso-e', dnsSuffix: 'cloud.adc-e.uk', region: /^eu-isoe-\w+-\d+$/ },
  { name: 'aws-iso-f', dnsSuffix: 'csp.hci.ic.gov', region: /^us-isof-\w+-\d+$/ },
  { name: 'aws-eusc', dnsSuffix: 'amazonaws.eu', region: /^eusc-(de)-\w+-\d+$/ },
];

/** The partition of a region; the commercial one for anything else, as the SDKs answer. */
export function partitionOf(region: string): Partition {
  const found = OTHERS.find((p) => p.region.test(region));
  return found ? { name: found.name, dnsSuffix: found.dnsSuffix } : COMMERCIAL;
}

/** `arn:aws:…` → `arn:<partition>:…`; other ARNs (already in a partition of their own) and non-ARNs unchanged. */
export function inPartition(arn: string, partition: string): string {
  return arn.startsWith('arn:aws:') ? `arn:${partition}:${arn.slice('arn:aws:'.length)}` : arn;
}
