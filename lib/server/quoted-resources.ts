import 'server-only';
import { parseS3Uri } from '@/lib/analysis/arns';
import type { FailureText } from '@/lib/analysis/observations';
import { readObservations } from '@/lib/analysis/text';

/**
 * Buckets and KMS keys that the job's own words say were denied, beyond the ones its configuration
 * names. Training code often reads S3 itself (a bucket that is no channel), and the diagnosis can
 * only prove or fix such a denial with that bucket's policy and default key in hand.
 */
export function quotedResources(text: FailureText): { buckets: string[]; keyArns: string[] } {
  const buckets = new Set<string>();
  const keyArns = new Set<string>();
  for (const observation of readObservations(text)) {
    const resource = observation.denied?.resource;
    if (!resource) continue;
    const bucket = bucketOfS3Resource(resource);
    if (bucket) buckets.add(bucket);
    else if (/^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/.test(resource)) keyArns.add(resource);
  }
  return { buckets: [...buckets], keyArns: [...keyArns] };
}

/** `arn:aws:s3:::bucket/key`, `arn:aws:s3:::bucket` or `s3://bucket/key` -> `bucket`. */
function bucketOfS3Resource(resource: string): string | undefined {
  const arn = /^arn:aws[a-z-]*:s3:::([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(\/.*)?$/.exec(resource);
  if (arn) return arn[1];
  return resource.startsWith('s3://') ? parseS3Uri(resource)?.bucket : undefined;
}
