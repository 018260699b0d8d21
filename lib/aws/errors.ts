import 'server-only';
import type { Missing, MissingKind, Piece } from '@/lib/analysis/evidence';
import { redactText } from '@/lib/redact';

/**
 * SDK errors turned into `Missing`: why a piece of evidence could not be read, in words the page
 * can show ("the dashboard lacks s3:GetBucketPolicy"). The error codes are the services' own; the
 * table in errors.test.ts pins each one.
 */

const NOT_FOUND = new Set([
  'NoSuchEntity', // IAM
  'NoSuchEntityException',
  'ResourceNotFound', // SageMaker (documented; DescribeTrainingJob actually says ValidationException, below)
  'ResourceNotFoundException', // CloudWatch Logs
  'NotFoundException', // KMS
  'NoSuchBucket', // S3
  'NoSuchKey',
  'QueueDoesNotExist', // SQS (query code AWS.SimpleQueueService.NonExistentQueue)
]);

const ACCESS_DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation', // EC2
  'UnauthorizedAccess',
  'Forbidden',
  'AuthorizationError',
]);

const THROTTLED = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestLimitExceeded', // EC2
  'TooManyRequestsException',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown', // S3
  'ProvisionedThroughputExceededException',
]);

// The dashboard's own credentials refused (AWS "Common Errors": ExpiredTokenException, InvalidClientTokenId,
// IncompleteSignature ... all HTTP 403). Not a missing permission: granting the action would not help.
const CREDENTIALS = new Set([
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'InvalidAccessKeyId', // S3
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'InvalidSignatureException',
  'MissingAuthenticationToken',
  'MissingAuthenticationTokenException',
  'AuthFailure', // EC2
  'TokenRefreshRequired',
  'CredentialsProviderError', // the SDK found no credentials at all
]);

const TIMEOUT = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException', 'ETIMEDOUT', 'ESOCKETTIMEDOUT']);

interface SdkErrorLike {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

/** What the dashboard was doing when the error happened. */
export interface CallSite {
  /** The IAM action of the call (`iam:GetRole`): what to grant the dashboard on access-denied. */
  action: string;
  resource?: string;
}

/** Classifies any thrown value (SDK service error, network error, timeout) as a `Missing`. */
export function toMissing(error: unknown, site: CallSite): Missing {
  return { kind: classify(error), action: site.action, ...(site.resource ? { resource: site.resource } : {}), message: messageOf(error) };
}

export function classify(error: unknown): MissingKind {
  const e = (error ?? {}) as SdkErrorLike;
  const name = e.name ?? '';
  const code = e.code ?? '';
  const status = e.$metadata?.httpStatusCode;
  const message = e.message ?? '';

  if (TIMEOUT.has(name) || TIMEOUT.has(code)) return 'timeout';
  if (THROTTLED.has(name) || status === 429) return 'throttled';
  if (CREDENTIALS.has(name)) return 'error';
  if (ACCESS_DENIED.has(name)) return 'access-denied';
  if (NOT_FOUND.has(name) || name.endsWith('.NotFound')) return 'not-found';
  // SageMaker answers DescribeTrainingJob for an unknown job with ValidationException
  // "Requested resource not found." (aws/aws-sdk#165).
  if (name === 'ValidationException' && /not found/i.test(message)) return 'not-found';
  // S3 answers 405 MethodNotAllowed to GetBucketPolicy on a bucket another account owns.
  if (name === 'MethodNotAllowed' || status === 405) return 'cross-account';
  if (status === 403) return 'access-denied';
  if (status === 404) return 'not-found';
  return 'error';
}

export function messageOf(error: unknown): string {
  const e = (error ?? {}) as SdkErrorLike;
  const name = e.name && e.name !== 'Error' && e.name !== 'UnknownError' ? e.name : '';
  const text = e.message && e.message !== 'UnknownError' ? e.message : '';
  const status = e.$metadata?.httpStatusCode;
  const said = [name, text].filter(Boolean).join(': ') || (status ? `HTTP ${status}` : String(error));
  const credentials = CREDENTIALS.has(e.name ?? '') ? "AWS refused the dashboard's own credentials (expired, invalid or absent), not a permission: " : '';
  return redactText(credentials + said);
}

/** True when the error is the service saying the thing does not exist (IAM NoSuchEntity, S3 404, ...). */
export function isNotFound(error: unknown): boolean {
  return classify(error) === 'not-found';
}

export function errorName(error: unknown): string | undefined {
  return (error as SdkErrorLike | undefined)?.name;
}

/**
 * Runs one AWS call and returns its result as a Piece: a thrown error becomes `Missing`. The
 * small wrapper every gateway uses, so no call site forgets to say why something is absent.
 */
export async function attempt<T>(site: CallSite, call: () => Promise<T>): Promise<Piece<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return { ok: false, missing: toMissing(error, site) };
  }
}

export const missingPiece = <T>(missing: Missing): Piece<T> => ({ ok: false, missing });
