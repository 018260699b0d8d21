import type { EvidenceBundle, PolicyDocument } from '../evidence';
import type { PlannedRequest } from '../requests/planned-request';
import { documentsRead, type MissingPiece, type PolicyInputs } from './policy-inputs';
import { statementsOf } from './statements';
import { conditionKeysOf, type LeanedOutcome } from './unseen-context';

const S3_ARN_KEY = 'kms:EncryptionContext:aws:s3:arn';

function readsS3Arn(document: PolicyDocument): boolean {
  return statementsOf(document).some((s) => conditionKeysOf(s).some((k) => k.toLowerCase() === S3_ARN_KEY.toLowerCase()));
}

function withS3Arn(req: PlannedRequest, value: string): PlannedRequest {
  return { ...req, request: { ...req.request, context: { ...req.request.context, [S3_ARN_KEY]: value } } };
}

/**
 * Whether a KMS check through S3 turns on the S3 Bucket Key setting its objects were written under: S3 sends KMS the
 * bucket's ARN as `aws:s3:arn` for an object written with a Bucket Key and the object's ARN for the others, and a bucket's
 * setting applies only to objects written since it was made (S3 User Guide, "Configuring your bucket to use an S3 Bucket
 * Key with SSE-KMS for new objects"; the API reference's BucketKeyEnabled: "Existing objects are not affected"). The
 * check is simulated with the bucket's setting now; when a policy reads the key and the other context gets another
 * answer, neither is proven for a read: the objects may have been written under either setting. A write's context
 * follows the setting, so it is open only when the setting could not be read.
 */
export async function objectContextDoubt(
  bundle: EvidenceBundle,
  req: PlannedRequest,
  inputs: PolicyInputs,
  now: LeanedOutcome | undefined,
  outcome: (request: PlannedRequest) => Promise<LeanedOutcome | undefined>,
): Promise<MissingPiece[]> {
  const t = req.target;
  if (t.kind !== 'kms' || !t.otherS3Context || !t.bucket) return [];
  if (now === undefined || !documentsRead(inputs).some(readsS3Arn)) return [];
  const other = await outcome(withS3Arn(req, t.otherS3Context));
  if (other === undefined || now === other) return [];
  const enc = bundle.buckets[t.bucket]?.encryption;
  const settingRead = enc?.ok === true;
  const how = `S3 sends KMS the bucket's ARN as aws:s3:arn for objects encrypted with one and the object's ARN for the others, and a policy statement that reads the value answers the two differently`;
  const because = settingRead
    ? `${how}; the bucket's setting (${enc.value?.bucketKeyEnabled ? 'on' : 'off'} now) holds only for objects written since it was set (aws s3api head-object --bucket ${t.bucket} --key <an object> --query BucketKeyEnabled tells for one object)`
    : `${how}, and the bucket's default encryption, which says whether S3 uses one, could not be read`;
  return [
    {
      slot: 'context',
      what: `whether the objects the job ${t.via === 's3-read' ? 'reads from' : 'writes to'} bucket ${t.bucket} are encrypted with an S3 Bucket Key`,
      because,
    },
  ];
}
