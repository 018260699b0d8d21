/**
 * Reads the SigV4 credential scope (`Credential=AKID/20260101/us-east-1/sagemaker/aws4_request`):
 * it names the service and region the SDK signed for. Signatures are not verified: the emulator
 * trusts whoever reaches it, and only the scope matters for dispatch.
 */
export type ScopeResult =
  | { kind: 'ok'; accessKeyId: string; region: string; service: string }
  | { kind: 'missing' }
  | { kind: 'garbled' };

const SCOPE = /Credential=([^/\s,]+)\/(\d{8})\/([a-z0-9-]+)\/([a-z0-9-]+)\/aws4_request/;

export function readCredentialScope(authorization: string | undefined): ScopeResult {
  if (authorization === undefined || authorization.trim() === '') return { kind: 'missing' };
  if (!authorization.startsWith('AWS4-HMAC-SHA256 ')) return { kind: 'garbled' };
  const match = SCOPE.exec(authorization);
  if (!match || !/Signature=[0-9a-f]+/.test(authorization)) return { kind: 'garbled' };
  const [, accessKeyId = '', , region = '', service = ''] = match;
  return { kind: 'ok', accessKeyId, region, service };
}

/**
 * Without a scope the service must be guessed from the request's shape, only so an unsigned call
 * gets its own protocol's error: a JSON target prefix, a Query version, or else S3.
 */
export function guessService(headers: Record<string, string | undefined>, body: string): string {
  const target = headers['x-amz-target'] ?? '';
  if (target.startsWith('SageMaker.')) return 'sagemaker';
  if (target.startsWith('Logs_')) return 'logs';
  if (target.startsWith('TrentService.')) return 'kms';
  if (target.startsWith('AmazonSQS.')) return 'sqs';
  const version = new URLSearchParams(body).get('Version');
  if (version === '2010-05-08') return 'iam';
  if (version === '2011-06-15') return 'sts';
  if (version === '2016-11-15') return 'ec2';
  return 's3';
}
