import type { Cause } from '../diagnosis';

/**
 * Test data, not fixtures: the AWS error codes a training job (or the SDK calls around it) can meet,
 * from the services it touches, each with the documentation's own description and the cause a
 * platform engineer would file it under. error-codes.test.ts builds the texts the SDKs print for each
 * code and checks that the text layer reads the code by its family.
 *
 * Sources (descriptions verbatim, trimmed to their first sentence or two):
 * - botocore's service models, boto/botocore botocore/data/<service>/<version>/service-2.json: the
 *   shapes with "exception": true, their "error": {"code", "httpStatusCode"} and "documentation", and
 *   an operation that lists the shape in its "errors" — s3/2006-03-01, kms/2014-11-01,
 *   ecr/2015-09-21, sts/2011-06-15, iam/2010-05-08, logs/2014-03-28, sagemaker/2017-07-24,
 *   efs/2015-02-01, fsx/2018-03-01, service-quotas/2019-06-24.
 * - S3's list of error codes (https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList,
 *   also in the s3 model's Error.Code documentation) for the codes its model does not list as shapes.
 * - "Error codes for the Amazon EC2 API" (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html):
 *   the common client errors, the client errors of specific actions and the server errors (EC2's model
 *   declares no exception shapes).
 * - The errors common to all AWS services (e.g. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/CommonErrors.html):
 *   AccessDeniedException, IncompleteSignature, InternalFailure, InvalidAction, InvalidClientTokenId,
 *   NotAuthorized, OptInRequired, RequestExpired, ServiceUnavailable, ThrottlingException, ValidationError, …
 *
 * The labels were decided from the descriptions before the classifier read any of these texts. Eight
 * `Invalid…` codes naming something the request named and AWS does not have (InvalidAMIID.NotFound,
 * InvalidKeyPair.NotFound, InvalidRange, InvalidSequenceTokenException, …) were labelled `unknown` then
 * and are `validation` since the merge with round 11's reading: like ResourceNotFound, the request named
 * the wrong thing. Likewise two `ResourceAlreadyExistsException`s, since round 12's real text of an
 * `…AlreadyExists…` code: the request named a name already taken, like ResourceInUse.
 * `unknown` means the code alone does not say which cause (an unrelated resource not found, a
 * conflict, an account matter no cause id names): the text layer must then say `unknown`.
 */
export type CatalogueService = 's3' | 'kms' | 'ecr' | 'sts' | 'iam' | 'logs' | 'sagemaker' | 'ec2' | 'efs' | 'fsx' | 'service-quotas';

export interface CatalogueEntry {
  service: CatalogueService;
  code: string;
  /** An operation of the service that can return the code: botocore names it in its message. */
  operation: string;
  /** The HTTP status the service answers with (400 where the model gives none for a client error). */
  status: number;
  cause: Cause;
  /** The documentation's description of the code. */
  doc: string;
  /**
   * Only for a denial whose cause is the operation's (an S3 read or write): what the Java SDK's form,
   * which names no operation, should read instead.
   */
  withoutOperation?: Cause;
}

/** The service name the Java SDK (v1) prints in "(Service: …; Status Code: …; Error Code: …)". */
export const JAVA_SERVICE_NAME: Readonly<Record<CatalogueService, string>> = {
  s3: 'Amazon S3',
  kms: 'AWSKMS',
  ecr: 'AmazonECR',
  sts: 'AWSSecurityTokenService',
  iam: 'AmazonIdentityManagement',
  logs: 'AWSLogs',
  sagemaker: 'AmazonSageMaker',
  ec2: 'AmazonEC2',
  efs: 'AmazonElasticFileSystem',
  fsx: 'AmazonFSx',
  'service-quotas': 'AWSServiceQuotas',
};

type Row = [code: string, operation: string, status: number, cause: Cause, doc: string, withoutOperation?: Cause];

