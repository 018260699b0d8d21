import type { FailureParts } from './failure-parts';
import { findIf } from './grammar-verdict';
import { lineAt } from './line-window';

// What a request named that the service or its client refuses as named: the client's region name, a container image's
// manifest format, the algorithm's channels, a bucket in another region, a name already taken. validation-reports.ts
// reads each in its order among the other refusals.

// botocore's InvalidRegionError, "Provided region_name 'x' doesn't match a supported format." (an unfilled placeholder,
// "{region}"): the client's configuration refused before any request, as a ParamValidationError is.
const REGION_NAME_FORMAT = /\bProvided region_name '[^'\n]{0,60}' doesn't match a supported format\b/;
// Its EndpointResolutionError for an endpoint URL that is no URL ("Custom endpoint `s3://bucket/prefix/` was not a valid
// URI", MLflow's S3 artifact store given a bucket as its endpoint, round 149): the same configuration, refused as given.
// The .NET SDK's client built with neither ("No RegionEndpoint or ServiceURL configured", round 161) likewise.
// The other SDKs' client built without a region: the Java SDK's "Unable to find a region via the region provider chain" (round
// 173), Java v2's "Unable to load region from any of the providers in the chain" and Go v1's "MissingRegion: could not find
// region configuration" (Go v2's "an AWS region is required, but was not found", the sixtieth review; its endpoint rules' "Invalid
// Configuration: Missing Region" and object_store's "Generic S3 error: Missing region", rounds 192 and 195), as botocore's NoRegionError is
// held.
const ENDPOINT_URL_FORMAT = /\bCustom endpoint `[^`\n]{0,300}` was not a valid URI\b|\bNo RegionEndpoint or ServiceURL configured\b|\bUnable to find a region via the region provider chain\b|\bUnable to load region from any of the providers in the chain\b|\bMissingRegion: could not find region configuration\b|\ban AWS region is required, but was not found\b|\b(?:Generic S3 error|Invalid Configuration): Missing [Rr]egion\b/;
// An image whose manifest is in a format the service does not take: the media type of a container
// image manifest (a MIME type "application/vnd.….manifest…", OCI's or Docker's) said to be unsupported
// or invalid, before or after it ("Unsupported manifest media type application/vnd.oci.image.manifest.v1+json").
// The image was built or pushed in the other format: the request's image is to be rebuilt, not reached.
// An image index (OCI's "application/vnd.oci.image.index.v1+json", a multi-platform build's list of
// manifests) is the same object one level up: the image as pushed, in a form the service does not take.
const MANIFEST_MEDIA_TYPE_REFUSED =
  /\b(?:unsupported|not supported|invalid)\b[^\n]{0,40}?\bmedia\s{1,4}type\s{0,4}:?\s{0,4}"?application\/vnd\.[\w.-]{0,80}(?:manifest|image\.index)\b[\w.+-]{0,60}|\bmedia\s{1,4}type\s{0,4}:?\s{0,4}"?application\/vnd\.[\w.-]{0,80}(?:manifest|image\.index)\b[\w.+-]{0,60}"?[^\n]{0,40}?\b(?:is\s{1,4})?(?:not\s{1,4}supported|unsupported|invalid)\b/i;
// Docker's and containerd's parser refusing an image reference ("invalid reference format", "invalid reference format:
// repository name must be lowercase"; ECS's "Unable to pull customer's container image. ErrorCode: 500, Reason: invalid
// reference format.", round 169): the image named in the request is malformed, whichever registry it points at.
const IMAGE_REFERENCE_FORMAT = /\binvalid reference format\b(?::[ \t]{0,4}repository name must be lowercase\b)?/;
// A bucket in another region than the service, in words rather than the BucketRegionError code. The
// region a request was signed or sent for, said wrong beside the one expected (S3's "The authorization
// header is malformed; the region 'us-east-1' is wrong; expecting 'us-west-2'", its quoted region perhaps on the next
// line as a console wrapped it, round 151; only that sentence crosses the break, the fifty-seventh review), is the same
// mismatch seen
// from the request: the bucket is in the other region. So is S3's redirect as SageMaker's download reports it
// ("The bucket is in this region: eu-west-1. Please use this region to retry the request"), and S3's own
// sentence for its PermanentRedirect where a client printed only the message ("The bucket you are
// attempting to access must be addressed using the specified endpoint", Java v2's S3Exception).
// The request's channels against the algorithm's ("Missing required channel: train", "Extraneous channel
// found: test", XGBoost's container): the InputDataConfig to change, as for "Unknown input channel: x".
const CHANNEL_LIST = /\bMissing required (?:input )?channel:?[ \t]{1,4}['"]?[\w-]{1,40}|\bExtraneous (?:input )?channel found:?[ \t]{1,4}['"]?[\w-]{1,40}/i;
export const REGION_MISMATCH =
  /\bbucket\b[^\n]{0,120}?\bregion\b[^\n]{0,120}?\b(?:different|not the same|must be in the same|does not match)\b|\bregion\b[^\n]{0,40}?\bis (?:wrong|incorrect)\b[^\n]{0,20}?\bexpect(?:ing|ed)\b|\bthe region[ \t]?\n[ \t]{0,8}'[\w${}<>-]{2,40}' is wrong; expecting\b|\bThe bucket is in this region:[ \t]{1,3}[^\s.]{2,40}|\bbucket you are attempting to access must be addressed using the specified endpoint\b/i;
// An API or a feature said unavailable in the region the request went to ("CreateAutoMLJobV2 API is currently not
// available for the requested region", round 95; "… is not supported in the region cn-north-1"): the request's region is
// what to change, whatever code carries the sentence (a NotAuthorizedException there refused nothing to the caller).
// Not an instance type or a resource said unavailable there: SageMaker says so of a type the account has no quota for
// ("The requested resource training-job/ml.p2.xlarge is not available in this region", under ResourceLimitExceeded).
const REGION_UNAVAILABLE =
  /\bnot (?:currently |yet )?(?:available|supported|offered|enabled) (?:in|for) (?:the |this |your )?(?:requested |specified |current |selected )?(?:AWS )?region\b/gi;
const INSTANCE_OR_RESOURCE = /\bml\.[a-z0-9-]{1,16}\.[a-z0-9-]{1,16}\b|\brequested resource\b/i;

/** The sentence saying an API or a feature is unavailable in the request's region, if `text` has one. */
export function regionUnavailable(text: string): string | undefined {
  for (const m of text.matchAll(REGION_UNAVAILABLE)) if (!INSTANCE_OR_RESOURCE.test(lineAt(text, m.index))) return m[0];
  return undefined;
}
// AWS's ConflictException (SageMaker's CreateModelCard, an experiment's entities): its description alone says only that
// a change conflicted (error-codes.catalogue.ts files it `unknown`); a message saying the thing already exists ("Modelcard
// arn:… with version 1 already exists", round 70) names a name already taken, as the …AlreadyExists… codes do.
// Only in the conflict's own message (after its code), and not of a request, an update or an operation still running
// ("An update request already exists for cluster … and is in progress. Retry …": a concurrent change, the thirty-sixth
// review).
const CONFLICT_CODE = /^(?:Resource)?Conflict(?:Exception)?$/;
const CONFLICT_MESSAGE = /\b(?:Resource)?Conflict(?:Exception)?\)?(?: when calling the \w{1,80} operation)?:[ \t]{0,3}([^\n]{1,600})/;
const ALREADY_EXISTS = /(?<!\b(?:request|update|operation|execution|job)[ \t])\balready exists?\b(?![^\n.]{0,160}?\b(?:in progress|retry|try again)\b)/i;

/** What a conflict code's message says already exists, if it says so of the thing to create. */
function conflictNameTaken(text: string): string | undefined {
  const message = CONFLICT_MESSAGE.exec(text)?.[1];
  return message !== undefined && ALREADY_EXISTS.test(message) ? message.slice(0, 200) : undefined;
}

// A thing the request named said absent from a SageMaker resource it also named by ARN ("Kernel with name [myenv] does
// not exist in image [arn:aws:sagemaker:…:image/conda-test-kernel] on the KernelGateway App […]", Studio's, round 104):
// the request's reference (an AppImageConfig's kernel name) does not match the resource, as a ResourceNotFound says.
const ABSENT_FROM_RESOURCE =
  /\bwith name \[?['"]?[\w.-]{1,100}['"]?\]? does not exist in (?:the )?[\w -]{1,40}?[ \t]\[?['"]?arn:aws[\w-]{0,12}:sagemaker:[^\s\]'"]{1,300}/;

/** The request's name or region refused as named, by the rule that reads it and how strongly; undefined when none. */
export function readRequestResourceReport(parts: FailureParts, text: string, lower: string): { rule: string; excerpt: string; strength?: number } | undefined {
  const channels = parts.side === 'algorithm' ? undefined : findIf(lower, ['missing required', 'extraneous'], CHANNEL_LIST, text);
  if (channels) return { rule: 'channel-list-refused', excerpt: channels };
  const regionName = findIf(lower, ['provided region_name'], REGION_NAME_FORMAT, text);
  if (regionName) return { rule: 'region-name-format', excerpt: regionName };
  const endpointUrl = findIf(lower, ['was not a valid uri', 'no regionendpoint', 'region provider chain', 'load region from any', 'find region configuration', 'region is required', 'missing region'], ENDPOINT_URL_FORMAT, text);
  if (endpointUrl) return { rule: 'endpoint-url-format', excerpt: endpointUrl };
  const region = findIf(lower, ['region', 'specified endpoint'], REGION_MISMATCH, text);
  if (region) return { rule: 'region-mismatch', excerpt: region };
  const unavailable = lower.includes('region') ? regionUnavailable(text) : undefined;
  if (unavailable) return { rule: 'region-unavailable', excerpt: unavailable };
  const taken = parts.errorCode && CONFLICT_CODE.test(parts.errorCode) && lower.includes('already exist') ? conflictNameTaken(text) : undefined;
  if (taken) return { rule: 'conflict-name-taken', excerpt: taken };
  const manifest = findIf(lower, ['media type'], MANIFEST_MEDIA_TYPE_REFUSED, text);
  // Above a data format (56): "image" there may be the training data's, a manifest's media type is the container's.
  if (manifest) return { rule: 'image-manifest-format', excerpt: manifest, strength: 58 };
  const reference = findIf(lower, ['invalid reference format'], IMAGE_REFERENCE_FORMAT, text);
  // Above the pull's own class (ECS's CannotPullContainerError, 78): the pull failed because of what it was asked to pull.
  if (reference) return { rule: 'image-reference-format', excerpt: reference, strength: 80 };
  const absent = findIf(lower, ['does not exist in'], ABSENT_FROM_RESOURCE, text);
  return absent ? { rule: 'named-absent-from-resource', excerpt: absent } : undefined;
}
