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
}

export const ERROR_CODE_FAMILIES: readonly ErrorFamily[] = [
  {
    id: 'credentials',
    cause: 'expired-credentials',
    strength: 85,
    // EC2 says AuthFailure when it could not validate the credentials the request was signed with.
    code: /^(?:ExpiredToken|InvalidClientTokenId|UnrecognizedClient|InvalidToken|RequestExpired|SignatureDoesNotMatch|InvalidAccessKeyId|InvalidSecurity|IncompleteSignature|MissingAuthenticationToken|NoCredentials|PartialCredentials|CredentialRetrieval|AuthFailure$)/i,
  },
  { id: 'kms-state', cause: 'kms', strength: 75, code: /^KMS\.|^(?:Disabled|KMSInvalidState|KeyUnavailable|InvalidCiphertext|IncorrectKey)(?:Exception)?$/ },
  // botocore prints the HTTP status in place of the code when the response carried none
  // ("An error occurred (500) when calling the CreateTrainingJob operation"): read by its class.
  // A code naming a rate that was exceeded (EC2's VolumeModificationRateExceeded) is a rate limit;
  // one naming a limit (EC2's VcpuLimitExceeded, InstanceLimitExceeded) is a quota. EC2's
  // RequestLimitExceeded is its API throttling and is read first.
  // A code naming a rate limit (RateLimitExceeded) is the rate's; one naming a quota exceeded, in any
  // service's spelling (ServiceQuotaExceeded, QuotaExceededError, QUOTA_EXCEEDED), the quota's.
  { id: 'throttling', cause: 'throttling', strength: 72, code: /Throttl|^RequestLimitExceeded$|^TooManyRequests|^SlowDown$|^ProvisionedThroughputExceeded|Rate(?:Limit)?Exceeded$|^429$/i },
  { id: 'quota', cause: 'quota', strength: 70, code: /^(?:ResourceLimitExceeded|LimitExceeded)|Quota_?Exceeded|^[A-Za-z]{1,40}LimitExceeded$/i },
  { id: 'capacity', cause: 'capacity', strength: 70, code: /^(?:EC2)?Insufficient\w*Capacity|^UnfulfillableCapacity/i },
  { id: 'internal', cause: 'internal', strength: 65, code: /^(?:InternalError|InternalFailure|InternalServer|ServiceUnavailable|ServiceFailure|InternalException)|^5\d\d$/i },
  { id: 'missing-object', cause: 'data', strength: 55, code: /^(?:NoSuchKey|NoSuchBucket)$/i },
  {
    id: 'validation',
    cause: 'validation',
    strength: 50,
    // A bucket in another region than the job (BucketRegionError, S3's PermanentRedirect), a name
    // already taken or a resource that does not exist (ResourceInUse, ResourceNotFound) are the
    // request naming the wrong thing, like any other invalid parameter.
    // botocore's NoRegionError is the client's configuration lacking the region the request needs.
    // Any other code AWS names Invalid… (InvalidArn, InvalidParameterValue, EC2's InvalidSubnetID.NotFound)
    // is the request's value refused; the credential and key-state Invalid… codes are read above. A code
    // naming a state (S3's InvalidObjectState: an archived object) is the resource's condition, not the request's.
    // A code named for HTTP 400 itself (BadRequest, BadRequestException: SSM, EKS, API Gateway) is the
    // request refused as it was made; HTTP's reason phrase "400 Bad Request" alone is only a status.
    // A code saying the thing to create already exists (ECR's RepositoryAlreadyExistsException, IAM's
    // EntityAlreadyExists, S3's BucketAlreadyExists) is the request naming a taken name, like ResourceInUse.
    code: /Validation|^Invalid(?![A-Za-z]{0,40}State$)[A-Za-z]|^BadRequest(?:Exception)?$|^[A-Za-z]{0,40}AlreadyExists(?:Exception|Fault)?$|^(?:MissingParameter|MalformedPolicy|MissingRequiredParameter|BucketRegion|PermanentRedirect|IncorrectEndpoint|AuthorizationHeaderMalformed|ResourceInUse|ResourceNotFound|NoRegion)/i,
  },
];

// Codes whose meaning depends on the service that returned them (service-of-error.ts): a key or a
// registry object that is missing, disabled or refused is the key's or the image's problem.
const SERVICE_CODES: readonly { service: string; cause: Cause; code: RegExp }[] = [
  { service: 'kms', cause: 'kms', code: /^(?:NotFound|Disabled|KMSInvalidState|KeyUnavailable|InvalidKeyUsage|IncorrectKey|InvalidCiphertext|InvalidArn|AccessDenied)(?:Exception)?$/ },
  { service: 'ecr', cause: 'ecr', code: /^(?:RepositoryNotFound|ImageNotFound|LayersNotFound|RepositoryPolicyNotFound|AccessDenied)(?:Exception)?$/ },
];

/** The cause of an error code read with the service that returned it, if that pair has one. */
export function causeOfServiceCode(service: string, code: string): Cause | undefined {
  return SERVICE_CODES.find((s) => s.service === service && s.code.test(code))?.cause;
}

/** The family an error code or exception class name belongs to, if any. */
export function familyOfCode(code: string): ErrorFamily | undefined {
  return ERROR_CODE_FAMILIES.find((family) => family.code.test(code));
}

// huggingface_hub's exception classes (HfHubHTTPError, RepositoryNotFoundError, GatedRepoError,
// HFValidationError ...): a model hub refused or could not serve a download.
export const MODEL_HUB_EXCEPTION = /^(?:Hf\w*|HF\w*|RepositoryNotFound|GatedRepo|RevisionNotFound|EntryNotFound|LocalEntryNotFound|OfflineModeIsEnabled)(?:Error|Exception)$/;

// The connection failures of botocore, urllib3, requests and the JVM: the network path failed,
// whatever the host. Which host it was decides whose network (AWS endpoint, model hub, other).
export const CONNECT_EXCEPTION = /^(?:ConnectTimeout|EndpointConnection|ReadTimeout|ConnectionClosed|NewConnection|MaxRetry|ProxyConnection|Connection|ConnectTimeoutError|SocketTimeout|UnknownHost|NoRoute)(?:Error|Exception)?$/;
