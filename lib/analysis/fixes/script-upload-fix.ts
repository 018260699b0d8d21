import type { EvidenceBundle } from '../evidence';
import { requiredUploadEncryption } from './deny-statement';
import type { FixPlan } from './fix-plan';
import type { DenyContext } from './job-config-fixes';
import { command } from './shell';

/** The header keys S3 puts in the request context for an upload's encryption. */
const HEADER = 's3:x-amz-server-side-encryption';
const KEY_HEADER = 's3:x-amz-server-side-encryption-aws-kms-key-id';

/**
 * The training script's own upload, refused by a deny on uploads without an encryption header:
 * the compliant change is in the script — send the header — not in the job's configuration
 * (OutputDataConfig.KmsKeyId covers SageMaker's own artifact upload only). Verified by
 * re-simulating the quoted request with the header in its context.
 */
export function scriptUploadPlan(bundle: EvidenceBundle, d: DenyContext): FixPlan | undefined {
  const required = requiredUploadEncryption(d.statement);
  const uploads = d.group.filter((c) => c.check.id.includes('-quoted-') && c.planned.request.action === 's3:PutObject' && c.planned.target.kind === 's3');
  const first = uploads[0];
  if (!required || !first) return undefined;
  const uri = first.planned.request.resource.replace(/^arn:aws[\w-]*:s3:::/, 's3://');
  const file = uri.split('/').pop() || 'FILE';
  const sid = typeof d.statement.Sid === 'string' ? `"${d.statement.Sid}"` : 'the deny';
  const context: Record<string, string> = { [HEADER]: required.algorithm, ...(required.keyId ? { [KEY_HEADER]: required.keyId } : {}) };
  const extraArgs = [`'ServerSideEncryption': '${required.algorithm}'`, ...(required.keyId ? [`'SSEKMSKeyId': '${required.keyId}'`] : [])].join(', ');
  const cli = command(['aws', 's3', 'cp', file, uri, '--sse', required.algorithm, ...(required.keyId ? ['--sse-kms-key-id', required.keyId] : [])]);
  const notes = [
    `${d.where.charAt(0).toUpperCase()}${d.where.slice(1)} denies (${sid}) uploads that do not send ${HEADER}: ${required.algorithm}${required.keyId ? ` with key ${required.keyId}` : ''}. The training script's own upload to ${uri} sends none; SageMaker's own artifact upload is not affected.`,
    `In the script (boto3): s3.upload_file(path, bucket, key, ExtraArgs={${extraArgs}}); the command above is the AWS CLI form of the same upload.`,
    ...(required.algorithm === 'aws:kms' ? ['The role needs kms:GenerateDataKey on the key the upload uses, and that key\u2019s policy must allow it.'] : []),
  ];
  return {
    key: `script-upload:${HEADER}:${required.algorithm}:${required.keyId ?? ''}`,
    target: 'other',
    kind: 'compliant',
    title: `Send the ${required.algorithm} encryption header with the training script's upload to ${uri}`,
    accountId: bundle.accountId,
    crossAccount: false,
    appliedBy: 'whoever maintains the training script',
    cli,
    checkIds: uploads.map((c) => c.check.id),
    notes,
    changes: [{ kind: 'quoted-request-context', context }],
  };
}
