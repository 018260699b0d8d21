import { describe, expect, it } from 'vitest';
import { causeOf } from '../test-support/text-readings';

// The ninety-third review (against the ninetieth's mends), the ninety-fourth (the permission causes as every client prints
// them) and the ninety-sixth (SageMaker's stages over details from libraries no text had shown): the structures their
// misses showed, each in the review's wording, in another, and at its limit.

const userScript = (message: string) => `AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "${message}"\nCommand "/opt/conda/bin/python3.10 train.py", exit code: 1`;
const block = (body: string, tag = '') => `\`\`\`${tag}\n${body}\n\`\`\``;

describe("a post's quote, read nearest the job's words first", () => {
  const capacity = 'CapacityError: Unable to provision requested ML compute capacity. Please retry using a different ML instance type.';

  it("takes a FailureReason label in the prose as the writer's sentence, not the job's report", () => {
    const post = `Last week the FailureReason: was \`ResourceLimitExceeded\` (support raised the quota since). Today the same job fails with:\n\n${block(capacity)}\n\nSo is it still a quota problem?`;
    expect(causeOf(post)).toBe('capacity');
  });

  it("reads each copied block alone when one's wrapper hides another's words", () => {
    const json = '{\n    "TrainingJobStatus": "Failed",\n    "FailureReason": "AlgorithmError: ExecuteUserScriptError:\\nExitCode 1\\nErrorMessage \\"\\"",\n    "SecondaryStatus": "Failed"\n}';
    const log = "Traceback (most recent call last):\n  File \"train.py\", line 140, in <module>\n    s3.upload_file(local_path, bucket, key)\nboto3.exceptions.S3UploadFailedError: Failed to upload /opt/ml/output/metrics.json to my-ml-artifacts/runs/42/metrics.json: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied";
    expect(causeOf(`\`describe-training-job\` output:\n\n${block(json, 'json')}\n\nand in CloudWatch:\n\n${block(log)}`)).toBe('s3-write');
  });

  it("weighs a block tagged as code that holds an error as a prose line, not as a copied block", () => {
    const code = "# was failing with: botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied\ns3 = boto3.client('s3')";
    expect(causeOf(`${block(code, 'python')}\n\nthat's fixed. Now the job fails with \`${capacity}\``)).toBe('capacity');
    // A block that is not code still outranks a prose line: what was copied from the job decides.
    expect(causeOf(`Before the retry fix we had botocore.exceptions.ClientError: An error occurred (ThrottlingException) when calling the CreateTrainingJob operation: Rate exceeded\nThat's gone now. The job fails with:\n\n${block(capacity)}`)).toBe('capacity');
  });
});

describe("the datasets library's refusals of a hub dataset", () => {
  it('are the hub: gated, missing or private, and not reached while offline', () => {
    expect(causeOf("datasets.exceptions.DatasetNotFoundError: Dataset 'Idavidrein/gpqa' is a gated dataset on the Hub. You must be authenticated to access it.")).toBe('model-download');
    expect(causeOf(userScript("datasets.exceptions.DatasetNotFoundError: Dataset 'acme-ml/support-tickets-v3' doesn't exist on the Hub or cannot be accessed."))).toBe('model-download');
    expect(causeOf("FileNotFoundError: Couldn't find a dataset script at /opt/ml/code/acme/x.py or any data file in the same directory. Couldn't find 'acme/x' on the Hugging Face Hub either")).toBe('model-download');
    expect(causeOf("ConnectionError: Couldn't reach the Hugging Face Hub for dataset 'tatsu-lab/alpaca': Offline mode is enabled.")).toBe('model-download');
  });
});

describe("S3's answers asking for a lower rate", () => {
  const retried = (host: string) =>
    `requests.exceptions.RetryError: HTTPSConnectionPool(host='${host}', port=443): Max retries exceeded with url: /shards/part-00412.tar (Caused by ResponseError('too many 503 error responses'))`;

  it('are the rate from every form of S3 host', () => {
    expect(causeOf(retried('ml-raw-data.s3.dualstack.us-west-2.amazonaws.com'))).toBe('throttling');
    expect(causeOf(retried('training-ap-111122223333.s3-accesspoint.us-east-1.amazonaws.com'))).toBe('throttling');
    expect(causeOf(retried('bucket.vpce-0a1b2c3d4e5f67890-abcd1234.s3.us-east-1.vpce.amazonaws.com'))).toBe('throttling');
    expect(causeOf(retried('ml-raw-data.s3-website-us-east-1.amazonaws.com'))).not.toBe('throttling');
  });

  it("are the rate when S3's ServiceUnavailable says so in its message", () => {
    expect(causeOf('upload failed: ./out/part-0000.parquet to s3://previews/run-17/part-0000.parquet An error occurred (ServiceUnavailable) when calling the PutObject operation: Reduce your concurrent request rate for the same object.')).toBe('throttling');
    expect(causeOf('An error occurred (ServiceUnavailable) when calling the PutObject operation: Service is unable to handle request.')).toBe('internal');
  });
});

