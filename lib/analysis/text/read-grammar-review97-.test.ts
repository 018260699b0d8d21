import { describe, expect, it } from 'vitest';
import { causeOf } from '../test-support/text-readings';

// The ninety-seventh review (against the ninety-third to ninety-sixth's mends), the ninety-eighth (long, noisy logs) and
// the ninety-ninth (the kinds an issue named, in fresh wordings): the structures their misses showed, each in the
// review's wording, in another, and at its limit.

const userScript = (message: string) => `AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "${message}"\nCommand "/opt/conda/bin/python3.10 train.py", exit code: 1`;

describe("a Java stack's S3 call under its handler frames", () => {
  const stack = (call: string) =>
    [
      'com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: 49C4889A16C25AD7)',
      '\tat com.amazonaws.http.AmazonHttpClient$RequestExecutor.handleErrorResponse(AmazonHttpClient.java:1879)',
      '\tat com.amazonaws.http.AmazonHttpClient$RequestExecutor.executeOneRequest(AmazonHttpClient.java:1418)',
      '\tat com.amazonaws.http.AmazonHttpClient$RequestExecutor.executeHelper(AmazonHttpClient.java:1157)',
      '\tat com.amazonaws.http.AmazonHttpClient.execute(AmazonHttpClient.java:559)',
      '\tat com.amazonaws.services.s3.AmazonS3Client.invoke(AmazonS3Client.java:5445)',
      '\tat com.amazonaws.services.s3.AmazonS3Client.invoke(AmazonS3Client.java:5392)',
      `\tat com.amazonaws.services.s3.AmazonS3Client.${call}(AmazonS3Client.java:1514)`,
      '\tat com.acme.ml.FeatureLoader.load(FeatureLoader.java:93)',
    ].join('\n');

  it("reads the call's direction however deep the handler frames run", () => {
    expect(causeOf(stack('getObject'))).toBe('s3-read');
    expect(causeOf(stack('putObject'))).toBe('s3-write');
  });
});

describe("another cloud's refusal in gsutil's words and S3-compatible stores' hosts", () => {
  it('is no AWS permission', () => {
    expect(causeOf(userScript('AccessDeniedException: 403 trainer@acme-ml.iam.gserviceaccount.com does not have storage.objects.list access to the Google Cloud Storage bucket.'))).not.toMatch(/^(?:s3-read|other-permission)$/);
    expect(causeOf(userScript("duckdb.duckdb.HTTPException: HTTP Error: HTTP GET error on 'https://acme.r2.cloudflarestorage.com/train/part-0.parquet' (HTTP 403)"))).toBe('user-code');
  });
});

describe('memory in the words of newer and older releases', () => {
  it("reads Dask's nanny naming its worker and XLA's older status as memory", () => {
    expect(causeOf('2026-11-20 08:40:11,312 - distributed.nanny.memory - WARNING - Worker tcp://127.0.0.1:49477 (pid=59029) exceeded 95% memory budget. Restarting...')).toBe('out-of-memory');
    expect(causeOf(userScript('tensorflow.python.framework.errors_impl.InternalError: Resource exhausted: Failed to allocate request for 2.99GiB (3206250496B) on device ordinal 0'))).toBe('out-of-memory');
  });
});

describe("the datasets library's hub, read by its words", () => {
  it("is not another library's class of the same name, nor a local path it looked for", () => {
    expect(causeOf(userScript("torchgeo.datasets.errors.DatasetNotFoundError: Dataset not found in `root='/opt/ml/input/data/train'` and `download=False`, either specify a different `root` or use `download=True` to automatically download the dataset."))).not.toBe('model-download');
    expect(causeOf(userScript("FileNotFoundError: Couldn't find any data file at /opt/ml/input/data/train. Couldn't find '/opt/ml/input/data/train' on the Hugging Face Hub either"))).not.toBe('model-download');
    expect(causeOf(userScript("datasets.exceptions.DatasetNotFoundError: Dataset 'acme/tickets' doesn't exist on the Hub or cannot be accessed."))).toBe('model-download');
  });
});

