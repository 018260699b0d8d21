/**
 * The partition a region is in, as AWS writes it in the ARNs it returns (`arn:aws-us-gov:iam::…` in GovCloud,
 * `arn:aws-cn:…` in China). The endpoint answers each call in the partition of the region the call was signed for,
 * so a scenario whose jobs live in GovCloud reads as a GovCloud account does. The region patterns are the AWS SDKs'.
 */
const PARTITIONS: readonly (readonly [RegExp, string])[] = [
  [/^cn-/, 'aws-cn'],
  [/^us-gov-/, 'aws-us-gov'],
  [/^us-isob-/, 'aws-iso-b'],
  [/^us-isof-/, 'aws-iso-f'],
  [/^us-iso-/, 'aws-iso'],
  [/^eu-isoe-/, 'aws-iso-e'],
  [/^eusc-/, 'aws-eusc'],
];

export function partitionOf(region: string): string {
  return PARTITIONS.find(([pattern]) => pattern.test(region))?.[1] ?? 'aws';
}

/** `arn:<partition>`, the head of every ARN of the region. */
export function arnHead(region: string): string {
  return `arn:${partitionOf(region)}`;
}
