import { describe, expect, it } from 'vitest';
import type { Cause } from '../diagnosis';
import { familyOfCode, isNonDenialCode } from './error-families';
import { serviceOfError } from './service-of-error';
import { causeOf } from '../test-support/text-readings';

// Each family the error-code catalogue (error-codes.catalogue.ts) called for, on codes and wordings
// that are not in the catalogue: other codes of the same shape from the same documentation (EC2's
// "Error codes for the Amazon EC2 API", botocore's service models), other SDK forms (SDK for Java v2's
// "(Service: Ecr, Status Code: 400, …)", EC2's "Client." class prefix), other messages.
const botocore = (code: string, operation: string, message: string) =>
  `botocore.exceptions.ClientError: An error occurred (${code}) when calling the ${operation} operation: ${message}`;

describe('quoted error codes read by their shape', () => {
  it.each([
    // The job's network: Invalid<network resource>, <network resource>NotFound, a subnet out of addresses.
    ['InvalidRouteTableId.Malformed', 'vpc'],
    ['Client.InvalidSubnetID.NotFound', 'vpc'],
    ['InvalidVpcEndpointServiceId.NotFound', 'vpc'],
    ['InvalidEgressOnlyInternetGatewayId.NotFound', 'vpc'],
    ['InvalidSecurityGroupId.Malformed', 'vpc'],
    ['SecurityGroupNotFoundException', 'vpc'],
    // Credentials: the request signed too late, not a network resource despite "InvalidSecurity".
    ['InvalidSecurity.RequestHasExpired', 'expired-credentials'],
    ['InvalidSessionToken', 'expired-credentials'],
    // A maximum of the account's reached, a reservation out of room.
    ['MaxSpotFleetRequestCountExceeded', 'quota'],
    ['Client.ReservationCapacityExceeded', 'capacity'],
    // A service's internal error in its own naming.
    ['ServerException', 'internal'],
    ['DependencyTimeoutException', 'internal'],
    // The input gone: an object archived, a file-system channel's access point missing.
    ['ObjectNotInActiveTierError', 'data'],
    ['AccessPointNotFound', 'data'],
    // The image's repository, image or layers.
    ['ImageNotFoundException', 'ecr'],
    ['LayerInaccessibleException', 'ecr'],
    // KMS in its own naming, or a key EC2 can no longer use.
    ['KMSInvalidMacException', 'kms'],
    ['CustomerKeyHasBeenRevoked', 'kms'],
    // The request itself defective.
    ['InvalidInstanceAttributeValue', 'validation'],
    ['UnknownVolumeType', 'validation'],
    ['InvalidLaunchTemplateName.MalformedException', 'validation'],
    ['RequestEntityTooLarge', 'validation'],
    // A refusal the denial rules do not see as one.
    ['NotAuthorized', 'other-permission'],
  ] as [string, Cause][])('%s is %s', (code, cause) => {
    expect(familyOfCode(code, { quoted: true })?.cause).toBe(cause);
    expect(causeOf(botocore(code, 'DoSomething', 'The request was rejected.'))).toBe(cause);
  });

  it.each(['InvalidRange', 'InvalidSequenceTokenException', 'InvalidInstanceID.NotFound', 'InvalidAMIID.NotFound'])(
    '%s is the request naming what AWS does not have (validation), like ResourceNotFound',
    (code) => {
      expect(causeOf(botocore(code, 'DoSomething', 'The request was rejected.'))).toBe('validation');
    },
  );

  it.each([
    // A conflict: no cause. (A name already taken, `…AlreadyExists…`, is the request's: validation.)
    'ConcurrentModification',
  ])('%s stays unknown', (code) => {
    expect(causeOf(botocore(code, 'DoSomething', 'The request was rejected.'))).toBe('unknown');
  });

  it('reads these shapes only in a code an SDK quoted, not in a traceback or a log line', () => {
    // Java's own IllegalArgumentException, a library's ServerException: the code's, not an AWS request's.
    expect(familyOfCode('IllegalArgumentException')).toBeUndefined();
    expect(familyOfCode('ServerException')).toBeUndefined();
    expect(causeOf('Exception in thread "main" java.lang.IllegalArgumentException: bad split size\n\tat com.acme.Split.run(Split.java:12)')).not.toBe('validation');
    expect(causeOf('UnknownFormat: Unrecognized header in row 3')).not.toBe('validation');
  });

  it('still leaves a model hub\'s RepositoryNotFoundError to the model download', () => {
    expect(causeOf("huggingface_hub.utils._errors.RepositoryNotFoundError: 401 Client Error. Repository Not Found for url: https://huggingface.co/api/models/acme/private-model")).toBe('model-download');
  });
});

