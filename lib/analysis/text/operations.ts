// The API operation an SDK error names ("when calling the GetObject operation") as the IAM action it
// needs: SageMaker's own S3 failures often say only this and "Access Denied".
const ACTION_OF_OPERATION: Readonly<Record<string, string>> = {
  GetObject: 's3:GetObject',
  HeadObject: 's3:GetObject',
  ListObjects: 's3:ListBucket',
  ListObjectsV2: 's3:ListBucket',
  HeadBucket: 's3:ListBucket',
  PutObject: 's3:PutObject',
  CreateMultipartUpload: 's3:PutObject',
  UploadPart: 's3:PutObject',
  CompleteMultipartUpload: 's3:PutObject',
  AbortMultipartUpload: 's3:AbortMultipartUpload',
  Decrypt: 'kms:Decrypt',
  GenerateDataKey: 'kms:GenerateDataKey',
  Encrypt: 'kms:Encrypt',
  CreateGrant: 'kms:CreateGrant',
  AssumeRole: 'sts:AssumeRole',
  GetAuthorizationToken: 'ecr:GetAuthorizationToken',
  BatchGetImage: 'ecr:BatchGetImage',
  GetDownloadUrlForLayer: 'ecr:GetDownloadUrlForLayer',
  CreateLogStream: 'logs:CreateLogStream',
  CreateLogGroup: 'logs:CreateLogGroup',
  PutLogEvents: 'logs:PutLogEvents',
  PutMetricData: 'cloudwatch:PutMetricData',
  CreateNetworkInterface: 'ec2:CreateNetworkInterface',
};

// botocore's "when calling the X operation", or the operation named bare before its message when a
// copy (an issue title, a log line) kept only the end: "GetBucketLocation operation: Access Denied".
const OPERATION = /when calling the (\w+) operation/i;
const BARE_OPERATION = /(?:^|[\s"'(])([A-Z][a-z]{2,8}(?:[A-Z][a-z0-9]{0,30}){1,6}) operation:/;
// S3's API names say what they touch: an object or a bucket (and its settings), read or written. The
// IAM action of a bucket or object operation is mostly its own name (s3:GetBucketLocation).
const S3_OPERATION = /^(?:Get|Head|List|Put|Delete)(?:Object|Bucket)[A-Za-z]{0,40}$/;

/** The IAM action behind the operation an SDK error message names, when we know it. */
export function actionOfOperation(message: string): string | undefined {
  const operation = OPERATION.exec(message)?.[1] ?? (message.includes(' operation:') ? BARE_OPERATION.exec(message)?.[1] : undefined);
  if (!operation) return undefined;
  return ACTION_OF_OPERATION[operation] ?? (S3_OPERATION.test(operation) ? `s3:${operation}` : undefined);
}
