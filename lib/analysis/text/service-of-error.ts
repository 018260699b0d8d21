/**
 * The AWS service an SDK error says it came from, lower-cased and without its vendor prefix
 * ("kms", "ecr", "s3", "sagemaker"), or undefined when the text does not say.
 *
 * The same error code means different things from different services: `NotFoundException` from KMS
 * is a key that does not exist, `RepositoryNotFoundException` from ECR is the image's repository
 * (not a model hub's). The Java SDKs print the service beside the code ("(Service: AWSKMS; Status
 * Code: 400; Error Code: NotFoundException"), SDK v2 writes "(Service: Kms, Status Code: 400", and
 * the exception's package names it ("com.amazonaws.services.kms.model.", "software.amazon.awssdk.
 * services.ecr.model.", .NET's "Amazon.KeyManagementService.Model.").
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
};

function normalise(name: string): string {
  const bare = name.toLowerCase().replace(/\s+/g, '').replace(/^(?:aws|amazon)/, '');
  return ALIASES[bare] ?? bare;
}

export function serviceOfError(text: string): string | undefined {
  if (!text.includes('Service') && !text.includes('services.') && !text.includes('.Model.')) return undefined;
  const field = SERVICE_FIELD.exec(text)?.[1];
  if (field) return normalise(field);
  const pkg = SERVICE_PACKAGE.exec(text);
  const name = pkg?.[1] ?? pkg?.[2];
  return name ? normalise(name) : undefined;
}
