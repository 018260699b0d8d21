/**
 * Which S3 operation a REST request is: path-style `/<bucket>?policy` (what the SDK uses for an
 * IP-address endpoint) or virtual-hosted `<bucket>.localhost`.
 */
import { AwsError } from '../errors';
import type { IncomingRequest, Params } from '../types';

const SUBRESOURCES: Record<string, string> = {
  policy: 'GetBucketPolicy',
  encryption: 'GetBucketEncryption',
  location: 'GetBucketLocation',
};

export function routeS3(req: IncomingRequest): { operation: string; input: Params } {
  const host = (req.headers.host ?? '').split(':')[0] ?? '';
  const virtual = /^(.+)\.localhost$/.exec(host)?.[1];
  const segments = req.path.split('/').filter(Boolean);
  const bucket = virtual ?? segments[0];
  const key = (virtual ? segments : segments.slice(1)).join('/');
  if (!bucket || key !== '' || req.method !== 'GET') {
    throw new AwsError('NotImplemented', 'A header you provided implies functionality that is not implemented', 501);
  }
  for (const [subresource, operation] of Object.entries(SUBRESOURCES)) {
    if (req.query.has(subresource)) return { operation, input: { Bucket: bucket } };
  }
  throw new AwsError('NotImplemented', 'A header you provided implies functionality that is not implemented', 501);
}
