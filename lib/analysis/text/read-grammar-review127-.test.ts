import { describe, expect, it } from 'vitest';
import { classifyText } from '../classify-text';
import { causeOf } from '../test-support/text-readings';

// The hundred-and-twenty-seventh to hundred-and-thirtieth reviews: the structures their misses showed, each in the review's
// wording, in another, and at its limit.

describe("SageMaker's image download said as a download", () => {
  it('is the image stage', () => {
    expect(causeOf('Failure reason: ClientError: Unable to download training image...')).toBe('ecr');
    expect(causeOf('ClientError: Failed to fetch the algorithm image 382416733822.dkr.ecr.us-east-1.amazonaws.com/xgboost:1')).toBe('ecr');
  });

  it("is not a data loader's image file", () => {
    expect(causeOf('Traceback (most recent call last):\n  File "train.py", line 9, in <module>\nRuntimeError: Unable to download image file cat_001.jpg')).toBe('user-code');
  });
});

describe('a denial named by its class or by the role SageMaker could not use', () => {
  it('reads "AccessDeniedError" as a denial', () => {
    expect(causeOf('For e.g. I got an AccessDeniedError in a test environment')).toBe('other-permission');
  });

  it('reads the operation named just before the denial as the call refused, "Access Denial" too', () => {
    const read = classifyText({ failureReason: 'Jumpstart with Cross-Account Role Assumption Fails with GetObject Access Denial' });
    expect(read.cause).toBe('s3-read');
    expect(read.deniedRequest?.action).toBe('s3:GetObject');
    expect(causeOf('PutObject: Access Denied')).toBe('s3-write');
    expect(causeOf('SageMaker Access Denied')).toBe('other-permission');
  });

  it("reads Studio's ExecutionRole sentence as the action it names, under its validation code too", () => {
    const text = "botocore.exceptions.ClientError: An error occurred (ValidationException) when calling the CreateApp operation: SageMaker is unable to use your associated ExecutionRole [arn:aws:iam::111122223333:role/x] to create app. Verify that your associated ExecutionRole has permission for 'sagemaker:CreateApp'.";
    const read = classifyText({ failureReason: text });
    expect(read.cause).toBe('other-permission');
    expect(read.deniedRequest?.action).toBe('sagemaker:CreateApp');
  });

  it('leaves a role said usable to the code after it', () => {
    expect(causeOf("INFO SageMaker will use your associated ExecutionRole; verified it has permission for 'sagemaker:CreateApp'\nTraceback (most recent call last):\nValueError: bad shape")).toBe('user-code');
  });
});

describe('the words of a full disk, a connect with no address, a model downloaded', () => {
  it('reads "insufficient diskspace" as the disk', () => {
    expect(causeOf('I am facing insufficient diskspace error when I execute the code even though I have used Volume_size = 250')).toBe('disk-space');
  });

  it("reads urllib's Errno 99 on connect as the network, not a server socket's bind", () => {
    expect(causeOf('[1,15]<stdout>:urllib.error.URLError: <urlopen error [Errno 99] Cannot assign requested address>')).toBe('vpc');
    expect(causeOf('RuntimeError: The server socket has failed to bind to [::]:29500 (errno: 99 - Cannot assign requested address).')).not.toBe('vpc');
  });

  it('reads model artifacts downloaded as a read, uploaded or saved as a write', () => {
    expect(causeOf('Unable to download model artifacts due to 403 forbidden error')).toBe('s3-read');
    expect(causeOf('Failed to save model artifacts: AccessDenied')).toBe('s3-write');
    expect(causeOf('ClientError: Artifact upload failed: Access Denied')).toBe('s3-write');
  });
});

describe('credentials and trust said in other word orders', () => {
  it('reads an expired token named with its adjective first, not one being refreshed', () => {
    expect(causeOf('Does not open and always presents an expired auth token error.')).toBe('expired-credentials');
    expect(causeOf('2024-05-01 10:00:00 INFO refreshing expired session token\nTraceback (most recent call last):\nValueError: x')).toBe('user-code');
  });

  it("reads SageMaker's trust sentence cut to its action and principal, not the checks it lists after a model's data", () => {
    expect(causeOf('The error you are encountering `The execution role ARN "arn:aws:iam::103365315157:role/r" ... "sts:AssumeRole" for the service principal "sagemaker.amazonaws.com"` is caused you didnt enable Sagemaker as one of your trusted relationships.')).toBe('trust-policy');
    expect(causeOf('ClientError: An error occurred (ValidationException) when calling the CreateModel operation: Could not access model data at s3://b/model/. Please ensure that the role "arn:aws:iam::111122223333:role/r" exists and that its trust relationship policy allows the action "sts:AssumeRole" for the service principal "sagemaker.amazonaws.com". Also ensure that the role has "s3:GetObject" permissions and that the object is located in eu-west-1.')).toBe('validation');
  });
});

