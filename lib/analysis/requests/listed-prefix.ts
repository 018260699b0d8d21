import type { EvidenceBundle } from '../evidence';

const S3_URI = /s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/([^\s"'`,;)]*)/g;

/**
 * The prefix the training code listed in `bucket`, read from the failure text and the log lines:
 * AWS quotes a denied ListBucket with the bucket ARN only, but the code usually logs what it lists.
 * A line that speaks of listing wins; otherwise only a single distinct prefix is trusted. Undefined
 * when the text does not tell, so the grant is not narrowed to a guess.
 */
export function listedPrefix(bundle: EvidenceBundle, bucket: string): string | undefined {
  const lines = [bundle.job.failureReason ?? '', ...(bundle.logs.ok ? bundle.logs.value.streams.flatMap((s) => s.lines.map((l) => l.message)) : [])];
  const found: { prefix: string; listing: boolean }[] = [];
  for (const line of lines) {
    for (const m of line.matchAll(S3_URI)) {
      if (m[1] === bucket && m[2]) found.push({ prefix: m[2], listing: /\blist/i.test(line) });
    }
  }
  const listing = found.find((f) => f.listing);
  if (listing) return listing.prefix;
  const distinct = [...new Set(found.map((f) => f.prefix))];
  return distinct.length === 1 ? distinct[0] : undefined;
}
