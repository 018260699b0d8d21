/**
 * The same account state in another partition, as AWS would show it there: every ARN in that partition, every regional
 * host under its DNS suffix, the region renamed. A diagnosis must not depend on which partition a job runs in, so the
 * diagnosis of a moved bundle is the moved diagnosis of the original (diagnose-partitions.test.ts).
 */
export interface PartitionMove {
  partition: string;
  region: string;
  dnsSuffix: string;
}

export const GOVCLOUD: PartitionMove = { partition: 'aws-us-gov', region: 'us-gov-west-1', dnsSuffix: 'amazonaws.com' };
export const CHINA: PartitionMove = { partition: 'aws-cn', region: 'cn-north-1', dnsSuffix: 'amazonaws.com.cn' };

export function moveToPartition<T>(value: T, to: PartitionMove, from = 'us-east-1'): T {
  const text = JSON.stringify(value)
    .replaceAll(`.${from}.amazonaws.com`, `.${to.region}.${to.dnsSuffix}`)
    .replaceAll(from, to.region)
    .replaceAll('arn:aws:', `arn:${to.partition}:`);
  return JSON.parse(text) as T;
}
