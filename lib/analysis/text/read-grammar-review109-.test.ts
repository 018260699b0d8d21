import { describe, expect, it } from 'vitest';
import { causeOf } from '../test-support/text-readings';

// The hundred-and-ninth review (against the hundred-and-fifth to hundred-and-eighth's mends) and the reviews after it: the
// structures their misses showed, each in the review's wording, in another, and at its limit.

describe("an S3 Object Lambda access point's own policy", () => {
  it('is the resource-based policy on S3 the text names', () => {
    expect(causeOf('botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::418295736104:assumed-role/sm-exec/SageMaker is not authorized to perform: s3-object-lambda:GetObject on resource: "arn:aws:s3-object-lambda:us-east-1:418295736104:accesspoint/redact-pii" with an explicit deny in a resource-based policy')).toBe('bucket-policy');
  });
});

describe("pydantic's report on the SDK's configuration classes, further", () => {
  const report = (cls: string, field: string, message: string) => `pydantic_core._pydantic_core.ValidationError: 1 validation error for ${cls}\n${field}\n  ${message}\n    For further information visit https://errors.pydantic.dev/2.10/v/x`;

  it("reads sagemaker-core's shape behind Compute, and a field the class does not take, as the request", () => {
    expect(causeOf(report('ResourceConfig', 'instance_type', "Input should be a valid string [type=string_type, input_value=None, input_type=NoneType]"))).toBe('validation');
    expect(causeOf(report('SourceCode', 'entry_point', "Extra inputs are not permitted [type=extra_forbidden, input_value='train.py', input_type=str]"))).toBe('validation');
  });

  it("leaves a script's own class refusing an extra field to the code", () => {
    expect(causeOf(report('TrainArgs', 'entry_point', "Extra inputs are not permitted [type=extra_forbidden, input_value='train.py', input_type=str]"))).toBe('user-code');
  });
});

describe("a package index's refusal", () => {
  it("is not an AWS denial: conda's 403 from its channel leaves the script's exit to say what failed", () => {
    const text = 'AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "CondaHTTPError: HTTP 403 FORBIDDEN for url <https://conda.anaconda.org/nvidia/linux-64/cuda-nvcc-12.1.105-0.tar.bz2>\n Elapsed: 00:00.302020\n\n An HTTP error occurred when trying to retrieve this URL."\nCommand "/bin/sh -c conda env update -f environment.yml && python train.py", exit code: 1';
    expect(causeOf(text)).toBe('user-code');
  });

  it('leaves a 403 from S3 on the same kind of line to the denial', () => {
    expect(causeOf('fatal error: An error occurred (403) when calling the HeadObject operation: Forbidden\nCommand "aws s3 cp s3://acme-ml/train.csv /opt/ml/input/train.csv", exit code: 1')).toBe('s3-read');
  });
});

describe("a writer's word that it is not out of memory", () => {
  it('is no report of memory: the quoted error decides', () => {
    expect(causeOf('Two-node job on ml.p4d.24xlarge, it is not out of memory (nvidia-smi shows plenty free before it hangs). Rank 0 sits there for 15 minutes and then:\n\n> torch.distributed.DistStoreError: Timed out after 901 seconds waiting for clients. 1/2 clients joined.')).toBe('vpc');
  });

  it('leaves the report itself read', () => {
    expect(causeOf('RuntimeError: DataLoader worker (pid 2211) is out of memory. Killed')).toBe('out-of-memory');
  });
});

describe("transformers' older word for a hub it could not reach and a cache without the files", () => {
  it('is the model download', () => {
    expect(causeOf('  File "/opt/conda/lib/python3.8/site-packages/transformers/file_utils.py", line 1501, in get_from_cache\n    raise ValueError(\nValueError: Connection error, and we cannot find the requested files in the cached path. Please try again or make sure your Internet connection is on.')).toBe('model-download');
  });
});

describe("a rank that could not get NCCL's id from the first host's store", () => {
  it('reads the socket that timed out as the network', () => {
    expect(causeOf("[rank3]: torch.distributed.DistBackendError: [3] is setting up NCCL communicator and retrieving ncclUniqueId from [0] via c10d key-value store by key '0', but store->get('0') got error: Socket Timeout\n[rank3]: Exception raised from recvBytes at ../torch/csrc/distributed/c10d/Utils.hpp:672 (most recent call first):")).toBe('vpc');
  });

  it("leaves the store's other errors to their own readings", () => {
    expect(causeOf("[rank3]: torch.distributed.DistBackendError: [3] is setting up NCCL communicator and retrieving ncclUniqueId from [0] via c10d key-value store by key '0', but store->get('0') got error: Connection reset by peer")).not.toBe('vpc');
  });
});

