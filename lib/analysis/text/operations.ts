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

const OPERATION = /when calling the (\w+) operation/i;

/** The IAM action behind the operation an SDK error message names, when we know it. */
export function actionOfOperation(message: string): string | undefined {
  const operation = OPERATION.exec(message)?.[1];
  return operation ? ACTION_OF_OPERATION[operation] : undefined;
}
