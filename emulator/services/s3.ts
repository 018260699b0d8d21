/**
 * S3 (restXml): a bucket's policy, default encryption and region, with S3's distinct answers for
 * "no policy" (404), "not yours" (405) and "not allowed" (403), which the dashboard must tell apart.
 */
import { AwsError } from '../errors';
import { restXmlProtocol, S3_NAMESPACE } from '../protocols/rest-xml';
import { escapeXml } from '../protocols/xml';
import type { ScenarioBucket } from '../scenario/schema';
import type { CallContext, Params, ServiceDef } from '../types';
import { s3FaultErrors } from './fault-errors';
import { s3PolicyWriteOperations } from './s3-policy-writes';
import { routeS3 } from './s3-route';
import { arnHead } from '../partition';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

function findBucket(ctx: CallContext, input: Params, options: { anyRegion?: boolean } = {}): ScenarioBucket {
  const bucket = ctx.scenario.buckets.find((b) => b.name === input.Bucket);
  if (!bucket) throw new AwsError('NoSuchBucket', 'The specified bucket does not exist', 404);
  if (!options.anyRegion && bucket.region !== ctx.region) {
    // S3 answers a request signed for the wrong region with a redirect naming the right one
    // (the SDK reads it from the x-amz-bucket-region header when followRegionRedirects is on).
    const error = new AwsError(
      'PermanentRedirect',
      'The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.',
      301,
    );
    error.headers = { 'x-amz-bucket-region': bucket.region };
    throw error;
  }
  return bucket;
}

function isForeign(ctx: CallContext, bucket: ScenarioBucket): boolean {
  return bucket.ownerAccountId !== undefined && bucket.ownerAccountId !== ctx.accountId;
}

function getBucketPolicy(ctx: CallContext, input: Params) {
  const bucket = findBucket(ctx, input);
  // Only the owning account may call GetBucketPolicy; anyone else gets 405, not the policy.
  if (isForeign(ctx, bucket)) {
    throw new AwsError('MethodNotAllowed', 'The specified method is not allowed against this resource.', 405);
  }
  if (!bucket.policy) throw new AwsError('NoSuchBucketPolicy', 'The bucket policy does not exist', 404);
  return { body: JSON.stringify(bucket.policy), contentType: 'application/json' };
}

function getBucketEncryption(ctx: CallContext, input: Params) {
  const bucket = findBucket(ctx, input);
  if (isForeign(ctx, bucket)) throw new AwsError('AccessDenied', 'Access Denied', 403);
  const encryption = bucket.encryption;
  if (!encryption) {
    throw new AwsError('ServerSideEncryptionConfigurationNotFoundError', 'The server side encryption configuration was not found', 404);
  }
  const keyId = encryption.kmsKeyId ? `<KMSMasterKeyID>${escapeXml(encryption.kmsKeyId)}</KMSMasterKeyID>` : '';
  const body =
    `${XML_HEAD}<ServerSideEncryptionConfiguration xmlns="${S3_NAMESPACE}"><Rule>` +
    `<ApplyServerSideEncryptionByDefault><SSEAlgorithm>${escapeXml(encryption.algorithm)}</SSEAlgorithm>${keyId}` +
    `</ApplyServerSideEncryptionByDefault><BucketKeyEnabled>${encryption.bucketKeyEnabled ?? false}</BucketKeyEnabled>` +
    `</Rule></ServerSideEncryptionConfiguration>`;
  return { body, contentType: 'application/xml' };
}

function getBucketLocation(ctx: CallContext, input: Params) {
  const bucket = findBucket(ctx, input, { anyRegion: true });
  if (isForeign(ctx, bucket)) throw new AwsError('AccessDenied', 'Access Denied', 403);
  // us-east-1 is the empty LocationConstraint, a legacy S3 keeps.
  const region = bucket.region === 'us-east-1' ? '' : escapeXml(bucket.region);
  return { body: `${XML_HEAD}<LocationConstraint xmlns="${S3_NAMESPACE}">${region}</LocationConstraint>`, contentType: 'application/xml' };
}

const onBucket = (ctx: CallContext, input: Params) => `${arnHead(ctx.region)}:s3:::${String(input.Bucket)}`;

export const s3Service: ServiceDef = {
  signingName: 's3',
  protocol: restXmlProtocol(routeS3),
  errors: s3FaultErrors(),
  operations: {
    GetBucketPolicy: { action: 's3:GetBucketPolicy', resource: onBucket, handle: getBucketPolicy },
    GetBucketEncryption: { action: 's3:GetEncryptionConfiguration', resource: onBucket, handle: getBucketEncryption },
    GetBucketLocation: { action: 's3:GetBucketLocation', resource: onBucket, handle: getBucketLocation },
    ...s3PolicyWriteOperations({ findBucket, onBucket }),
  },
};
