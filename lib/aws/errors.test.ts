import { describe, expect, it } from 'vitest';
import type { MissingKind } from '@/lib/analysis/evidence';
import { attempt, classify, toMissing } from './errors';

/** Builds an error shaped like the SDK's ServiceException (name = AWS error code). */
const sdkError = (name: string, status: number, message = 'msg') =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status }, $fault: status >= 500 ? 'server' : 'client' });

const cases: [string, unknown, MissingKind][] = [
  ['IAM NoSuchEntity', sdkError('NoSuchEntity', 404, 'The role with name x cannot be found.'), 'not-found'],
  ['Logs ResourceNotFoundException', sdkError('ResourceNotFoundException', 400, 'The specified log group does not exist.'), 'not-found'],
  ['KMS NotFoundException', sdkError('NotFoundException', 400, "Alias arn:aws:kms:us-east-1:1:alias/x is not found."), 'not-found'],
  ['SageMaker unknown job (ValidationException)', sdkError('ValidationException', 400, 'Requested resource not found.'), 'not-found'],
  ['SageMaker other validation error', sdkError('ValidationException', 400, '1 validation error detected'), 'error'],
  ['S3 NoSuchBucket', sdkError('NoSuchBucket', 404, 'The specified bucket does not exist'), 'not-found'],
  ['EC2 InvalidSubnetID.NotFound', sdkError('InvalidSubnetID.NotFound', 400, "The subnet ID 'subnet-1' does not exist"), 'not-found'],
  ['S3 403 AccessDenied', sdkError('AccessDenied', 403, 'Access Denied'), 'access-denied'],
  ['JSON AccessDeniedException', sdkError('AccessDeniedException', 400), 'access-denied'],
  ['EC2 UnauthorizedOperation', sdkError('UnauthorizedOperation', 403, 'You are not authorized to perform this operation.'), 'access-denied'],
  ['S3 bare 403 (HEAD-style, no code)', sdkError('UnknownError', 403, ''), 'access-denied'],
  ['S3 405 MethodNotAllowed (another account\'s bucket)', sdkError('MethodNotAllowed', 405, 'The specified method is not allowed against this resource.'), 'cross-account'],
  ['SageMaker ThrottlingException', sdkError('ThrottlingException', 400, 'Rate exceeded'), 'throttled'],
  ['IAM Throttling', sdkError('Throttling', 400, 'Rate exceeded'), 'throttled'],
  ['EC2 RequestLimitExceeded', sdkError('RequestLimitExceeded', 503, 'Request limit exceeded.'), 'throttled'],
  ['S3 SlowDown', sdkError('SlowDown', 503, 'Please reduce your request rate.'), 'throttled'],
  ['HTTP 429', sdkError('TooManyRequests', 429), 'throttled'],
  ['request timeout', Object.assign(new Error('Request timed out'), { name: 'TimeoutError' }), 'timeout'],
  ['socket ETIMEDOUT', Object.assign(new Error('connect ETIMEDOUT'), { code: 'ETIMEDOUT' }), 'timeout'],
  ['connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }), 'error'],
  // The dashboard's credentials, refused with a 403: granting the action would not help, so not access-denied.
  ['STS/IAM ExpiredToken (403)', sdkError('ExpiredToken', 403, 'The security token included in the request is expired'), 'error'],
  ['IAM InvalidClientTokenId (403)', sdkError('InvalidClientTokenId', 403, 'The security token included in the request is invalid.'), 'error'],
  ['S3 InvalidAccessKeyId (403)', sdkError('InvalidAccessKeyId', 403, 'The AWS Access Key Id you provided does not exist in our records.'), 'error'],
  ['S3 SignatureDoesNotMatch (403)', sdkError('SignatureDoesNotMatch', 403, 'The request signature we calculated does not match the signature you provided.'), 'error'],
  ['JSON ExpiredTokenException', sdkError('ExpiredTokenException', 400, 'The security token included in the request is expired'), 'error'],
  ['JSON UnrecognizedClientException', sdkError('UnrecognizedClientException', 400, 'The security token included in the request is invalid.'), 'error'],
  ['EC2 AuthFailure (401)', sdkError('AuthFailure', 401, 'AWS was not able to validate the provided access credentials'), 'error'],
  ['500 InternalFailure', sdkError('InternalFailure', 500), 'error'],
  ['a thrown string', 'weird', 'error'],
];

describe('classify', () => {
  it.each(cases)('%s', (_label, error, kind) => {
    expect(classify(error)).toBe(kind);
  });
});

describe('toMissing', () => {
  it('names the action and resource of the call and keeps what AWS said, redacted', () => {
    const error = sdkError('AccessDenied', 403, 'Access Denied for AKIAIOSFODNN7EXAMPLE');
    expect(toMissing(error, { action: 's3:GetBucketPolicy', resource: 'arn:aws:s3:::b' })).toEqual({
      kind: 'access-denied',
      action: 's3:GetBucketPolicy',
      resource: 'arn:aws:s3:::b',
      message: 'AccessDenied: Access Denied for AKIAIOSF************',
    });
  });

  it('says refused credentials are the dashboard\'s own credentials, not a permission to grant', () => {
    const m = toMissing(sdkError('ExpiredToken', 403, 'The security token included in the request is expired'), { action: 'iam:GetRole' });
    expect(m.kind).toBe('error');
    expect(m.message).toMatch(/^AWS refused the dashboard's own credentials .*ExpiredToken: The security token included in the request is expired$/);
  });

  it('falls back to the HTTP status when AWS sent no message', () => {
    expect(toMissing(sdkError('UnknownError', 403, 'UnknownError'), { action: 's3:GetBucketPolicy' }).message).toBe('HTTP 403');
  });
});

describe('attempt', () => {
  it('wraps a value and a failure as pieces', async () => {
    await expect(attempt({ action: 'iam:GetRole' }, async () => 42)).resolves.toEqual({ ok: true, value: 42 });
    const failed = await attempt({ action: 'iam:GetRole' }, async () => {
      throw sdkError('NoSuchEntity', 404, 'The role with name x cannot be found.');
    });
    expect(failed).toEqual({ ok: false, missing: { kind: 'not-found', action: 'iam:GetRole', message: 'NoSuchEntity: The role with name x cannot be found.' } });
  });
});
