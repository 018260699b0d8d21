import type { Cause } from '../diagnosis';

/**
 * AWS names its error codes and the SDKs their exception classes by kind (`*Throttl*`,
 * `Invalid*`/`*Validation*`, `Insufficient*Capacity`, `NoSuch*` ...). Reading the kind rather than
 * listing every code is what lets an error code no fixture has shown still land on its cause.
 * The first family that matches wins; `strength` ranks the verdict against the other rules.
 */
export interface ErrorFamily {
  id: string;
  cause: Cause;
  strength: number;
  code: RegExp;
  /**
   * Read only in a code an SDK quoted as AWS's error code (`An error occurred (Code)`, `Error Code:`,
   * `<Code>`): the shape is AWS's naming, but the same words as an exception class in a traceback
   * (Java's IllegalArgumentException, a library's ServerException) or before a colon in a log line
   * are the code's own and say nothing of an AWS request.
   */
  quotedOnly?: boolean;
}

// Reading a code's shape: EC2's tools may print the code with its class ("Client.InvalidSubnetID.
// NotFound"), and the SDKs name the same code with or without an Exception suffix.
const CLASS_PREFIX = /^(?:Client|Server)\./;
const S = '(?:Exception|Error|Fault)?$';
// The resources of a job's network in VPC mode, as EC2, EFS and FSx name them in their codes.
const NETWORK_NOUN = '(?:Subnet|SecurityGroup|Group|Vpc|VpcEndpoint\\w{0,10}|NetworkInterface\\w{0,12}|RouteTable|Route|NatGateway|InternetGateway|EgressOnlyInternetGateway|DhcpOptions?|NetworkAcl\\w{0,8}|PrefixList|MountTarget|NetworkSettings)';

/** What an AWS error code adds over the same condition in words: the code is the service's own word for it. */
export const CODE_OVER_WORDS = 1;