describe("a package index's refusal beside the job's own denial", () => {
  it("passes over the index's 403 to the S3 denial that failed the job, quoted before it or after", () => {
    expect(causeOf('Two problems in a row. First, the conda step failed with `CondaHTTPError: HTTP 403 FORBIDDEN for url <https://repo.anaconda.com/pkgs/main/noarch/repodata.json>`, which I fixed by switching to conda-forge. Now:\n\nFailureReason: ClientError: Data download failed:Failed to download data. AccessDenied (403): Access Denied s3://acme-claims-ml/prepared/train/part-0001.parquet')).toBe('s3-read');
    expect(causeOf("CondaHTTPError: HTTP 403 FORBIDDEN for url <https://conda.anaconda.org/nvidia/linux-64/repodata.json>\nSuccessfully installed torch-2.3.0\nbotocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied")).toBe('s3-write');
  });
});

describe('the training jobs behind a tuning job', () => {
  it("reads the reasons pasted after the tuning job's own, which only points at them", () => {
    const tuning = '{\n    "HyperParameterTuningJobName": "ranker-hpo-0828",\n    "HyperParameterTuningJobStatus": "Failed",\n    "FailureReason": "No training job succeeded after 2 attempts. For additional details, please take a look at the training job failures by listing training jobs for the hyperparameter tuning job."\n}\n\n';
    expect(causeOf(`${tuning}ranker-hpo-0828-001-c0ffee11 FailureReason: InternalServerError: We encountered an internal error. Please try again.`)).toBe('internal');
    expect(causeOf(tuning)).toBe('unknown');
  });

  it("reads the AWS CLI's text rows, SageMaker's class after the name and status", () => {
    const row = "ll-propensity-hpo-0115-002-4d5e6f70\tFailed\tClientError: Additional hyperparameters are not allowed (u'mini-batch-size' was unexpected) (caused by ValidationError)";
    expect(causeOf(row)).toBe('validation');
    expect(causeOf("ll-propensity-hpo-0115-001-1a2b3c4d\tCompleted\tNone")).toBe('unknown');
  });
});

describe('an input prefix whose objects cannot be a tree', () => {
  it('is the data as laid out', () => {
    expect(causeOf('ClientError: Data download failed:Failed to download data. Please check your s3 objects and ensure that there is no object that is both a folder as well as a file.')).toBe('data');
  });
});

describe('an exception named on a quiet line whose retry then succeeded', () => {
  it("is not why the job ended: the failure after it decides", () => {
    expect(causeOf('[2024-09-25 08:01:13,977] INFO root: ClientError on first HeadObject retried (ThrottlingException), attempt 2 succeeded\nRuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 15.78 GiB total capacity; 12.91 GiB already allocated)')).toBe('out-of-memory');
  });

  it('still reads the exception where the retries ran out', () => {
    expect(causeOf('[2024-09-25 08:01:13,977] ERROR root: HeadObject failed after 5 attempts (ThrottlingException)\nTraceback (most recent call last):\n  File "/opt/ml/code/train.py", line 40, in <module>\nbotocore.exceptions.ClientError: An error occurred (ThrottlingException) when calling the HeadObject operation (reached max retries: 4): Rate exceeded')).toBe('throttling');
  });
});

describe("a reason that only sends the reader to the job's logs", () => {
  it("keeps the log lines pasted after it, which say why", () => {
    const summary = '{ "MonitoringExecutionSummaries": [ { "MonitoringScheduleName": "churn-dq-hourly",\n  "MonitoringExecutionStatus": "Failed",\n  "FailureReason": "Algorithm Error: See Job Logs for more information." } ] }\n';
    expect(causeOf(`${summary}CloudWatch /aws/sagemaker/ProcessingJobs:\n2024-03-04 11:09:52 ERROR Main: Error: Encoding mismatch: Encoding is JSON for endpointInput, but Encoding is BASE64 for endpointOutput. We currently only support the same type of input and output encoding at the moment.`)).toBe('data');
    expect(causeOf(`${summary}CloudWatch /aws/sagemaker/ProcessingJobs:\n2024-03-04 11:09:52 ERROR Main: java.lang.OutOfMemoryError: Java heap space`)).toBe('out-of-memory');
  });
});
