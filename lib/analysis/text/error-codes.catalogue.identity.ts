import type { CatalogueRow } from './error-codes.catalogue.types';

/**
 * The error-code catalogue's rows for KMS, STS and IAM: the keys and credentials behind every request. Sources
 * and labels: error-codes.catalogue.ts.
 */
export const IDENTITY_ROWS: Readonly<Record<'kms' | 'sts' | 'iam', readonly CatalogueRow[]>> = {
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
};