describe("the input as a library's check says it", () => {
  it("reads a channel's directory that is not what load_from_disk loads as the data", () => {
    expect(causeOf('AlgorithmError: ExecuteUserScriptError:\nTraceback (most recent call last):\n  File "train.py", line 42, in <module>\n    train_dataset = load_from_disk(args.training_dir)\nFileNotFoundError: Directory /opt/ml/input/data/train is neither a dataset directory nor a dataset dict directory., exit code: 1')).toBe('data');
  });

  it("reads XGBoost's label_error check as the labels", () => {
    expect(causeOf('AlgorithmError: framework error:\nxgboost.core.XGBoostError: [00:48:24] /workspace/src/metric/multiclass_metric.cu:34: Check failed: label_error. Check troubleshooting guide for common errors')).toBe('data');
  });
});

describe("a limit's code without its suffix, and a job said to have no way out", () => {
  it('reads "LimitExceeded" as the quota, not inside another code', () => {
    expect(causeOf('LimitExceeded for instance type\n\nRequest a service quota limit increase for the instance type you are trying to use.')).toBe('quota');
    expect(causeOf('An error occurred (RequestLimitExceeded) when calling the RunInstances operation: Request limit exceeded.')).toBe('throttling');
  });

  it('reads a writer saying the job had no internet access as its network', () => {
    expect(causeOf('I cannot access Internet from within a training instance I spin up using Sagemaker SDK from a notebook instance. My requirements.txt was timing out.')).toBe('vpc');
    expect(causeOf('pip install timed out because the training job runs in a private subnet without a NAT gateway')).toBe('vpc');
  });

  it("leaves a guide's condition or caution, and an error the text quotes, to what they say", () => {
    expect(causeOf('If your training job has no internet access, use VPC endpoints.')).toBe('unknown');
    expect(causeOf('Note: a private subnet without a NAT gateway or VPC endpoints may cause connection timeout errors when the container calls AWS APIs')).toBe('unknown');
    expect(causeOf('The job has no internet access.\nClientError: Data download failed:Failed to download data. AccessDenied (403): Access Denied')).toBe('s3-read');
  });
});

// The hundred-and-thirty-first review, aimed at the mends above: where they must not read, and wordings they missed.
describe('the mends at their limits', () => {
  it("leaves an image a program fetched from a URL, and a linker's advice to check the disk, alone", () => {
    expect(causeOf('ERROR: Unable to download training image from https://upload.wikimedia.org/wikipedia/commons/3/3a/Cat03.jpg\nHTTP Error 404: Not Found\nERROR: Skipping training image and continuing without it https://upload.wikimedia.org/wikipedia/commons/3/3a/Cat03.jpg')).not.toBe('ecr');
    expect(causeOf('ERROR: Unable to download training image from https://example.com/images/dog.png')).not.toBe('ecr');
    expect(causeOf("LINK : fatal error LNK1201: error writing to program database 'D:\\x\\build.pdb'; check for insufficient diskspace, invalid path, or insufficient privilege")).not.toBe('disk-space');
  });

  it('reads an expired AWS session token, and a refresh of an expired token that failed', () => {
    expect(causeOf('Replace the expired AWS session token before any Terraform plan/apply.')).toBe('expired-credentials');
    expect(causeOf('error refreshing expired token')).toBe('expired-credentials');
  });

  it("reads the trust clause alone, not where SageMaker asks to ensure it", () => {
    expect(causeOf('... its trust relationship policy allows the action "sts:AssumeRole" for the service principal "sagemaker.amazonaws.com".')).toBe('trust-policy');
  });

  it("reads load_from_disk's newer wording, its class names back-ticked", () => {
    expect(causeOf('ErrorMessage "FileNotFoundError: Directory /opt/ml/input/data/train is neither a `Dataset` directory nor a `DatasetDict` directory."')).toBe('data');
  });
});

