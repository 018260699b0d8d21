/**
 * The AWS service an SDK error says it came from, lower-cased and without its vendor prefix
 * ("kms", "ecr", "s3", "sagemaker"), or undefined when the text does not say.
 *
 * The same error code means different things from different services: `NotFoundException` from KMS
 * is a key that does not exist, `RepositoryNotFoundException` from ECR is the image's repository
 * (not a model hub's). The Java SDKs print the service beside the code ("(Service: AWSKMS; Status
 * Code: 400; Error Code: NotFoundException"), SDK v2 writes "(Service: Kms, Status Code: 400", and
 * the exception's package names it ("com.amazonaws.services.kms.model.", "software.amazon.awssdk.
 * services.ecr.model.", .NET's "Amazon.KeyManagementService.Model."); botocore only the operation.
 */
const SERVICE_FIELD = /\(Service: ?([A-Za-z][A-Za-z0-9 ]{1,40}?)[;,]/;
const SERVICE_PACKAGE = /\b(?:com\.amazonaws|software\.amazon\.awssdk)\.services\.([a-z0-9]{2,30})\.|\bAmazon\.([A-Za-z]{2,40})\.Model\./;

// Names the SDKs print that are not the service's short id.
const ALIASES: Readonly<Record<string, string>> = {
  keymanagementservice: 'kms',
  elasticcontainerregistry: 'ecr',
  securitytokenservice: 'sts',
  cloudwatchlogs: 'logs',
  simplestorageservice: 's3',
  identitymanagement: 'iam',
  elasticfilesystem: 'efs',
  servicequotas: 'service-quotas',
};

// botocore names the operation, not the service ("An error occurred (NotFoundException) when calling
// the DescribeKey operation"): the operation's verb and noun are the service's own. Only the services
// whose codes are read with their service (error-families.ts) are told apart: KMS's key, grant and
// alias operations and its cryptographic verbs, ECR's image, layer and repository operations, CloudWatch
// Logs' log groups, streams and events, STS's role operations.
const OPERATION = /when calling the (\w{1,80}) operation/;
const SERVICE_OF_OPERATION: readonly (readonly [string, RegExp])[] = [
  ['kms', /^(?:(?:Re)?Encrypt|Decrypt|GenerateDataKey\w{0,30}|GenerateRandom|(?:Create|List|Retire|Revoke)Grants?|ListRetirableGrants|(?:Create|Describe|Enable|Disable|Schedule|Cancel)Key(?:Deletion|Rotation)?|(?:Get|Put)KeyPolicy|ListKeys|(?:Create|Delete|Update)Alias|ListAliases)$/],
  ['ecr', /^(?:BatchGetImage|BatchDeleteImage|BatchCheckLayerAvailability|GetDownloadUrlForLayer|GetAuthorizationToken|PutImage|ListImages|\w{0,12}LayerUpload|UploadLayerPart|\w{0,12}Repositor(?:y|ies)\w{0,12}|\w{0,12}ImageScan\w{0,16}|\w{0,12}PullThroughCacheRules?)$/],
  ['logs', /^(?:(?:Put|Get|Filter)LogEvents|(?:Create|Delete|Describe)Log(?:Group|Stream)s?)$/],
  // Only STS's role operations: STS refusing GetCallerIdentity (which no IAM policy can deny) or a
  // GetSessionToken called with session credentials is no role's trust.
  ['sts', /^AssumeRole\w{0,20}$/],
];

function serviceOfOperation(text: string): string | undefined {
  const operation = text.includes(' operation') ? OPERATION.exec(text)?.[1] : undefined;
  return operation ? SERVICE_OF_OPERATION.find(([, pattern]) => pattern.test(operation))?.[0] : undefined;
}

/** A service's name as an SDK prints it ("CloudWatch Logs", "client-kms"'s "kms", "KeyManagementService") as its short id. */
export function normalise(name: string): string {
  const bare = name.toLowerCase().replace(/[\s-]+/g, '').replace(/^(?:aws|amazon)/, '');
  return ALIASES[bare] ?? bare;
}

export function serviceOfError(text: string): string | undefined {
  if (!text.includes('Service') && !text.includes('services.') && !text.includes('.Model.')) return serviceOfOperation(text);
  const field = SERVICE_FIELD.exec(text)?.[1];
  if (field) return normalise(field);
  const pkg = SERVICE_PACKAGE.exec(text);
  const name = pkg?.[1] ?? pkg?.[2];
  return name ? normalise(name) : serviceOfOperation(text);
}