describe('codes read with the service the operation names', () => {
  it.each([
    ['kms', botocore('NotFoundException', 'DescribeKey', "Alias arn:aws:kms:us-east-1:111122223333:alias/training is not found."), 'kms'],
    ['kms', botocore('InvalidArnException', 'GenerateDataKeyWithoutPlaintext', 'Invalid arn us-east-1'), 'kms'],
    ['logs', botocore('ResourceNotFoundException', 'CreateLogStream', 'The specified log group does not exist.'), 'cloudwatch-logs'],
    ['ecr', botocore('RepositoryNotFoundException', 'ListImages', "The repository with name 'trainer' does not exist in the registry with id '111122223333'"), 'ecr'],
    ['sts', botocore('AccessDenied', 'AssumeRoleWithWebIdentity', 'Not authorized to perform sts:AssumeRoleWithWebIdentity'), 'trust-policy'],
  ] as [string, string, Cause][])('%s: %s', (service, text, cause) => {
    expect(serviceOfError(text)).toBe(service);
    expect(causeOf(text)).toBe(cause);
  });

  it('names no service for an operation of another service, and the generic code says nothing', () => {
    const text = botocore('NotFoundException', 'GetFunction', 'Function not found: arn:aws:lambda:us-east-1:111122223333:function:x');
    expect(serviceOfError(text)).toBeUndefined();
    expect(causeOf(text)).toBe('unknown');
  });

  it('reads the services SDK for Java v1 and v2 name beside the code', () => {
    expect(serviceOfError('x (Service: AmazonIdentityManagement; Status Code: 404; Error Code: NoSuchEntity; Request ID: r)')).toBe('iam');
    expect(serviceOfError('x (Service: AmazonElasticFileSystem; Status Code: 404; Error Code: FileSystemNotFound; Request ID: r)')).toBe('efs');
    expect(serviceOfError('x (Service: AWSServiceQuotas; Status Code: 400; Error Code: NoSuchResourceException; Request ID: r)')).toBe('service-quotas');
    expect(causeOf('software.amazon.awssdk.services.logs.model.ResourceNotFoundException: The specified log group does not exist. (Service: CloudWatchLogs, Status Code: 400, Request ID: r)')).toBe('cloudwatch-logs');
    expect(causeOf('software.amazon.awssdk.services.sts.model.StsException: Not authorized to perform sts:AssumeRole (Service: Sts, Status Code: 403, Request ID: r)')).toBe('trust-policy');
  });
});

describe('a 403 or "not authorized" beside a code of another family is that code', () => {
  it.each([
    ["The operation is not valid for the object's storage class (Service: Amazon S3; Status Code: 403; Error Code: InvalidObjectState; Request ID: r)", 'data'],
    ['The difference between the request time and the current time is too large. (Service: Amazon S3; Status Code: 403; Error Code: RequestTimeTooSkewed; Request ID: r)', 'expired-credentials'],
    ['The functionality you have requested has been administratively disabled for this account. (Service: AmazonEC2; Status Code: 403; Error Code: AccountDisabled; Request ID: r)', 'unknown'],
    [botocore('OptInRequired', 'RunInstances', 'You are not authorized to use this service. Please Sign Up for AWS.'), 'unknown'],
  ] as [string, Cause][])('%s', (text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });

  it('keeps a denial code, and a 403 with a code no family knows, a denial', () => {
    expect(isNonDenialCode('AccessDenied')).toBe(false);
    expect(isNonDenialCode('UnauthorizedOperation')).toBe(false);
    expect(isNonDenialCode('SomeNewRefusal')).toBe(false);
    expect(causeOf('Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: r)')).toBe('other-permission');
    expect(causeOf('Forbidden (Service: Amazon S3; Status Code: 403; Error Code: SomeNewRefusal; Request ID: r)')).toBe('other-permission');
  });
});
