/**
 * Each protocol family's own words for throttling, internal failure, access denied and bad auth.
 * Codes and statuses follow the services' models; messages follow what AWS prints.
 */
import { randomBytes } from 'node:crypto';
import { AwsError } from '../errors';
import type { FaultErrors } from '../types';

export function deniedMessage(principalArn: string, action: string, resource: string): string {
  return `User: ${principalArn} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`;
}

const INTERNAL = 'The request processing has failed because of an unknown error, exception or failure.';

/** SageMaker, CloudWatch Logs, KMS. */
export function jsonFaultErrors(): FaultErrors {
  return {
    throttling: () => new AwsError('ThrottlingException', 'Rate exceeded', 400),
    internal: () => new AwsError('InternalFailure', INTERNAL, 500, 'Receiver'),
    accessDenied: (p, a, r) => new AwsError('AccessDeniedException', deniedMessage(p, a, r), 400),
    missingAuth: () => new AwsError('MissingAuthenticationTokenException', 'Missing Authentication Token', 400),
    incompleteSignature: () =>
      new AwsError('IncompleteSignatureException', "Authorization header requires 'Credential' parameter.", 400),
    unknownOperation: () => new AwsError('UnknownOperationException', '', 400),
  };
}

/** IAM and STS. IAM's 500 is `ServiceFailure`; STS's is `InternalFailure`. */
export function queryFaultErrors(internalCode: 'ServiceFailure' | 'InternalFailure', version: string): FaultErrors {
  return {
    throttling: () => new AwsError('Throttling', 'Rate exceeded', 400),
    internal: () => new AwsError(internalCode, INTERNAL, 500, 'Receiver'),
    accessDenied: (p, a, r) => new AwsError('AccessDenied', deniedMessage(p, a, r), 403),
    missingAuth: () => new AwsError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403),
    incompleteSignature: () =>
      new AwsError('IncompleteSignature', "Authorization header requires 'Credential' parameter.", 403),
    unknownOperation: (op) => new AwsError('InvalidAction', `Could not find operation ${op} for version ${version}`, 400),
  };
}

export function ec2FaultErrors(): FaultErrors {
  return {
    throttling: () => new AwsError('RequestLimitExceeded', 'Request limit exceeded.', 503),
    internal: () => new AwsError('InternalError', 'An internal error has occurred', 500, 'Receiver'),
    // EC2 hides the details in an encoded message only sts:DecodeAuthorizationMessage can read.
    accessDenied: () =>
      new AwsError(
        'UnauthorizedOperation',
        `You are not authorized to perform this operation. Encoded authorization failure message: ${randomBytes(96).toString('base64url')}`,
        403,
      ),
    missingAuth: () => new AwsError('MissingAuthenticationToken', 'Request is missing Authentication Token', 401),
    incompleteSignature: () =>
      new AwsError('IncompleteSignature', "Authorization header requires 'Credential' parameter.", 401),
    unknownOperation: (op) => new AwsError('InvalidAction', `The action ${op} is not valid for this web service.`, 400),
  };
}

export function s3FaultErrors(): FaultErrors {
  return {
    throttling: () => new AwsError('SlowDown', 'Please reduce your request rate.', 503),
    internal: () => new AwsError('InternalError', 'We encountered an internal error. Please try again.', 500, 'Receiver'),
    // Same-account requests get the enhanced wording with the ARN in double quotes (S3 user guide,
    // "Troubleshoot access denied (403 Forbidden) errors"); the bare "Access Denied" is for callers
    // outside the bucket owner's organization, which the dashboard's own denials are not.
    accessDenied: (p, a, r) => new AwsError('AccessDenied', deniedMessage(p, a, `"${r}"`), 403),
    // An unsigned S3 request is anonymous, and anonymous callers are refused.
    missingAuth: () => new AwsError('AccessDenied', 'Access Denied', 403),
    incompleteSignature: () =>
      new AwsError('AuthorizationHeaderMalformed', 'The authorization header is malformed.', 400),
    unknownOperation: () =>
      new AwsError('NotImplemented', 'A header you provided implies functionality that is not implemented', 501),
  };
}
