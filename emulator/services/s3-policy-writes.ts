/**
 * S3's bucket-policy writes: PutBucketPolicy with S3's own checks of the document (MalformedPolicy
 * with S3's wordings), DeleteBucketPolicy; both answer 204 with no body, and only the bucket's own
 * account may call them (405 for anyone else, as for GetBucketPolicy).
 */
import { AwsError } from '../errors';
import type { ScenarioBucket } from '../scenario/schema';
import type { CallContext, Operation, Params } from '../types';

type BucketOps = {
  findBucket: (ctx: CallContext, input: Params) => ScenarioBucket;
  onBucket: (ctx: CallContext, input: Params) => string;
};

const malformed = (message: string) => new AwsError('MalformedPolicy', message, 400);
const methodNotAllowed = () => new AwsError('MethodNotAllowed', 'The specified method is not allowed against this resource.', 405);
const NO_CONTENT = { status: 204, body: '', contentType: 'application/xml' };

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** The document as S3 checks it before storing it. */
export function checkBucketPolicy(text: string, bucket: string): ScenarioBucket['policy'] {
  if (!text.trimStart().startsWith('{')) throw malformed("Policies must be valid JSON and the first byte must be '{'");
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw malformed('This policy contains invalid Json');
  }
  const doc = document as Record<string, unknown>;
  if (doc.Statement === undefined) throw malformed('Missing required field Statement');
  for (const statement of asList(doc.Statement)) {
    const s = (typeof statement === 'object' && statement !== null ? statement : {}) as Record<string, unknown>;
    if (s.Principal === undefined && s.NotPrincipal === undefined) throw malformed('Missing required field Principal');
    const actions = asList(s.Action ?? s.NotAction);
    if (!actions.every((a) => typeof a === 'string' && (a === '*' || /^s3:[\w*?]+$/i.test(a)))) throw malformed('Policy has invalid action');
    // Every resource must be this bucket or objects in it.
    const resources = asList(s.Resource ?? s.NotResource);
    const ours = (r: unknown) => typeof r === 'string' && (r === `arn:aws:s3:::${bucket}` || r.startsWith(`arn:aws:s3:::${bucket}/`));
    if (resources.length === 0 || !resources.every(ours)) throw malformed('Policy has invalid resource');
  }
  return document as ScenarioBucket['policy'];
}

export function s3PolicyWriteOperations({ findBucket, onBucket }: BucketOps): Record<string, Operation> {
  const ownBucket = (ctx: CallContext, input: Params) => {
    const bucket = findBucket(ctx, input);
    if (bucket.ownerAccountId !== undefined && bucket.ownerAccountId !== ctx.accountId) throw methodNotAllowed();
    return bucket;
  };
  return {
    PutBucketPolicy: {
      action: 's3:PutBucketPolicy',
      resource: onBucket,
      write: true,
      handle: (ctx, input) => {
        const bucket = ownBucket(ctx, input);
        bucket.policy = checkBucketPolicy(String(input.Body ?? ''), bucket.name);
        return NO_CONTENT;
      },
    },
    DeleteBucketPolicy: {
      action: 's3:DeleteBucketPolicy',
      resource: onBucket,
      write: true,
      handle: (ctx, input) => {
        ownBucket(ctx, input).policy = null;
        return NO_CONTENT;
      },
    },
  };
}