describe("an S3 denial's direction from the client's own call", () => {
  const denied = (frame: string) => `Unhandled exception. Amazon.S3.AmazonS3Exception: Access Denied\n ---> Amazon.Runtime.Internal.HttpErrorResponseException: Exception of type 'Amazon.Runtime.Internal.HttpErrorResponseException' was thrown.\n   at ${frame}`;

  it("reads the SDKs' method names in the frames under the refusal", () => {
    expect(causeOf(denied('Amazon.S3.AmazonS3Client.GetObjectAsync(GetObjectRequest request, CancellationToken cancellationToken)'))).toBe('s3-read');
    expect(causeOf(denied('Amazon.S3.AmazonS3Client.PutObjectAsync(PutObjectRequest request, CancellationToken cancellationToken)'))).toBe('s3-write');
    expect(causeOf('software.amazon.awssdk.services.s3.model.S3Exception: Access Denied (Service: S3, Status Code: 403, Request ID: G7WJJ5HW0BBZB1WR)\n\tat software.amazon.awssdk.services.s3.DefaultS3Client.getObject(DefaultS3Client.java:4876)')).toBe('s3-read');
    expect(causeOf('java.nio.file.AccessDeniedException: ml-raw-data: getBucketLocation() on ml-raw-data: com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied)')).toBe('s3-read');
  });

  it("reads an HTTP client's verb on an S3 URL, and a copy's direction by its arguments", () => {
    expect(causeOf(userScript("duckdb.duckdb.HTTPException: HTTP Error: HTTP GET error on 'https://ml-feature-store.s3.amazonaws.com/train/part-0001.parquet' (HTTP 403)"))).toBe('s3-read');
    const s5cmd = (args: string) => `ERROR "cp ${args}": AccessDenied: Access Denied\n\tstatus code: 403, request id: 25B458BA4187FD7E, host id: TBye2b7LH/9DPlbprRidritbD8iwMjtdAbw=`;
    expect(causeOf(s5cmd('/opt/ml/output/data/preds.parquet s3://acme-ml-artifacts/preds/preds.parquet'))).toBe('s3-write');
    expect(causeOf(s5cmd('s3://acme-ml-data/train/x.parquet /opt/ml/input/x.parquet'))).toBe('s3-read');
  });
});

describe("another cloud's refusal", () => {
  it('is no AWS permission: no grant to the execution role answers it', () => {
    const gcs = userScript('google.api_core.exceptions.Forbidden: 403 GET https://storage.googleapis.com/download/storage/v1/b/acme-ml-datasets/o/train.parquet?alt=media: trainer@acme-ml.iam.gserviceaccount.com does not have storage.objects.get access to the Google Cloud Storage object.');
    expect(causeOf(gcs)).toBe('user-code');
    const azure = userScript('azure.core.exceptions.HttpResponseError: This request is not authorized to perform this operation using this permission.\nErrorCode:AuthorizationPermissionMismatch');
    expect(causeOf(azure)).toBe('user-code');
  });

  it('leaves an S3 refusal beside another cloud name on other lines an S3 refusal', () => {
    expect(causeOf('Copied gs://acme/a to local via google.cloud.storage.\n\n\n\n\n\nbotocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied')).toBe('s3-write');
  });
});

describe("the memory of libraries that say it their own way", () => {
  it("reads XLA's refused device buffer and Dask's worker over its budget as memory", () => {
    expect(causeOf(userScript('jaxlib.xla_extension.XlaRuntimeError: RESOURCE_EXHAUSTED: Failed to allocate request for 2.99GiB (3206250496B) on device ordinal 0'))).toBe('out-of-memory');
    expect(causeOf('distributed.nanny - WARNING - Worker exceeded 95% memory budget. Restarting\ndistributed.nanny - WARNING - Worker process 22204 was killed by unknown signal')).toBe('out-of-memory');
  });
});

describe("torch.hub's download with its failure's traceback under the progress", () => {
  it('is still the download', () => {
    const log = 'Downloading: "https://download.pytorch.org/models/resnet50-11ad3fa6.pth" to /root/.cache/torch/hub/checkpoints/resnet50-11ad3fa6.pth\n 31%|███       | 30.1M/97.8M [01:10<02:38, 448kB/s]\nTraceback (most recent call last):\n  File "/opt/conda/lib/python3.10/ssl.py", line 1134, in read\n    return self._sslobj.read(len, buffer)\nTimeoutError: The read operation timed out';
    expect(causeOf(log)).toBe('model-download');
    expect(causeOf(log.replace(' 31%', '100%'))).not.toBe('model-download');
  });
});

describe("polars' CSV reader refusing a value of its column", () => {
  it("is the input's values, as pandas' tokenizer is", () => {
    expect(causeOf(userScript("polars.exceptions.ComputeError: could not parse `N/A` as dtype `i64` at column 'age' (column number 3)"))).toBe('data');
    expect(causeOf(userScript('polars.exceptions.ComputeError: could not parse the config at line 3'))).not.toBe('data');
  });
});