const ROWS: Readonly<Record<CatalogueService, readonly Row[]>> = {
  s3: [
    ['AccessDenied', 'GetObject', 403, 's3-read', 'Access Denied', 'other-permission'],
    ['AccessDenied', 'PutObject', 403, 's3-write', 'Access Denied', 'other-permission'],
    ['AccountProblem', 'GetObject', 403, 'unknown', 'There is a problem with your Amazon Web Services account that prevents the action from completing successfully.'],
    ['AllAccessDisabled', 'GetObject', 403, 'unknown', 'All access to this Amazon S3 resource has been disabled.'],
    ['AuthorizationHeaderMalformed', 'ListObjectsV2', 400, 'validation', 'The authorization header you provided is invalid.'],
    ['BucketAlreadyExists', 'CreateBucket', 409, 'validation', 'The requested bucket name is not available.'],
    ['EncryptionTypeMismatch', 'PutObject', 400, 'validation', 'The existing object was created with a different encryption type.'],
    ['EntityTooLarge', 'PutObject', 400, 'validation', 'Your proposed upload exceeds the maximum allowed object size.'],
    ['ExpiredToken', 'GetObject', 400, 'expired-credentials', 'The provided token has expired.'],
    ['IncompleteBody', 'PutObject', 400, 'unknown', 'You did not provide the number of bytes specified by the Content-Length HTTP header'],
    ['InternalError', 'PutObject', 500, 'internal', 'We encountered an internal error. Please try again.'],
    ['InvalidAccessKeyId', 'ListObjectsV2', 403, 'expired-credentials', 'The Amazon Web Services access key ID you provided does not exist in our records.'],
    ['InvalidArgument', 'PutObject', 400, 'validation', 'Invalid Argument'],
    ['InvalidBucketName', 'CreateBucket', 400, 'validation', 'The specified bucket is not valid.'],
    ['InvalidObjectState', 'GetObject', 403, 'data', 'Object is archived and inaccessible until restored.'],
    ['InvalidRange', 'GetObject', 416, 'validation', 'The requested range cannot be satisfied.'],
    ['InvalidRequest', 'PutObject', 400, 'validation', "A parameter or header in your request isn't valid."],
    ['InvalidSecurity', 'GetObject', 403, 'expired-credentials', 'The provided security credentials are not valid.'],
    ['InvalidStorageClass', 'PutObject', 400, 'validation', 'The storage class you specified is not valid.'],
    ['InvalidToken', 'GetObject', 400, 'expired-credentials', 'The provided token is malformed or otherwise invalid.'],
    ['KeyTooLongError', 'PutObject', 400, 'validation', 'Your key is too long.'],
    ['MalformedXML', 'PutBucketPolicy', 400, 'validation', 'The XML you provided was not well-formed or did not validate against our published schema.'],
    ['MethodNotAllowed', 'GetObject', 405, 'unknown', 'The specified method is not allowed against this resource.'],
    ['MissingContentLength', 'PutObject', 411, 'validation', 'You must provide the Content-Length HTTP header.'],
    ['MissingSecurityHeader', 'PutObject', 400, 'validation', 'Your request is missing a required header.'],
    ['NoSuchBucket', 'ListObjectsV2', 404, 'data', 'The specified bucket does not exist.'],
    ['NoSuchBucketPolicy', 'GetBucketPolicy', 404, 'unknown', 'The specified bucket does not have a bucket policy.'],
    ['NoSuchKey', 'GetObject', 404, 'data', 'The specified key does not exist.'],
    ['NoSuchUpload', 'CompleteMultipartUpload', 404, 'unknown', 'The specified multipart upload does not exist.'],
    ['NoSuchVersion', 'GetObject', 404, 'data', 'Indicates that the version ID specified in the request does not match an existing version.'],
    ['NotImplemented', 'PutObject', 501, 'unknown', 'A header you provided implies functionality that is not implemented.'],
    ['NotSignedUp', 'ListBuckets', 403, 'unknown', 'Your account is not signed up for the Amazon S3 service.'],
    ['ObjectNotInActiveTierError', 'CopyObject', 403, 'data', 'The source object of the COPY action is not in the active tier and is only stored in Amazon S3 Glacier.'],
    ['OperationAborted', 'PutObject', 409, 'unknown', 'A conflicting conditional action is currently in progress against this resource.'],
    ['PermanentRedirect', 'ListObjectsV2', 301, 'validation', 'The bucket you are attempting to access must be addressed using the specified endpoint.'],
    ['PreconditionFailed', 'GetObject', 412, 'unknown', 'At least one of the preconditions you specified did not hold.'],
    ['RequestTimeout', 'PutObject', 400, 'unknown', 'Your socket connection to the server was not read from or written to within the timeout period.'],
    ['RequestTimeTooSkewed', 'GetObject', 403, 'expired-credentials', "The difference between the request time and the server's time is too large."],
    ['ServiceUnavailable', 'GetObject', 503, 'internal', 'Service is unable to handle request.'],
    ['SignatureDoesNotMatch', 'GetObject', 403, 'expired-credentials', 'The request signature we calculated does not match the signature you provided.'],
    ['SlowDown', 'PutObject', 503, 'throttling', 'Reduce your request rate.'],
    ['TemporaryRedirect', 'GetObject', 307, 'unknown', 'You are being redirected to the bucket while DNS updates.'],
    ['TokenRefreshRequired', 'GetObject', 400, 'expired-credentials', 'The provided token must be refreshed.'],
    ['TooManyBuckets', 'CreateBucket', 400, 'quota', 'You have attempted to create more buckets than allowed.'],
    ['TooManyParts', 'PutObject', 400, 'validation', 'You have attempted to add more parts than the maximum of 10000 that are allowed for this object.'],
  ],
  kms: [
    ['AccessDeniedException', 'Decrypt', 400, 'kms', 'You do not have sufficient access to perform this action.'],
    ['CustomKeyStoreInvalidStateException', 'GenerateDataKey', 400, 'kms', 'The request was rejected because of the ConnectionState of the custom key store.'],
    ['DependencyTimeoutException', 'Decrypt', 503, 'internal', 'The system timed out while trying to fulfill the request.'],
    ['DisabledException', 'CreateGrant', 400, 'kms', 'The request was rejected because the specified KMS key is not enabled.'],
    ['IncorrectKeyException', 'Decrypt', 400, 'kms', 'The request was rejected because the specified KMS key cannot decrypt the data.'],
    ['InvalidAliasNameException', 'DescribeKey', 400, 'kms', 'The request was rejected because the specified alias name is not valid.'],
    ['InvalidArnException', 'CreateGrant', 400, 'kms', 'The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.'],
    ['InvalidCiphertextException', 'Decrypt', 400, 'kms', 'From the Decrypt or ReEncrypt operation, the request was rejected because the specified ciphertext, or additional authenticated data incorporated into the ciphertext, such as the encryption context, is corrupted, missing, or otherwise invalid.'],
    ['InvalidGrantTokenException', 'CreateGrant', 400, 'kms', 'The request was rejected because the specified grant token is not valid.'],
    ['InvalidKeyUsageException', 'GenerateDataKey', 400, 'kms', 'The request was rejected for one of the following reasons: The KeyUsage value of the KMS key is incompatible with the API operation.'],
    ['KMSInternalException', 'GenerateDataKey', 500, 'internal', 'The request was rejected because an internal exception occurred.'],
    ['KMSInvalidStateException', 'Decrypt', 400, 'kms', 'The request was rejected because the state of the specified resource is not valid for this request.'],
    ['KeyUnavailableException', 'Decrypt', 500, 'kms', 'The request was rejected because the specified KMS key was not available.'],
    ['LimitExceededException', 'CreateGrant', 400, 'quota', 'The request was rejected because a length constraint or quota was exceeded.'],
    ['MalformedPolicyDocumentException', 'CreateKey', 400, 'validation', 'The request was rejected because the specified policy is not syntactically or semantically correct.'],
    ['NotFoundException', 'DescribeKey', 400, 'kms', 'The request was rejected because the specified entity or resource could not be found.'],
    ['ThrottlingException', 'GenerateDataKey', 400, 'throttling', 'The request was denied due to request throttling.'],
    ['UnsupportedOperationException', 'CreateKey', 400, 'validation', 'The request was rejected because a specified parameter is not supported or a specified resource is not valid for this operation.'],
  ],
  ecr: [
    ['AccessDeniedException', 'GetAuthorizationToken', 400, 'ecr', 'You do not have sufficient access to perform this action.'],
    ['ImageArchivedException', 'StartImageScan', 400, 'ecr', 'The specified image is archived and cannot be scanned.'],
    ['ImageNotFoundException', 'BatchGetImage', 400, 'ecr', 'The image requested does not exist in the specified repository.'],
    ['InvalidParameterException', 'BatchGetImage', 400, 'validation', 'The specified parameter is invalid.'],
    ['KmsException', 'BatchGetImage', 400, 'kms', 'The operation failed due to a KMS exception.'],
    ['LayerInaccessibleException', 'GetDownloadUrlForLayer', 400, 'ecr', 'The specified layer is not available because it is not associated with an image.'],
    ['LayersNotFoundException', 'GetDownloadUrlForLayer', 400, 'ecr', 'The specified layers could not be found, or the specified layer is not valid for this repository.'],
    ['LimitExceededException', 'BatchGetImage', 400, 'quota', 'The operation did not succeed because it would have exceeded a service limit for your account.'],
    ['ReferencedImagesNotFoundException', 'PutImage', 400, 'ecr', 'The manifest list is referencing an image that does not exist.'],
    ['RepositoryNotFoundException', 'BatchGetImage', 400, 'ecr', 'The specified repository could not be found.'],
    ['RepositoryPolicyNotFoundException', 'GetRepositoryPolicy', 400, 'ecr', 'The specified repository and registry combination does not have an associated repository policy.'],
    ['ServerException', 'BatchGetImage', 500, 'internal', 'These errors are usually caused by a server-side issue.'],
    ['ThrottlingException', 'GetAuthorizationToken', 400, 'throttling', 'The request was denied due to request throttling.'],
    ['UnableToGetUpstreamImageException', 'BatchGetImage', 400, 'ecr', 'The image or images were unable to be pulled using the pull through cache rule.'],
    ['UnableToGetUpstreamLayerException', 'GetDownloadUrlForLayer', 400, 'ecr', 'There was an issue getting the upstream layer matching the pull through cache rule.'],
    ['ValidationException', 'BatchGetImage', 400, 'validation', 'There was an exception validating this request.'],
  ],
  sts: [
    ['AccessDenied', 'AssumeRole', 403, 'trust-policy', 'You do not have sufficient access to perform this action.'],
    ['ExpiredTokenException', 'AssumeRoleWithWebIdentity', 400, 'expired-credentials', 'The web identity token that was passed is expired or is not valid.'],
    ['IDPCommunicationError', 'AssumeRoleWithWebIdentity', 400, 'unknown', 'The request could not be fulfilled because the identity provider (IDP) that was asked to verify the incoming identity token could not be reached.'],
    ['InvalidClientTokenId', 'GetCallerIdentity', 403, 'expired-credentials', 'The X.509 certificate or AWS access key ID provided does not exist in our records.'],
    ['InvalidIdentityToken', 'AssumeRoleWithWebIdentity', 400, 'expired-credentials', 'The web identity token that was passed could not be validated by Amazon Web Services.'],
    ['MalformedPolicyDocument', 'AssumeRole', 400, 'validation', 'The request was rejected because the policy document was malformed.'],
    ['PackedPolicyTooLarge', 'AssumeRole', 400, 'validation', 'The request was rejected because the total packed size of the session policies and session tags combined was too large.'],
    ['RegionDisabledException', 'AssumeRole', 403, 'unknown', 'STS is not activated in the requested region for the account that is being asked to generate credentials.'],
    ['SignatureDoesNotMatch', 'GetCallerIdentity', 403, 'expired-credentials', 'The request signature we calculated does not match the signature you provided.'],
  ],
  iam: [
    ['AccessDenied', 'GetRole', 403, 'other-permission', 'You do not have sufficient access to perform this action.'],
    ['ConcurrentModification', 'PutRolePolicy', 409, 'unknown', 'The request was rejected because multiple requests to change this object were submitted simultaneously.'],
    ['InvalidInput', 'AttachRolePolicy', 400, 'validation', 'The request was rejected because an invalid or out-of-range value was supplied for an input parameter.'],
    ['LimitExceeded', 'AttachRolePolicy', 409, 'quota', 'The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits.'],
    ['MalformedPolicyDocument', 'PutRolePolicy', 400, 'validation', 'The request was rejected because the policy document was malformed.'],
    ['NoSuchEntity', 'GetRole', 404, 'validation', 'The request was rejected because it referenced a resource entity that does not exist.'],
    ['ServiceFailure', 'GetRole', 500, 'internal', 'The request processing has failed because of an unknown error, exception or failure.'],
  ],
  logs: [
    ['AccessDeniedException', 'CreateLogStream', 400, 'cloudwatch-logs', "You don't have sufficient permissions to perform this action."],
    ['DataAlreadyAcceptedException', 'PutLogEvents', 400, 'unknown', 'The event was already logged.'],
    ['InvalidParameterException', 'PutLogEvents', 400, 'validation', 'A parameter is specified incorrectly.'],
    ['InvalidSequenceTokenException', 'PutLogEvents', 400, 'validation', 'The sequence token is not valid.'],
    ['LimitExceededException', 'CreateLogGroup', 400, 'quota', 'You have reached the maximum number of resources that can be created.'],
    ['OperationAbortedException', 'CreateLogGroup', 400, 'unknown', 'Multiple concurrent requests to update the same resource were in conflict.'],
    ['ResourceAlreadyExistsException', 'CreateLogStream', 400, 'validation', 'The specified resource already exists.'],
    ['ResourceNotFoundException', 'PutLogEvents', 400, 'cloudwatch-logs', 'The specified resource does not exist.'],
    ['ServiceQuotaExceededException', 'CreateLogGroup', 400, 'quota', 'This request exceeds a service quota.'],
    ['ServiceUnavailableException', 'PutLogEvents', 503, 'internal', 'The service cannot complete the request.'],
    ['ThrottlingException', 'PutLogEvents', 400, 'throttling', 'The request was throttled because of quota limits.'],
    ['UnrecognizedClientException', 'PutLogEvents', 400, 'expired-credentials', "The most likely cause is an Amazon Web Services access key ID or secret key that's not valid."],
    ['ValidationException', 'PutLogEvents', 400, 'validation', 'One of the parameters for the request is not valid.'],
  ],
  sagemaker: [
    ['AccessDeniedException', 'CreateTrainingJob', 400, 'other-permission', 'You do not have sufficient access to perform this action.'],
    ['ConflictException', 'UpdateTrainingJob', 400, 'unknown', 'There was a conflict when you attempted to modify a SageMaker entity such as an Experiment or Artifact.'],
    ['IncompleteSignature', 'CreateTrainingJob', 400, 'expired-credentials', 'The request signature does not conform to AWS standards.'],
    ['InternalFailure', 'CreateTrainingJob', 500, 'internal', 'The request processing has failed because of an unknown error, exception or failure.'],
    ['InvalidAction', 'CreateTrainingJob', 400, 'validation', 'The action or operation requested is invalid.'],
    ['InvalidClientTokenId', 'CreateTrainingJob', 403, 'expired-credentials', 'The X.509 certificate or AWS access key ID provided does not exist in our records.'],
    ['InvalidParameterCombination', 'CreateTrainingJob', 400, 'validation', 'Parameters that must not be used together were used together.'],
    ['InvalidParameterValue', 'CreateTrainingJob', 400, 'validation', 'An invalid or out-of-range value was supplied for the input parameter.'],
    ['InvalidQueryParameter', 'CreateTrainingJob', 400, 'validation', 'The AWS query string is malformed or does not adhere to AWS standards.'],
    ['MalformedQueryString', 'CreateTrainingJob', 404, 'validation', 'The query string contains a syntax error.'],
    ['MissingAction', 'CreateTrainingJob', 400, 'validation', 'The request is missing an action or a required parameter.'],
    ['MissingAuthenticationToken', 'CreateTrainingJob', 403, 'expired-credentials', 'The request must contain either a valid (registered) AWS access key ID or X.509 certificate.'],
    ['MissingParameter', 'CreateTrainingJob', 400, 'validation', 'A required parameter for the specified action is not supplied.'],
    ['NotAuthorized', 'CreateTrainingJob', 400, 'other-permission', 'You do not have permission to perform this action.'],
    ['OptInRequired', 'CreateTrainingJob', 403, 'unknown', 'The AWS access key ID needs a subscription for the service.'],
    ['RequestExpired', 'CreateTrainingJob', 400, 'expired-credentials', 'The request reached the service more than 15 minutes after the date stamp on the request or more than 15 minutes after the request expiration date (such as for pre-signed URLs), or the date stamp on the request is more than 15 minutes in the future.'],
    ['ResourceInUse', 'CreateTrainingJob', 400, 'validation', 'Resource being accessed is in use.'],
    ['ResourceLimitExceeded', 'CreateTrainingJob', 400, 'quota', 'You have exceeded an SageMaker resource limit.'],
    ['ResourceNotFound', 'DescribeTrainingJob', 400, 'validation', 'Resource being access is not found.'],
    ['ServiceUnavailable', 'CreateTrainingJob', 503, 'internal', 'The request has failed due to a temporary failure of the server.'],
    ['ThrottlingException', 'DescribeTrainingJob', 400, 'throttling', 'The request was denied due to request throttling.'],
    ['ValidationError', 'CreateTrainingJob', 400, 'validation', 'The input fails to satisfy the constraints specified by an AWS service.'],
    ['ValidationException', 'CreateTrainingJob', 400, 'validation', 'The input fails to satisfy the constraints specified by an AWS service.'],
  ],
  ec2: [
    // Common client errors.
    ['AuthFailure', 'CreateNetworkInterface', 400, 'expired-credentials', 'The provided credentials could not be validated.'],
    ['Blocked', 'DescribeSubnets', 400, 'unknown', 'Your account is currently blocked.'],
    ['DryRunOperation', 'CreateNetworkInterface', 400, 'unknown', 'The user has the required permissions, so the request would have succeeded, but the DryRun parameter was used.'],
    ['IdempotentParameterMismatch', 'RunInstances', 400, 'validation', 'The request uses the same client token as a previous, but non-identical request.'],
    ['IncompleteSignature', 'DescribeSubnets', 400, 'expired-credentials', 'The request signature does not conform to AWS standards.'],
    ['InvalidAction', 'DescribeSubnets', 400, 'validation', 'The action or operation requested is not valid.'],
    ['InvalidClientTokenId', 'DescribeSubnets', 400, 'expired-credentials', 'The X.509 certificate or credentials provided do not exist in our records.'],
    ['InvalidParameter', 'CreateNetworkInterface', 400, 'validation', 'A parameter specified in a request is not valid, is unsupported, or cannot be used.'],
    ['InvalidParameterCombination', 'RunInstances', 400, 'validation', 'Indicates an incorrect combination of parameters, or a missing parameter.'],
    ['InvalidParameterValue', 'CreateNetworkInterface', 400, 'validation', 'A value specified in a parameter is not valid, is unsupported, or cannot be used.'],
    ['MissingAuthenticationToken', 'DescribeSubnets', 400, 'expired-credentials', 'The request must contain valid credentials.'],
    ['MissingParameter', 'CreateNetworkInterface', 400, 'validation', 'The request is missing a required parameter.'],
    ['OptInRequired', 'DescribeSubnets', 400, 'unknown', 'You are not authorized to use the requested service.'],
    ['PendingVerification', 'RunInstances', 400, 'unknown', 'Your account is pending verification.'],
    ['RequestExpired', 'DescribeSubnets', 400, 'expired-credentials', 'The request reached the service more than 15 minutes after the date stamp on the request or more than 15 minutes after the request expiration date (such as for presigned URLs), or the date stamp on the request is more than 15 minutes in the future.'],
    // Relabelled `vpc` after the twelfth review: the proof reads the job's refused network interface as the
    // network's (proof/cause-of-check.ts), and the text now agrees with it where it names the operation.
    ['UnauthorizedOperation', 'CreateNetworkInterface', 400, 'vpc', 'You are not authorized to perform this operation.', 'other-permission'],
    ['UnknownParameter', 'DescribeSubnets', 400, 'validation', 'An unknown or unrecognized parameter was supplied.'],
    ['UnsupportedOperation', 'RunInstances', 400, 'validation', 'The specified request includes an unsupported operation.'],
    ['ValidationError', 'DescribeSubnets', 400, 'validation', 'The input fails to satisfy the constraints specified by an AWS service.'],
    // Client errors of specific actions: the job's network (VPC mode), its instances and volumes.
    ['AttachmentLimitExceeded', 'AttachNetworkInterface', 400, 'quota', "You've reached the limit on the number of Amazon EBS volumes or network interfaces that can be attached to a single instance."],
    ['CustomerKeyHasBeenRevoked', 'RunInstances', 400, 'kms', 'The KMS key cannot be accessed.'],
    ['DependencyViolation', 'DeleteNetworkInterface', 400, 'unknown', 'The specified object has dependent resources.'],
    ['EncryptedVolumesNotSupported', 'RunInstances', 400, 'validation', 'Encrypted Amazon EBS volumes may only be attached to instances that support Amazon EBS encryption.'],
    ['Gateway.NotAttached', 'CreateNatGateway', 400, 'vpc', 'An internet gateway is not attached to a VPC.'],
    ['IncorrectInstanceState', 'AttachNetworkInterface', 400, 'unknown', 'The instance is in an incorrect state for the requested action.'],
    ['InstanceLimitExceeded', 'RunInstances', 400, 'quota', "You've reached the limit on the number of instances you can run concurrently."],
    ['InsufficientCapacityOnHost', 'RunInstances', 400, 'capacity', 'There is not enough capacity on the Dedicated Host to launch or start the instance.'],
    ['InsufficientFreeAddressesInSubnet', 'CreateNetworkInterface', 400, 'vpc', 'The specified subnet does not contain enough free private IP addresses to fulfill your request.'],
    ['InvalidAMIID.NotFound', 'RunInstances', 400, 'validation', "The specified AMI doesn't exist."],
    ['InvalidAvailabilityZone', 'RunInstances', 400, 'validation', 'The specified Availability Zone is not valid.'],
    ['InvalidDhcpOptionsID.NotFound', 'AssociateDhcpOptions', 400, 'vpc', 'The specified DHCP options set does not exist.'],
    ['InvalidGroup.NotFound', 'CreateNetworkInterface', 400, 'vpc', 'The specified security group does not exist.'],
    ['InvalidGroupId.Malformed', 'CreateNetworkInterface', 400, 'vpc', 'The specified security group ID is malformed.'],
    ['InvalidInstanceID.NotFound', 'DescribeInstances', 400, 'validation', 'The specified instance does not exist.'],
    ['InvalidInstanceType', 'RunInstances', 400, 'validation', 'The instance type is not supported for this request.'],
    ['InvalidInternetGatewayID.NotFound', 'AttachInternetGateway', 400, 'vpc', 'The specified internet gateway does not exist.'],
    ['InvalidKeyPair.NotFound', 'RunInstances', 400, 'validation', 'The specified key pair name does not exist.'],
    ['InvalidLaunchTemplateId.NotFound', 'RunInstances', 400, 'validation', 'The specified launch template ID does not exist.'],
    ['InvalidNatGatewayID.NotFound', 'CreateRoute', 400, 'vpc', 'The specified NAT gateway ID does not exist.'],
    ['InvalidNetworkAclID.NotFound', 'ReplaceNetworkAclAssociation', 400, 'vpc', 'The specified network ACL does not exist.'],
    ['InvalidNetworkInterface.InUse', 'AttachNetworkInterface', 400, 'vpc', 'The specified interface is currently in use and cannot be deleted or attached to another instance.'],
    ['InvalidNetworkInterfaceID.NotFound', 'AttachNetworkInterface', 400, 'vpc', 'The specified network interface does not exist.'],
    ['InvalidPrefixListID.NotFound', 'AuthorizeSecurityGroupEgress', 400, 'vpc', 'The specified prefix list ID does not exist.'],
    ['InvalidRouteTableID.NotFound', 'DescribeRouteTables', 400, 'vpc', 'The specified route table does not exist.'],
    ['InvalidSecurityGroupID.NotFound', 'CreateNetworkInterface', 400, 'vpc', 'The specified security group does not exist.'],
    ['InvalidSnapshot.NotFound', 'CreateVolume', 400, 'validation', 'The specified snapshot does not exist.'],
    ['InvalidSubnet', 'CreateNetworkInterface', 400, 'vpc', 'The specified subnet ID is not valid or does not exist.'],
    ['InvalidSubnetID.Malformed', 'CreateNetworkInterface', 400, 'vpc', 'The specified subnet ID is malformed.'],
    ['InvalidSubnetID.NotFound', 'CreateNetworkInterface', 400, 'vpc', 'The specified subnet does not exist.'],
    ['InvalidVolume.NotFound', 'AttachVolume', 400, 'validation', 'The specified volume does not exist.'],
    ['InvalidVpcEndpointId.NotFound', 'DescribeVpcEndpoints', 400, 'vpc', 'The specified VPC endpoint does not exist.'],
    ['InvalidVpcID.NotFound', 'DescribeVpcs', 400, 'vpc', 'The specified VPC does not exist.'],
    ['InvalidZone.NotFound', 'RunInstances', 400, 'validation', 'The specified Availability Zone does not exist, or is not available for you to use.'],
    ['MaxIOPSLimitExceeded', 'CreateVolume', 400, 'quota', "You've reached the limit on your IOPS usage for the AWS Region."],
    ['MaxScheduledInstanceCapacityExceeded', 'RunScheduledInstances', 400, 'quota', "You've attempted to launch more instances than you purchased."],
    ['MaxSpotInstanceCountExceeded', 'RequestSpotInstances', 400, 'quota', "You've reached the limit on the number of Spot Instances that you can launch."],
    ['NatGatewayNotFound', 'DescribeNatGateways', 400, 'vpc', 'The specified NAT gateway does not exist.'],
    ['NetworkInterfaceLimitExceeded', 'CreateNetworkInterface', 400, 'quota', "You've reached the limit on the number of network interfaces that you can create."],
    ['OperationNotPermitted', 'DetachNetworkInterface', 400, 'unknown', 'The specified operation is not allowed.'],
    ['PrivateIpAddressLimitExceeded', 'AssignPrivateIpAddresses', 400, 'quota', "You've reached the limit on the number of private IP addresses that you can assign to the specified network interface for that type of instance."],
    ['ReservationCapacityExceeded', 'RunInstances', 400, 'capacity', 'The targeted Capacity Reservation does not enough available instance capacity to fulfill your request.'],
    ['ResourceLimitExceeded', 'CopySnapshot', 400, 'quota', 'You have exceeded an Amazon EC2 resource limit.'],
    ['SecurityGroupsPerInterfaceLimitExceeded', 'CreateNetworkInterface', 400, 'quota', "You've reached the limit on the number of security groups you can associate with the specified network interface."],
    ['SnapshotCreationPerVolumeRateExceeded', 'CreateSnapshot', 400, 'throttling', 'The rate limit for creating concurrent snapshots of an EBS volume has been exceeded.'],
    ['UnfulfillableCapacity', 'RequestSpotInstances', 400, 'capacity', "At this time there isn't enough spare capacity to fulfill your request for Spot Instances."],
    ['Unsupported', 'RunInstances', 400, 'validation', 'The specified request is unsupported.'],
    ['VcpuLimitExceeded', 'RunInstances', 400, 'quota', "You've reached the limit on the number of vCPUs (virtual processing units) assigned to the running instances in your account."],
    ['VolumeLimitExceeded', 'CreateVolume', 400, 'quota', "You've reached the limit on your Amazon EBS volume storage."],
    // Server errors.
    ['BandwidthLimitExceeded', 'DescribeInstances', 503, 'quota', "You've reached the limit on the network bandwidth that is available to an Amazon EC2 instance."],
    ['InsufficientAddressCapacity', 'AllocateAddress', 500, 'capacity', 'Not enough available addresses to satisfy your minimum request.'],
    ['InsufficientCapacity', 'ImportInstance', 500, 'capacity', 'There is not enough capacity to fulfill your import instance request.'],
    ['InsufficientHostCapacity', 'AllocateHosts', 500, 'capacity', 'There is not enough capacity to fulfill your Dedicated Host request.'],
    ['InsufficientInstanceCapacity', 'RunInstances', 500, 'capacity', 'There is not enough capacity to fulfill your request.'],
    ['InsufficientVolumeCapacity', 'CreateVolume', 500, 'capacity', 'There is not enough capacity to fulfill your EBS volume provision request.'],
    ['InternalError', 'CreateNetworkInterface', 500, 'internal', 'An internal error has occurred.'],
    ['InternalFailure', 'CreateNetworkInterface', 500, 'internal', 'The request processing has failed because of an unknown error, exception, or failure.'],
    ['RequestLimitExceeded', 'DescribeNetworkInterfaces', 503, 'throttling', 'The maximum request rate permitted by the Amazon EC2 APIs has been exceeded for your account.'],
    ['ServerInternal', 'RunInstances', 500, 'internal', 'An internal error has occurred.'],
    ['ServiceUnavailable', 'DescribeSubnets', 503, 'internal', 'The request has failed due to a temporary failure of the server.'],
    ['Unavailable', 'DescribeSubnets', 503, 'internal', "The server is overloaded and can't handle the request."],
  ],
  efs: [
    ['AccessPointLimitExceeded', 'CreateAccessPoint', 403, 'quota', 'Returned if the Amazon Web Services account has already created the maximum number of access points allowed per file system.'],
    ['AccessPointNotFound', 'DescribeAccessPoints', 404, 'data', "Returned if the specified AccessPointId value doesn't exist in the requester's Amazon Web Services account."],
    ['BadRequest', 'DescribeMountTargets', 400, 'validation', 'Returned if the request is malformed or contains an error such as an invalid parameter value or a missing required parameter.'],
    ['DependencyTimeout', 'CreateMountTarget', 504, 'internal', 'The service timed out trying to fulfill the request, and the client should try the call again.'],
    ['FileSystemLimitExceeded', 'CreateFileSystem', 403, 'quota', 'Returned if the Amazon Web Services account has already created the maximum number of file systems allowed per account.'],
    ['FileSystemNotFound', 'DescribeMountTargets', 404, 'data', "Returned if the specified FileSystemId value doesn't exist in the requester's Amazon Web Services account."],
    ['IncorrectFileSystemLifeCycleState', 'CreateMountTarget', 409, 'unknown', 'Returned if the file system\'s lifecycle state is not "available".'],
    ['IncorrectMountTargetState', 'DescribeMountTargetSecurityGroups', 409, 'vpc', 'Returned if the mount target is not in the correct state for the operation.'],
    ['InsufficientThroughputCapacity', 'CreateFileSystem', 503, 'capacity', "Returned if there's not enough capacity to provision additional throughput."],
    ['InternalServerError', 'DescribeMountTargets', 500, 'internal', 'Returned if an error occurred on the server side.'],
    ['IpAddressInUse', 'CreateMountTarget', 409, 'vpc', 'Returned if the request specified an IpAddress that is already in use in the subnet.'],
    ['MountTargetNotFound', 'DescribeMountTargetSecurityGroups', 404, 'vpc', "Returned if there is no mount target with the specified ID found in the caller's Amazon Web Services account."],
    ['NetworkInterfaceLimitExceeded', 'CreateMountTarget', 409, 'quota', 'The calling account has reached the limit for elastic network interfaces for the specific Amazon Web Services Region.'],
    ['NoFreeAddressesInSubnet', 'CreateMountTarget', 409, 'vpc', 'Returned if IpAddress was not specified in the request and there are no free IP addresses in the subnet.'],
    ['SecurityGroupLimitExceeded', 'CreateMountTarget', 400, 'quota', 'Returned if the number of SecurityGroups specified in the request is greater than the limit, which is based on account quota.'],
    ['SecurityGroupNotFound', 'CreateMountTarget', 400, 'vpc', "Returned if one of the specified security groups doesn't exist in the subnet's virtual private cloud (VPC)."],
    ['SubnetNotFound', 'CreateMountTarget', 400, 'vpc', 'Returned if there is no subnet with ID SubnetId provided in the request.'],
    ['ThrottlingException', 'CreateAccessPoint', 429, 'throttling', 'Returned when the CreateAccessPoint API action is called too quickly and the number of Access Points on the file system is nearing the limit of 120.'],
    ['ThroughputLimitExceeded', 'UpdateFileSystem', 400, 'quota', "Returned if the throughput mode or amount of provisioned throughput can't be changed because the throughput limit of 1024 MiB/s has been reached."],
    ['TooManyRequests', 'UpdateFileSystem', 429, 'throttling', 'Returned if you don’t wait at least 24 hours before either changing the throughput mode, or decreasing the Provisioned Throughput value.'],
    ['UnsupportedAvailabilityZone', 'CreateFileSystem', 400, 'validation', 'Returned if the requested Amazon EFS functionality is not available in the specified Availability Zone.'],
    ['ValidationException', 'CreateReplicationConfiguration', 400, 'validation', 'Returned if the Backup service is not available in the Amazon Web Services Region in which the request was made.'],
  ],
  fsx: [
    ['ActiveDirectoryError', 'CreateFileSystem', 400, 'unknown', 'An Active Directory error.'],
    ['BackupNotFound', 'CreateFileSystemFromBackup', 400, 'unknown', 'No Amazon FSx backups were found based upon the supplied parameters.'],
    ['BadRequest', 'DescribeFileSystems', 400, 'validation', 'A generic error indicating a failure with a client request.'],
    ['FileSystemNotFound', 'DescribeFileSystems', 400, 'data', 'No Amazon FSx file systems were found based upon the supplied parameters.'],
    ['IncompatibleParameterError', 'CreateFileSystem', 400, 'validation', 'The error returned when a second request is received with the same client request token but different parameters settings.'],
    ['InternalServerError', 'DescribeFileSystems', 500, 'internal', 'A generic error indicating a server-side failure.'],
    ['InvalidImportPath', 'CreateFileSystem', 400, 'validation', "The path provided for data repository import isn't valid."],
    ['InvalidNetworkSettings', 'CreateFileSystem', 400, 'vpc', 'One or more network settings specified in the request are invalid.'],
    ['MissingFileSystemConfiguration', 'CreateFileSystem', 400, 'validation', 'A file system configuration is required for this operation.'],
    ['ServiceLimitExceeded', 'CreateFileSystem', 400, 'quota', 'An error indicating that a particular service limit was exceeded.'],
    ['UnsupportedOperation', 'UpdateFileSystem', 400, 'validation', 'The requested operation is not supported for this resource or API.'],
    ['VolumeNotFound', 'DescribeVolumes', 400, 'data', 'No Amazon FSx volumes were found based upon the supplied parameters.'],
  ],
  'service-quotas': [
    ['AccessDeniedException', 'GetServiceQuota', 400, 'other-permission', 'You do not have sufficient permission to perform this action.'],
    ['AWSServiceAccessNotEnabledException', 'ListServiceQuotaIncreaseRequestsInTemplate', 400, 'unknown', 'The action you attempted is not allowed unless Service Access with Service Quotas is enabled in your organization.'],
    ['DependencyAccessDeniedException', 'RequestServiceQuotaIncrease', 400, 'other-permission', "You can't perform this action because a dependency does not have access."],
    ['IllegalArgumentException', 'GetServiceQuota', 400, 'validation', 'Invalid input was provided.'],
    ['NoSuchResourceException', 'GetServiceQuota', 400, 'validation', 'The specified resource does not exist.'],
    ['QuotaExceededException', 'RequestServiceQuotaIncrease', 400, 'quota', 'You have exceeded your service quota.'],
    ['ResourceAlreadyExistsException', 'RequestServiceQuotaIncrease', 400, 'validation', 'The specified resource already exists.'],
    ['ServiceException', 'GetServiceQuota', 500, 'internal', 'Something went wrong.'],
    ['TooManyRequestsException', 'GetServiceQuota', 400, 'throttling', 'Due to throttling, the request was denied.'],
  ],
};

export const ERROR_CODE_CATALOGUE: readonly CatalogueEntry[] = Object.entries(ROWS).flatMap(([service, rows]) =>
  rows.map(([code, operation, status, cause, doc, withoutOperation]) => ({
    service: service as CatalogueService,
    code,
    operation,
    status,
    cause,
    doc,
    ...(withoutOperation ? { withoutOperation } : {}),
  })),
);

/** botocore's ClientError, as SDK for Python prints it: the code and the operation, not the service. */
export function botocoreText(entry: CatalogueEntry): string {
  return `botocore.exceptions.ClientError: An error occurred (${entry.code}) when calling the ${entry.operation} operation: ${entry.doc}`;
}

/** The Java SDK's AmazonServiceException message: the service and the code, not the operation. */
export function javaText(entry: CatalogueEntry): string {
  const service = JAVA_SERVICE_NAME[entry.service];
  return `${entry.doc} (Service: ${service}; Status Code: ${entry.status}; Error Code: ${entry.code}; Request ID: 5f1c0a4e-2d3b-4c6f-9a7e-0b1c2d3e4f50)`;
}
