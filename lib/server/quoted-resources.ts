import 'server-only';
import { parseS3Uri } from '@/lib/analysis/arns';
import type { FailureText } from '@/lib/analysis/observations';
import { readObservations } from '@/lib/analysis/text';
import { isWellFormedRegion } from '@/lib/validation';

/**
 * Buckets and KMS keys that the job's own words say were denied, beyond the ones its configuration
 * names. Training code often reads S3 itself (a bucket that is no channel), and the diagnosis can
 * only prove or fix such a denial with that bucket's policy and default key in hand.
 *
 * The words are the training code's output, so anyone who can run a job chooses them: only
 * well-formed names are read, and only the first few (in the order the text quotes them), so a log
 * full of fake denials cannot turn one page view into hundreds of AWS calls or clients for made-up
 * regions.
 */
export const MAX_QUOTED_PER_KIND = 3;

const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const KEY_ARN = /^arn:aws[a-z-]*:kms:([a-z0-9-]+):\d{12}:key\/[A-Za-z0-9-]{1,64}$/;

export function quotedResources(text: FailureText): { buckets: string[]; keyArns: string[] } {
  const buckets = new Set<string>();
  const keyArns = new Set<string>();
  for (const observation of readObservations(text)) {
    const resource = observation.denied?.resource;
    if (!resource) continue;
    const bucket = bucketOfS3Resource(resource);
    if (bucket) {
      if (buckets.size < MAX_QUOTED_PER_KIND) buckets.add(bucket);
      continue;
    }
    const region = KEY_ARN.exec(resource)?.[1];
    if (region && isWellFormedRegion(region) && keyArns.size < MAX_QUOTED_PER_KIND) keyArns.add(resource);
  }
  return { buckets: [...buckets], keyArns: [...keyArns] };
}

/** `arn:aws:s3:::bucket/key`, `arn:aws:s3:::bucket` or `s3://bucket/key` -> `bucket`, if it is a valid bucket name. */
function bucketOfS3Resource(resource: string): string | undefined {
  const arn = /^arn:aws[a-z-]*:s3:::([^/]+)(\/.*)?$/.exec(resource);
  const name = arn ? arn[1] : resource.startsWith('s3://') ? parseS3Uri(resource)?.bucket : undefined;
  return name !== undefined && BUCKET_NAME.test(name) ? name : undefined;
}