describe("a hub the code fell back from, before the failure that ended the job", () => {
  const fellBack =
    "'(MaxRetryError(\"HTTPSConnectionPool(host='huggingface.co', port=443): Max retries exceeded with url: /bert-base-uncased/resolve/main/config.json (Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f3a>, 'Connection to huggingface.co timed out. (connect timeout=10)'))\"), '(Request ID: 5c1f)')' thrown while requesting HEAD https://huggingface.co/bert-base-uncased/resolve/main/config.json\nRetrying in 1s [Retry 1/5].\nCouldn't connect to the Hub: 'Connection to huggingface.co timed out. (connect timeout=10)'.\nWill try to load from local cache.\nloading weights file /root/.cache/huggingface/hub/models--bert-base-uncased/snapshots/1/model.safetensors";

  it('is passed over for the failure after it', () => {
    expect(causeOf(`${fellBack}\nRuntimeError: Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu!`)).toBe('user-code');
    expect(causeOf(`${fellBack}\ntorch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB`)).toBe('out-of-memory');
  });

  it('is still the hub when the cache lacked the files too', () => {
    expect(causeOf(`${fellBack}\nOSError: We couldn't connect to 'https://huggingface.co' to load this file, couldn't find it in the cached files and it looks like bert-base-uncased is not the path to a directory containing a file named config.json.`)).toBe('model-download');
  });
});

describe('news a long log went on past, before the denial that ended the job', () => {
  const failure = 'Traceback (most recent call last):\n  File "/opt/ml/code/train.py", line 88, in <module>\n    s3.head_object(Bucket=b, Key=k)\nbotocore.exceptions.ClientError: An error occurred (403) when calling the HeadObject operation: Forbidden';

  it("passes over the script's own print that says it went on, and a warning that what it lacked was optional", () => {
    const print = 'tb_sync: upload of events.out.tfevents.1715677921.algo-1 to s3://team-tensorboard/runs/ failed: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied (tensorboard sync is optional, continuing)';
    expect(causeOf(`${print}\n${failure}`)).toBe('s3-read');
    const optional = "WARNING:root:could not fetch optional tokenizer overrides: An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::111122223333:assumed-role/ml-role/SageMaker is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab because no identity-based policy allows the kms:Decrypt action";
    const putDenied = "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::111122223333:assumed-role/ml-role/SageMaker is not authorized to perform: s3:PutObject on resource: \"arn:aws:s3:::acme-out/model.tar.gz\" because no identity-based policy allows the s3:PutObject action";
    expect(causeOf(`${optional}\nTraceback (most recent call last):\n  File "/opt/ml/code/train.py", line 201, in <module>\n    s3.put_object(Bucket=b, Key=k, Body=body)\n${putDenied}`)).toBe('s3-write');
  });

  it("reads a quoted denial on a WARNING line the job went on past as passed over, not as the job's denial", () => {
    const mlflow = "2024/05/14 09:14:07 WARNING mlflow.utils.autologging_utils: Encountered unexpected error during transformers autologging: An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::111122223333:assumed-role/ml-role/SageMaker is not authorized to perform: s3:PutObject on resource: \"arn:aws:s3:::mlflow-artifacts/12/params.json\" because no identity-based policy allows the s3:PutObject action";
    const kms = "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::111122223333:assumed-role/ml-role/SageMaker is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab because no identity-based policy allows the kms:Decrypt action";
    expect(causeOf(`${mlflow}\nTraceback (most recent call last):\n  File "/opt/ml/code/train.py", line 40, in <module>\n    s3.get_object(Bucket=b, Key=k)\n${kms}`)).toBe('kms');
  });
});

describe("the SageMaker SDK v3's check of its SourceCode", () => {
  it('is the argument it names, refused before any job ran', () => {
    expect(causeOf("ValueError: Invalid 'entry_script': train.py. Must be a valid file within the 'source_dir'.")).toBe('validation');
    expect(causeOf("ValueError: Invalid 'learning_rate': must be positive.")).not.toBe('validation');
  });
});

describe('S3 Express One Zone answering 503', () => {
  it('is the rate, as S3 is', () => {
    expect(causeOf("requests.exceptions.RetryError: HTTPSConnectionPool(host='ml-fast--use1-az4--x-s3.s3express-use1-az4.us-east-1.amazonaws.com', port=443): Max retries exceeded with url: /shard-1 (Caused by ResponseError('too many 503 error responses'))")).toBe('throttling');
  });
});