// AWS's throttling message, whatever code (or none) came with it, and HTTP 429 from an AWS endpoint.
// A rate limit said to be exceeded, in words, is the same condition as a code naming a rate
// (RequestLimitExceeded, …RateExceeded): "Rate limit exceeded. The client may not make more than 200
// requests an hour."
// EC2's RequestLimitExceeded in words ("Request limit exceeded. Account … has been throttled on ec2:RunInstances because it
// exceeded its request rate limit", round 141), not quoted by a guide ("If you see the error "Request limit exceeded" …",
// the fifty-fourth review).
// JetS3t's "ResponseCode: 503, ResponseStatus: Slow Down" is S3's SlowDown (round 142), and so is urllib's "HTTP Error 503:
// Slow Down" (round 149). ECS's "Too many concurrent attempts to create a new revision of the specified family" under its
// ClientException (round 150) is a rate of calls too. urllib3's retries that ran out on 429s ("Caused by
// ResponseError('too many 429 error responses')") are Too Many Requests, every time.
export const THROTTLED =
  /\bResponseStatus: Slow Down\b|\bHTTP Error 503: Slow Down\b|\bToo many concurrent (?:attempts|requests|calls)\b|\bRate exceeded\b|\bRequest limit exceeded\b(?<![“‘`"']Request limit exceeded)|\bToo ?Many ?Requests\b|\btoo many 429 error responses\b|\breduce (?:your|the) (?:concurrent )?(?:request rate|frequency of your calls)\b|\bexceeded the rate at which\b|\brate limit (?:was |has been )?(?:exceeded|reached)\b|\b(?:exceeded|reached|hit) (?:the |your |its |a )?(?:request )?rate limit\b/i;

export const ERROR_CODE_FAMILIES: readonly ErrorFamily[] = [
  {
    id: 'credentials',
    cause: 'expired-credentials',
    strength: 85,
    // EC2 says AuthFailure when it could not validate the credentials the request was signed with. A
    // request signed too far from the server's clock (RequestTimeTooSkewed, EC2's InvalidSecurity.
    // RequestHasExpired) and a token the caller must refresh are the credentials' too. S3's
    // InvalidSecurity stands alone: InvalidSecurityGroupID.NotFound is a network resource. botocore's SSO
    // exceptions (UnauthorizedSSOTokenError, SSOTokenLoadError, TokenRetrievalError) are a login expired, and so is
    // IAM Identity Center's InvalidGrantException on CreateToken, the refresh token refused (the fifty-second review; KMS's
    // InvalidGrantTokenException and InvalidGrantIdException are a grant's, read below).
    // botocore's ProfileNotFound ("The config profile (x) could not be found") is NoCredentials by name: the
    // profile the session was told to sign with is not on the machine (round 51).
    // The AWS SDK for Go v1's EC2RoleRequestError is the instance role's credentials not fetched (round 167).
    code: /^(?:ExpiredToken|EC2RoleRequestError$|ProfileNotFound|InvalidClientTokenId|UnrecognizedClient|InvalidToken|RequestExpired|SignatureDoesNotMatch|InvalidAccessKeyId|InvalidSecurity(?:Exception|\.RequestHasExpired)?$|IncompleteSignature|InvalidSignature(?:Exception)?$|MissingAuthenticationToken|NoCredentials|PartialCredentials|CredentialRetrieval|AuthFailure$|(?:Invalid|Expired)(?:Identity|Session|Security)Token|TokenRefreshRequired|RequestTimeTooSkewed|UnauthorizedSSOToken|SSOTokenLoad|TokenRetrieval|InvalidGrant(?:Exception)?$)/i,
  },
  // A service's own internal error, whatever the service calls it (KMSInternalException, EC2's
  // ServerInternal and Unavailable, ECR's ServerException, Service Quotas' ServiceException, a
  // dependency of the service that timed out).
  { id: 'internal-code', cause: 'internal', strength: 65, quotedOnly: true, code: new RegExp(`^\\w{0,10}Internal(?:Exception|Error|Failure)$|^Server(?:Internal|Exception)$|^ServiceException$|^Unavailable$|^DependencyTimeout${S}`) },
  { id: 'kms-state', cause: 'kms', strength: 75, code: /^KMS\.|^(?:Disabled|KMSInvalidState|KeyUnavailable|InvalidCiphertext|IncorrectKey)(?:Exception)?$/ },
  // A code in KMS's own naming (KMS…, Kms…, a ciphertext, a key's usage, a grant) or a key that was
  // revoked, as EC2 reports an EBS key it can no longer use (CustomerKeyHasBeenRevoked).
  // EC2's state reasons name a KMS key it cannot use as a dotted code ("Client.InvalidKMSKey.InvalidState"):
  // the key, read before the validation family takes its "Invalid". Secrets Manager's DecryptionFailure is its KMS key not
  // decrypting the secret ("Secrets Manager can't decrypt the protected secret text using the provided KMS key", the
  // sixty-first review).
  { id: 'kms-code', cause: 'kms', strength: 75, quotedOnly: true, code: new RegExp(`^KMS|^Kms|Ciphertext|KeyUsage|^InvalidGrant(?:Token|Id)|CustomKeyStore\\w{0,30}|KeyHasBeenRevoked${S}|KMSKey\\.|KmsKey\\.|^DecryptionFailure${S}`) },
  // botocore prints the HTTP status in place of the code when the response carried none
  // ("An error occurred (500) when calling the CreateTrainingJob operation"): read by its class.
  // A code naming a rate that was exceeded (EC2's VolumeModificationRateExceeded) is a rate limit;
  // one naming a limit (EC2's VcpuLimitExceeded, InstanceLimitExceeded) is a quota. EC2's
  // RequestLimitExceeded is its API throttling and is read first.
  // A code naming a rate limit (RateLimitExceeded) is the rate's; one naming a quota exceeded, in any
  // service's spelling (ServiceQuotaExceeded, QuotaExceededError, QUOTA_EXCEEDED), the quota's.
  { id: 'throttling', cause: 'throttling', strength: 72, code: /Throttl|^RequestLimitExceeded$|^TooManyRequests|^SlowDown$|^ProvisionedThroughputExceeded|Rate(?:Limit)?Exceeded$|^429$/i },
  // So is S3's TooManyBuckets, the account's bucket quota, found five times in round 141's real texts (a "TooMany…" shape
  // alone does not say: S3's TooManyParts is a fixed limit per object, error-codes.test.ts), and Glue's
  // ConcurrentRunsExceededException (a job's concurrent runs), and Lambda's CodeStorageExceededException (the account's code
  // storage, round 146).
  // SQS's OverLimit is its cap on messages in flight ("Too many messages have been received without being deleted", round 174).
  { id: 'quota', cause: 'quota', strength: 70, code: /^(?:ResourceLimitExceeded|LimitExceeded)|Quota_?Exceeded|^[A-Za-z]{1,40}LimitExceeded$|^TooManyBuckets$|^Concurrent[A-Za-z]{1,30}Exceeded(?:Exception)?$|^CodeStorageExceeded(?:Exception)?$|^OverLimit$/i },
  // A maximum count or capacity of the account's reached (EC2's MaxSpotInstanceCountExceeded,
  // MaxScheduledInstanceCapacityExceeded) is a quota, like a limit.
  { id: 'quota-maximum', cause: 'quota', strength: 70, quotedOnly: true, code: new RegExp(`^Max\\w{1,40}(?:Count|Capacity|Limit)Exceeded${S}`) },
  { id: 'capacity', cause: 'capacity', strength: 70, code: /^(?:EC2)?Insufficient\w*Capacity|^UnfulfillableCapacity/i },
  // A capacity reservation without room for the request is capacity, not a quota.
  { id: 'capacity-exceeded', cause: 'capacity', strength: 70, quotedOnly: true, code: new RegExp(`^\\w{1,40}CapacityExceeded${S}`) },
  // SageMaker Runtime's InternalDependencyException (HTTP 530): "Your request caused an exception with an internal
  // dependency. Contact customer support." AWS's own side, as an internal error is.
  { id: 'internal', cause: 'internal', strength: 65, code: /^(?:InternalError|InternalFailure|InternalServer|ServiceUnavailable|ServiceFailure|InternalException|InternalDependency)|^5\d\d$/i },
  // The account's standing, not the job (S3's AccountProblem, AllAccessDisabled and NotSignedUp, the
  // common OptInRequired, EC2's Blocked and PendingVerification, STS's RegionDisabled): no cause id
  // names it, and a 403 or "not authorized" beside it is not a permission the job lacks.
  {
    id: 'account-standing',
    cause: 'unknown',
    strength: 5,
    quotedOnly: true,
    code: new RegExp(`^Account(?:Problem|Disabled|Suspended)|^NotSignedUp$|^OptInRequired$|^Blocked$|^PendingVerification$|^(?:Region|AllAccess|\\w{0,10}ServiceAccess)(?:Disabled|NotEnabled)${S}`),
  },
  // A resource of the job's network that does not exist, is malformed, in use or out of addresses
  // (EC2's Invalid<Resource>ID.NotFound/.Malformed/.InUse, EFS's SubnetNotFound and MountTargetNotFound,
  // a subnet with no free addresses, an internet gateway not attached, FSx's InvalidNetworkSettings).
  {
    id: 'network-resource',
    cause: 'vpc',
    strength: 72,
    quotedOnly: true,
    code: new RegExp(
      `^Invalid${NETWORK_NOUN}(?:I[Dd])?(?:\\.\\w{1,20})?${S}|^${NETWORK_NOUN}NotFound${S}|^Incorrect${NETWORK_NOUN}State${S}|(?:Insufficient|NoFree)\\w{0,12}Addresses\\w{0,4}Subnet${S}|^IpAddressInUse${S}|^Gateway\\.`,
    ),
  },
  { id: 'missing-object', cause: 'data', strength: 55, code: /^(?:NoSuchKey|NoSuchBucket)$/i },
  // The job's input that is gone or not readable: an object version that does not exist, an object
  // archived out of the active tier, a file system, access point or volume of a file-system channel.
  { id: 'input-missing', cause: 'data', strength: 55, quotedOnly: true, code: new RegExp(`^NoSuchVersion$|^InvalidObjectState${S}|^ObjectNotInActiveTier${S}|^(?:FileSystem|AccessPoint|Volume)NotFound${S}`) },
  // The image's repository, image or layers not found, archived or not reachable through a pull
  // through cache (ECR's names; a model hub's RepositoryNotFoundError ends in Error and is not this), and BatchGetImage's
  // failure codes for an image reference that does not resolve (its digest or tag invalid or not matching, round 223) or whose
  // pull through cache's upstream refused or was down (the sixty-ninth review).
  {
    id: 'image',
    cause: 'ecr',
    strength: 75,
    quotedOnly: true,
    code: /^(?:Repository|Image|Layers?|ReferencedImages)\w{0,30}(?:NotFound|Inaccessible|Archived)(?:Exception)?$|^UnableToGetUpstream\w{0,20}$|^InvalidImage(?:Digest|Tag)$|^ImageTagDoesNotMatchDigest$|^MissingDigestAndTag$|^Upstream(?:AccessDenied|Unavailable)$/,
  },
  // A refusal that the denial rules do not see as one: the common NotAuthorized, EC2's
  // UnauthorizedOperation, a dependency's AccessDenied. (AccessDenied itself is read by the denial
  // rules, with the operation that tells read from write.)
  { id: 'denied', cause: 'other-permission', strength: 50, quotedOnly: true, code: new RegExp(`^NotAuthorized|^Unauthorized|^\\w{1,30}AccessDenied${S}`) },
  {
    id: 'validation',
    cause: 'validation',
    strength: 50,
    // A bucket in another region than the job (BucketRegionError, S3's PermanentRedirect; the 301 status
    // or its phrase where a HEAD answer had no body to name the code: only S3 answers so), a name
    // already taken or a resource that does not exist (ResourceInUse, ResourceNotFound, IAM's
    // NoSuchEntity; SSM's ParameterNotFound, SQS's NonExistentQueue and QueueDoesNotExist, round 174; Service Quotas'
    // NoSuchResourceException, round 182; Application Auto Scaling's ObjectNotFoundException, round 197) are the request naming
    // the wrong thing, like any other invalid parameter.
    // botocore's NoRegionError is the client's configuration lacking the region the request needs.
    // Any other code AWS names Invalid… (InvalidArn, InvalidParameterValue, EC2's InvalidSubnetID.NotFound)
    // is the request's value refused; the credential and key-state Invalid… codes are read above. A code
    // naming a state (S3's InvalidObjectState: an archived object) is the resource's condition, not the request's.
    // A code named for HTTP 400 itself (BadRequest, BadRequestException: SSM, EKS, API Gateway) is the
    // request refused as it was made; HTTP's reason phrase "400 Bad Request" alone is only a status.
    // A code saying the thing to create already exists (ECR's RepositoryAlreadyExistsException, IAM's
    // EntityAlreadyExists, S3's BucketAlreadyExists) is the request naming a taken name, like ResourceInUse.
    // ECS's, EKS's and Batch's ClientException is their code for the request's own fault ("Cannot depend on container …
    // because it does not exist", RegisterTaskDefinition, round 136); their denials have codes of their own.
    code: /Validation|^Invalid(?![A-Za-z]{0,40}State$)[A-Za-z]|^BadRequest(?:Exception)?$|^ClientException$|^[A-Za-z]{0,40}AlreadyExists(?:Exception|Fault)?$|^(?:MissingParameter|MalformedPolicy|MissingRequiredParameter|BucketRegion|PermanentRedirect|MovedPermanently$|301$|IncorrectEndpoint|AuthorizationHeaderMalformed|ResourceInUse|ResourceNotFound|ObjectNotFound|NoRegion|NoSuchEntity|NoSuchResource|ParameterNotFound|(?:AWS\.SimpleQueueService\.)?NonExistentQueue|QueueDoesNotExist)/i,
  },
  // The request itself defective, in AWS's naming of it: malformed, missing, unknown, unsupported,
  // incompatible or illegal; too long, too large (big) or too small; mismatched; or an invalid value of a
  // field (a parameter, argument, name, type, class, path, zone, region, format). An invalid value of
  // any other noun (InvalidRange, InvalidSequenceToken, InvalidInstanceID.NotFound) says nothing certain.
  {
    id: 'request-defect',
    cause: 'validation',
    strength: 50,
    quotedOnly: true,
    code: new RegExp(
      `^(?:Malformed|Missing|Unknown|Unsupported|Incompatible|Illegal)[A-Z]\\w{0,60}$|^Unsupported$|^BadRequest${S}|NotSupported${S}|Too(?:Long|Large|Big|Small)${S}|Mismatch${S}|^Invalid\\w{0,40}(?:Parameter\\w{0,30}|Argument|Request|Input|Action|Query\\w{0,20}|Name|Type|Class|Path|Zone|Region|Format|Value|Combination)(?:\\.\\w{1,20})?${S}`,
    ),
  },
];

// Codes whose meaning depends on the service that returned them (service-of-error.ts): a KMS code
// naming the key, its alias, grant, ARN, ciphertext or key store, or the key's state, is the key's
// problem; an ECR code naming a repository, image, layer, registry or upstream, the image's; CloudWatch
// Logs' refusal or missing log group, the logs'; STS's refusal, the role's trust.
// A code saying the thing to create already exists (ECR's RepositoryAlreadyExistsException from a notebook's
// CreateRepository before it builds the image, round 77) names a name already taken, not the image the job
// pulls: the request-defect family above reads it, as it does IAM's and S3's. A repository refused deletion while it
// holds images (RepositoryNotEmptyException, the thirty-eighth review) is not a pull either; no family reads it.
const SERVICE_CODES: readonly { service: string; cause: Cause; code: RegExp }[] = [
  {
    service: 'kms',
    cause: 'kms',
    code: /^(?:NotFound|Disabled|AccessDenied|KeyUnavailable|\w{0,24}(?:Key|KeyUsage|KeyMaterial|Alias\w{0,10}|Grant\w{0,10}|Arn|Ciphertext|ImportToken|InvalidState|Mac|Signature)|Xks\w{0,50}|CloudHsm\w{0,40})(?:Exception)?$/,
  },
  { service: 'ecr', cause: 'ecr', code: /^(?![\w.]{0,60}(?:AlreadyExists|NotEmpty))(?:AccessDenied(?:Exception)?$|[\w.]*?(?:Repositor|Image|Layer|Upstream|Registry|PullThroughCache))/ },
  { service: 'logs', cause: 'cloudwatch-logs', code: /^(?:AccessDenied|ResourceNotFound)(?:Exception)?$/ },
  { service: 'sts', cause: 'trust-policy', code: /^AccessDenied(?:Exception)?$/ },
];

/** The cause of an error code read with the service that returned it, if that pair has one. */
export function causeOfServiceCode(service: string, code: string): Cause | undefined {
  return SERVICE_CODES.find((s) => s.service === service && s.code.test(code))?.cause;
}

/**
 * The family an error code or exception class name belongs to, if any. `quoted`: the name is the
 * code an SDK quoted as AWS's, so the families read only there apply too.
 */
export function familyOfCode(code: string, { quoted = false }: { quoted?: boolean } = {}): ErrorFamily | undefined {
  const name = code.replace(CLASS_PREFIX, '');
  return ERROR_CODE_FAMILIES.find((family) => (quoted || !family.quotedOnly) && family.code.test(name));
}

// The codes that are a refusal of the request (and HTTP's own 401/403 in their place).
const DENIAL_CODE = /AccessDenied|NotAuthorized|Unauthorized|Forbidden|^40[13]$/i;

/**
 * Whether a quoted error code says the failure is something other than a refusal: a 403 status or the
 * words "not authorized" beside it (S3's InvalidObjectState and RequestTimeTooSkewed answer 403, EC2's
 * OptInRequired says "You are not authorized to use the requested service") are that code's, not a
 * permission the job lacks.
 */
export function isNonDenialCode(code: string): boolean {
  return !DENIAL_CODE.test(code) && familyOfCode(code, { quoted: true }) !== undefined;
}

// huggingface_hub's exception classes (HfHubHTTPError, RepositoryNotFoundError, GatedRepoError,
// HFValidationError ...): a model hub refused or could not serve a download. (The datasets library's DatasetNotFoundError
// is read by its words, connect-detail.ts: torchgeo has a class of that name for a dataset missing on local disk.) Its generic names end in
// Error only: ECR's `RepositoryNotFoundException` (as Go, JavaScript and Java print ECR's code) is the
// image's registry, not a hub.
export const MODEL_HUB_EXCEPTION = /^(?:(?:Hf|HF)\w*(?:Error|Exception)|(?:RepositoryNotFound|GatedRepo|RevisionNotFound|EntryNotFound|LocalEntryNotFound|OfflineModeIsEnabled)Error)$/;

// The connection failures of botocore, urllib3, requests and the JVM: the network path failed,
// whatever the host. Which host it was decides whose network (AWS endpoint, model hub, other).
export const CONNECT_EXCEPTION = /^(?:ConnectTimeout|EndpointConnection|ReadTimeout|ConnectionClosed|NewConnection|MaxRetry|ProxyConnection|Connection|ConnectTimeoutError|SocketTimeout|UnknownHost|NoRoute)(?:Error|Exception)?$/;