// An independent review of the mends above: the readings they must not make.
describe('the mends where they must not read', () => {
  it('reads a writer saying the job had no internet access only when nothing else is read', () => {
    expect(causeOf('The training job has no internet access, so we set HF_HUB_OFFLINE=1.\nOSError: [Errno 28] No space left on device')).toBe('disk-space');
    expect(causeOf('No internet connection required for this step.\nTraceback (most recent call last):\nTypeError: unsupported operand')).toBe('user-code');
    expect(causeOf('Our subnet has no NAT issue, the endpoint works.')).not.toBe('vpc');
    expect(causeOf('pip download works without internet')).not.toBe('vpc');
  });

  it('leaves image files, a topic of "Access Denial", and a rate said under LimitExceeded to what they are', () => {
    expect(causeOf('Unable to download training image files from s3://bucket/images/: NoSuchKey')).not.toBe('ecr');
    expect(causeOf('See the troubleshooting guide for Access Denial errors.\nTraceback (most recent call last):\nKeyError: 3')).toBe('user-code');
    expect(causeOf('The call failed with code LimitExceeded: too many concurrent requests, slow down')).toBe('throttling');
  });

  it('reads model artifacts said not downloaded as a read, and the trust SageMaker asks to ensure across a wrap as its check', () => {
    expect(causeOf('Model artifacts could not be downloaded: 403 Forbidden')).toBe('s3-read');
    expect(causeOf('ClientError: An error occurred (ValidationException) when calling the CreateModel operation: Could not access model data at s3://b/model/. Please ensure that the role "arn:aws:iam::111122223333:role/r" exists and that its trust relationship policy allows the action\n"sts:AssumeRole" for the service principal "sagemaker.amazonaws.com".')).toBe('validation');
  });

  it('passes over an expired token a library renews', () => {
    expect(causeOf('The library renews an expired access token automatically.\nTraceback (most recent call last):\nKeyError: 3')).toBe('user-code');
  });
});

// The hundred-and-thirty-second and hundred-and-thirty-third reviews (the rarer causes; posts as users write them).
describe('a signal as an error code, a full disk in a writer\'s words, a dataset not found, a wait that ended', () => {
  it('reads a negative "error code" as the signal that killed the process', () => {
    expect(causeOf('Training exists with error code -9')).toBe('out-of-memory');
    expect(causeOf('curl failed with error code 7')).not.toBe('out-of-memory');
  });

  it("reads a disk's usage at 100 % and an out-of-disk issue as the disk", () => {
    expect(causeOf('The model by default wrote checkpoints and after epoch 2 of 10 disk utilisation reached 100%.')).toBe('disk-space');
    expect(causeOf('I inadvertently enabled checkpoints hence the out of disk issue.')).toBe('disk-space');
  });

  it("reads torchvision's dataset not found under its root as the data", () => {
    expect(causeOf('AlgorithmError: ExecuteUserScriptError: Command "/opt/conda/bin/python3.6 mnist.py" Traceback (most recent call last): File "mnist.py", line 48, in _get_train_data_loader RuntimeError: Dataset not found. You can use download=True to download it, exit code: 1')).toBe('data');
  });

  it('leaves a wait for capacity the statuses after it show ended', () => {
    expect(causeOf('2024-04-25 16:05:05 Starting - Starting the training job...\n2024-04-25 16:05:05 Pending - Training job waiting for capacity.........\n2024-04-25 16:07:01 Pending - Preparing the instances for training..')).toBe('unknown');
    expect(causeOf('2024-04-25 16:05:05 Pending - Training job waiting for capacity.........')).toBe('capacity');
  });
});

describe("a post's title that copies botocore's sentence's tail", () => {
  it('is an error line of the post, read with the block it pasted', () => {
    const post = 'GetBucketLocation operation: Access Denied\n\nToday on attempting to rerun this script I am getting the following error:\n\n```\nalgo-1 | 2019-01-31 18:51:11,940 sagemaker-containers ERROR    framework error: \nalgo-1 | Traceback (most recent call last):\nalgo-1 |   File "/usr/local/lib/python3.6/dist-packages/sagemaker_tensorflow_container/s3_utils.py", line 23, in configure\nalgo-1 |     os.environ[\'S3_REGION\'] = _';
    expect(causeOf(post)).toBe('s3-read');
  });
});

