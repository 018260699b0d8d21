/**
 * The failures synthetic jobs are drawn from. Each wording is what SageMaker or the training
 * toolkit prints (sources beside each), and the generator's policies really produce the permission
 * ones.
 */
export type SyntheticCause = 's3-read' | 'bucket-policy' | 's3-write' | 'kms' | 'user-code' | 'out-of-memory' | 'capacity';

export interface CauseTemplate {
  cause: SyntheticCause;
  /** Relative weight in the mix. */
  weight: number;
  stage: 'Starting' | 'Downloading' | 'Training' | 'Uploading';
  failureReason: (uri: string) => string;
  logLines: string[];
}

// aws/amazon-sagemaker-examples#4384: "ClientError: Data download failed:Unable to download object s3://... (AccessDenied: Access Denied)"
const downloadDenied = (uri: string) => `ClientError: Data download failed:Unable to download object ${uri}train.csv (AccessDenied: Access Denied)`;

// The toolkit's ExecuteUserScriptError wrapper (aws/sagemaker-training-toolkit), with the script's
// last error line; botocore's wording for a refused PutObject.
const userScriptError = (message: string) =>
  `AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "${message}"\nCommand "/opt/conda/bin/python3.10 train.py --epochs 20"`;

const PUT_DENIED = 'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied';

export const CAUSES: CauseTemplate[] = [
  { cause: 's3-read', weight: 3, stage: 'Downloading', failureReason: downloadDenied, logLines: [] },
  { cause: 'bucket-policy', weight: 2, stage: 'Downloading', failureReason: downloadDenied, logLines: [] },
  { cause: 'kms', weight: 2, stage: 'Downloading', failureReason: downloadDenied, logLines: [] },
  {
    cause: 's3-write',
    weight: 2,
    stage: 'Training',
    failureReason: () => userScriptError(PUT_DENIED),
    logLines: ['Saving checkpoint to S3', PUT_DENIED, 'sagemaker-training-toolkit ERROR    Reporting training FAILURE'],
  },
  {
    cause: 'user-code',
    weight: 4,
    stage: 'Training',
    failureReason: () => userScriptError("ValueError: Input contains NaN, infinity or a value too large for dtype('float32')."),
    logLines: [
      'Traceback (most recent call last):',
      '  File "/opt/ml/code/train.py", line 88, in <module>',
      "ValueError: Input contains NaN, infinity or a value too large for dtype('float32').",
      'sagemaker-training-toolkit ERROR    Reporting training FAILURE',
    ],
  },
  {
    cause: 'out-of-memory',
    weight: 2,
    stage: 'Training',
    // Grand Challenge's SageMaker backend matches this exact FailureReason (DIAGNijmegen/rse-grand-challenge).
    failureReason: () => 'ClientError: Please use an instance type with more memory, or reduce the size of job data processed on an instance.',
    logLines: ['Epoch 1/20', 'Killed', 'sagemaker-training-toolkit ERROR    Reporting training FAILURE'],
  },
  {
    cause: 'capacity',
    weight: 1,
    stage: 'Starting',
    // DIAGNijmegen/rse-grand-challenge#2631.
    failureReason: () => 'CapacityError: Unable to provision requested ML compute capacity. Please retry using a different ML instance type.',
    logLines: [],
  },
];
