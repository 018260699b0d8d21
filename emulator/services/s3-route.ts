/**
 * Which S3 operation a REST request is: path-style `/<bucket>?policy` (what the SDK uses for an
 * IP-address endpoint) or virtual-hosted `<bucket>.localhost`, by method and subresource.
 */
import { AwsError } from '../errors';
import type { IncomingRequest, Params } from '../types';

const ROUTES: Record<string, Record<string, string>> = {
  GET: { policy: 'GetBucketPolicy', encryption: 'GetBucketEncryption', location: 'GetBucketLocation' },
  PUT: { policy: 'PutBucketPolicy' },
  DELETE: { policy: 'DeleteBucketPolicy' },
};

const notImplemented = () => new AwsError('NotImplemented', 'A header you provided implies functionality that is not implemented', 501);

export function routeS3(req: IncomingRequest): { operation: string; input: Params } {
  const host = (req.headers.host ?? '').split(':')[0] ?? '';
  const virtual = /^(.+)\.localhost$/.exec(host)?.[1];
  const segments = req.path.split('/').filter(Boolean);
  const bucket = virtual ?? segments[0];
  const key = (virtual ? segments : segments.slice(1)).join('/');
  const routes = Object.hasOwn(ROUTES, req.method) ? ROUTES[req.method] : undefined;
  if (!bucket || key !== '' || !routes) throw notImplemented();
  for (const [subresource, operation] of Object.entries(routes)) {
    // A body only matters to the writes (PutBucketPolicy's is the policy document itself).
    if (req.query.has(subresource)) return { operation, input: { Bucket: bucket, Body: req.body } };
  }
  throw notImplemented();
}