// The hundred-and-thirty-fourth and hundred-and-thirty-fifth reviews (more posts as users write them; aimed at the late mends).
describe('more wordings of the same causes, from posts', () => {
  it('reads a capacity shortage said in words, and a disk getting full', () => {
    expect(causeOf('AWS often fails to provision P3 instances in EC2 due to global capacity shortage.')).toBe('capacity');
    expect(causeOf('AWS - fix issue with disk getting full during training')).toBe('disk-space');
  });

  it('reads "can not connect to Internet" and "not able to connect to" an API as the network', () => {
    expect(causeOf('our computer can not connect to Internet, so the last step python3 setup.py install failed.')).toBe('vpc');
    expect(causeOf('after adding VPC, subnets and security groups to Lambda, it is not able to connect to Sagemaker API.')).toBe('vpc');
  });

  it("reads SIGILL's exit code, quoted or not, as the code's (SIGABRT's is left to the held texts' readings)", () => {
    expect(causeOf("Training failed error, exit code '132'")).toBe('user-code');
    expect(causeOf('AlgorithmError: Exit Code: 136')).toBe('user-code');
  });

  it("reads transformers' advice line alone as the hub's load, and a role missing its trust relationship as the trust", () => {
    expect(causeOf("valhalla/distilbart-mnli-12-3' is a correct model identifier listed on 'https://huggingface.co/models'")).toBe('model-download');
    expect(causeOf('leads to an error because the sagemaker execution role is missing the trust relationship with codebuild on the sagemaker execution role.')).toBe('trust-policy');
  });
});

describe("a notebook's traceback of its call into AWS, cut before its exception line", () => {
  const cut = (header: string) => `Here's the error message when running \`estimator.fit\`\n\`\`\`\n---------------------------------------------------------------------------\n${header}                 Traceback (most recent call last)\nCell In[17], line 3\n----> 3 estimator.fit(wait=True, inputs = {'train':s3_train_path})\n\nFile /opt/conda/lib/python3.9/site-packages/sagemaker/estimator.py:1341, in EstimatorBase.fit(self, inputs, wait, logs, job_name, experiment_config)\n   1340 if wait:\n-> 1341     self.latest_training_job.wait(logs=logs)\n\`\`\``;

  it('says nothing of the training code when its header names only the SDK\'s or botocore\'s class', () => {
    expect(causeOf(cut('UnexpectedStatusException'))).toBe('unknown');
    expect(causeOf(cut('ClientError'))).toBe('unknown');
  });

  it('still reads a header that names why, and the message when it follows', () => {
    expect(causeOf('NoCredentialsError                        Traceback (most recent call last)\nCell In[13], line 30\n---> 30 results = model.train(\n     31     data = DATASET,')).toBe('expired-credentials');
    expect(causeOf(`${cut('ClientError').replace(/```$/, '')}\nAn error occurred (AccessDenied) when calling the CreateTrainingJob operation: User: arn:aws:sts::111122223333:assumed-role/r/s is not authorized to perform: sagemaker:CreateTrainingJob\n\`\`\``)).toBe('other-permission');
  });
});

// The hundred-and-thirty-seventh review (one-line reasons as DescribeTrainingJob returns them).
describe("one-line reasons in the toolkit's and SageMaker's words", () => {
  it("reads the toolkit's install errors as the code's, a role SageMaker cannot validate as one it assumes as the trust", () => {
    expect(causeOf('InstallModuleError:\nExitCode 42\nErrorMessage "42"')).toBe('user-code');
    expect(causeOf('Cannot validate the provided IAM role. Please ensure that the role can be assumed by SageMaker.')).toBe('trust-policy');
  });

  it("reads SageMaker's ClientError that the image does not exist as the job's image", () => {
    expect(causeOf('ClientError: image does not exist')).toBe('ecr');
  });
});

// The hundred-and-thirty-sixth review.
describe("cuBLAS's allocation failure and the SDK's refusal of a URI that is not S3's", () => {
  it("reads cuBLAS's, cuDNN's allocation status as the GPU's memory, not the code", () => {
    expect(causeOf('RuntimeError: CUDA error: CUBLAS_STATUS_ALLOC_FAILED when calling `cublasCreate(handle)`')).toBe('out-of-memory');
    expect(causeOf('AlgorithmError: ExecuteUserScriptError: ExitCode 1 ErrorMessage "RuntimeError: cuDNN error: CUDNN_STATUS_ALLOC_FAILED"')).toBe('out-of-memory');
  });

  it("reads the SDK's 'Expecting 's3' scheme' as the estimator's argument to change", () => {
    expect(causeOf("ValueError: Expecting 's3' scheme, got:  in data/train.csv.")).toBe('validation');
    expect(causeOf("ValueError: Expecting 's3' scheme, got: file in file:///home/ec2-user/data.")).toBe('validation');
  });
});
