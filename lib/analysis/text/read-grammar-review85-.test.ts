import { describe, expect, it } from 'vitest';
import { classifyText } from '../classify-text';
import { causeOf } from '../test-support/text-readings';

// The eighty-fifth review (real texts not kept before), the eighty-sixth (failures quoted in part) and the
// eighty-seventh (the words around a quoted error), and what the eighty-fourth left: the structures their misses
// showed, each in the review's wording, in another, and at its limit.

const userScript = (message: string) => `AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "${message}"\nCommand "/usr/local/bin/python3.9 train.py", exit code: 1`;

describe("urllib3's retries that ran out on the server's answers", () => {
  const retried = (host: string, status: number) =>
    userScript(`requests.exceptions.RetryError: HTTPSConnectionPool(host='${host}', port=443): Max retries exceeded with url: /v1/items?page=2 (Caused by ResponseError('too many ${status} error responses'))`);

  it('are not a connection that failed: the server answered every time', () => {
    expect(causeOf(retried('api.example.com', 502))).not.toBe('vpc');
    expect(causeOf(retried('sagemaker.us-east-1.amazonaws.com', 400))).not.toBe('vpc');
  });

  it("read 429s as the rate, as requests' own Too Many Requests reads", () => {
    expect(causeOf(retried('sts.us-east-1.amazonaws.com', 429))).toBe('throttling');
    expect(causeOf(userScript('requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://sts.us-east-1.amazonaws.com/'))).toBe('throttling');
  });

  it("read an AWS endpoint's 5xx as AWS's side, and a model hub's answers as the download", () => {
    expect(causeOf(retried('bedrock-runtime.us-west-2.amazonaws.com', 503))).toBe('internal');
    expect(causeOf(retried('runtime.sagemaker.us-east-1.amazonaws.com', 503))).not.toBe('internal');
    expect(causeOf(retried('huggingface.co', 429))).toBe('model-download');
    expect(causeOf(retried('huggingface.co', 500))).toBe('model-download');
  });

  it("read SageMaker Runtime's own 500 on an invocation as AWS's side, as its URL with the status reads", () => {
    expect(causeOf("RetryError: HTTPSConnectionPool(host='runtime.sagemaker.eu-west-1.amazonaws.com', port=443): Max retries exceeded with url: /endpoints/fraud-xgb-prod/invocations (Caused by ResponseError('too many 500 error responses'))")).toBe('internal');
  });

  it('leave a connection that did fail to the network', () => {
    expect(
      causeOf(userScript("urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='sts.us-east-1.amazonaws.com', port=443): Max retries exceeded with url: / (Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f>, 'Connection to sts.us-east-1.amazonaws.com timed out. (connect timeout=60)'))")),
    ).toBe('vpc');
  });
});

describe("a post's code block is the quote, its prose the writer's account", () => {
  const post = (prose: string[], quote: string[]) => [prose[0]!, '', '```', ...quote, '```', '', ...prose.slice(1)].join('\n');

  it("reads the quoted error, not what the writer tried or ruled out", () => {
    const tried = post(
      ['It fails about 3 minutes in with:', 'What I tried:', '- bumped `VolumeSizeInGB` from 30 to 100 in case the download was running out of space'],
      ['ClientError: Data download failed:Unable to download object s3://fraud-features-2024/train/part-00007.parquet (AccessDenied: Access Denied)'],
    );
    expect(causeOf(tried)).toBe('s3-read');
    const guessed = post(
      ['Spot training fails at once:', 'I assumed spot was just out of capacity, since we hit a CapacityError on p3 the same day.'],
      ['ClientError: An error occurred (ValidationException) when calling the CreateTrainingJob operation: Invalid MaxWaitTimeInSeconds. It must be present and be greater than or equal to MaxRuntimeInSeconds'],
    );
    expect(causeOf(guessed)).toBe('validation');
    const ruledOut = post(
      ["new p3 job died after 40s, GPU quota is fine and it's not OOM:"],
      ['AlgorithmError: ExecuteUserScriptError:', 'ExitCode 1', 'ErrorMessage "RuntimeError: Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu!"'],
    );
    expect(causeOf(ruledOut)).toBe('user-code');
  });

  it("reads Slack's form, the quote on the fences' own lines", () => {
    const slack = ['@here the nightly job broke again, I bumped volume_size in case it was running out of space:', '```ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied```', 'anyone touched the role?'].join('\n');
    expect(causeOf(slack)).toBe('s3-write');
  });

  it("reads the prose's own quote of the log's line beside a generic block, and leaves out a block of the writer's code", () => {
    const generic = post(
      ['Job fails at the very end, the SDK only shows this:', 'In CloudWatch the last line is botocore.exceptions.ClientError: An error occurred (ExpiredToken) when calling the PutObject operation: The provided token has expired.'],
      ['AlgorithmError: ExecuteUserScriptError:', 'ExitCode 1', 'ErrorMessage ""'],
    );
    expect(causeOf(generic)).toBe('expired-credentials');
    const code = [
      'My script retries S3 calls because we got throttled in the past:',
      '```python',
      'if e.response["Error"]["Code"] in ("ThrottlingException", "SlowDown"):',
      '    time.sleep(2 ** attempt)',
      '```',
      "It died writing the 12th checkpoint with `OSError: [Errno 28] No space left on device: '/opt/ml/checkpoints/epoch_11.pt'`.",
    ].join('\n');
    expect(causeOf(code)).toBe('disk-space');
    const recovered = post(
      ['The install step shows a retry:', "Then the status went to Failed with FailureReason: InternalServerError: We encountered an internal error. Please try again."],
      ["WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='pypi.org', port=443): Read timed out. (read timeout=15)\")': /simple/xgboost/", 'Successfully installed xgboost-2.0.3'],
    );
    expect(causeOf(recovered)).toBe('internal');
  });

  it('reads the whole post when the block says nothing (the writer\'s own code)', () => {
    const code = post(['The job dies with an OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB. My estimator:'], ['est = PyTorch(entry_point="train.py", instance_type="ml.g5.xlarge", volume_size=100)']);
    expect(causeOf(code)).toBe('out-of-memory');
  });
});

describe('a compiled frame shows no source line', () => {
  it("so the exception right under it is the message, read for the input's format", () => {
    const frames = [
      '  File "/opt/conda/lib/python3.10/site-packages/pyarrow/parquet/core.py", line 2506, in __init__',
      '    [fragment], schema=schema or fragment.physical_schema,',
      '  File "pyarrow/error.pxi", line 100, in pyarrow.lib.check_status',
      "pyarrow.lib.ArrowInvalid: Could not open Parquet input source '<Buffer>': Parquet magic bytes not found in footer. Either the file is corrupted or this is not a parquet file.",
    ];
    expect(causeOf(frames.join('\n'))).toBe('data');
    expect(causeOf(['Traceback (most recent call last):', ...frames].join('\n'))).toBe('data');
  });

  it('while a raise under a Python frame, indented deeper, is still the code that raised', () => {
    const raised = ['  File "/opt/ml/code/load.py", line 40, in load', '    raise ValueError("Failed to load parquet data: corrupted footer")'].join('\n');
    expect(causeOf(raised)).not.toBe('data');
  });
});

describe("torch.hub's line that starts a download", () => {
  const started = 'Downloading: "https://download.pytorch.org/models/resnet50-0676ba61.pth" to /root/.cache/torch/hub/checkpoints/resnet50-0676ba61.pth';
  const failed = 'urllib.error.URLError: <urlopen error [Errno -3] Temporary failure in name resolution>';

  it('names the model download that failed right below it', () => {
    expect(causeOf([started, failed].join('\n'))).toBe('model-download');
  });

  it('names it through its progress short of 100%, and for a refusal or a file that came short or wrong', () => {
    expect(causeOf([started, '  0%|          | 0.00/97.8M [00:00<?, ?B/s]', failed].join('\n'))).toBe('model-download');
    expect(causeOf([started, 'urllib.error.HTTPError: HTTP Error 404: Not Found'].join('\n'))).toBe('model-download');
    expect(causeOf([started, 'urllib.error.URLError: <urlopen error [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1007)>'].join('\n'))).toBe('model-download');
    const hubFrames = ['  File "/opt/conda/lib/python3.10/site-packages/torch/hub.py", line 611, in download_url_to_file', '    buffer = u.read(8192)'];
    expect(causeOf(['Traceback (most recent call last):', ...hubFrames, 'http.client.IncompleteRead: IncompleteRead(4096 bytes read, 4096 more expected)'].join('\n'))).toBe('model-download');
    expect(causeOf(['Traceback (most recent call last):', ...hubFrames, 'RuntimeError: invalid hash value (expected "b627a593", got "9c2f7d0e")'].join('\n'))).toBe('model-download');
  });

  it("leaves weights kept in S3, and another host's failure, to the connection", () => {
    const fromS3 = 'Downloading: "https://acme-model-zoo.s3.us-east-1.amazonaws.com/backbones/convnext.pth" to /root/.cache/torch/hub/checkpoints/convnext.pth';
    expect(causeOf([fromS3, 'urllib.error.URLError: <urlopen error [Errno 110] Connection timed out>'].join('\n'))).toBe('vpc');
    const mlflow =
      "mlflow.exceptions.MlflowException: API request to http://mlflow.internal:5000/api/2.0/mlflow/runs/create failed with exception HTTPConnectionPool(host='mlflow.internal', port=5000): Max retries exceeded with url: /api/2.0/mlflow/runs/create (Caused by NameResolutionError(\"Failed to resolve 'mlflow.internal' ([Errno -2] Name or service not known)\"))";
    expect(causeOf([started, mlflow].join('\n'))).not.toBe('model-download');
  });

  it('says nothing of a failure after the download went on', () => {
    expect(causeOf([started, '100%|##########| 97.8M/97.8M [00:01<00:00, 80.1MB/s]', failed].join('\n'))).toBe('vpc');
  });
});

describe("the framework containers' older toolkit", () => {
  it("reports the code's own exception as the toolkit's report, quoted as it is written", () => {
    const report = '2018-11-02 10:15:33,210 ERROR - container_support.training - uncaught exception during training: None values not supported.';
    const diagnosis = classifyText({ failureReason: report });
    expect(diagnosis.cause).toBe('user-code');
    expect(diagnosis.summary).toContain('uncaught exception during training: None values not supported.');
    expect(diagnosis.summary).not.toContain('"AlgorithmError"');
  });

  it('still reads the detail it relays first', () => {
    expect(causeOf('ERROR - container_support.training - uncaught exception during training: An error occurred (403) when calling the HeadObject operation: Forbidden')).toBe('s3-read');
    expect(causeOf('ERROR - container_support.training - uncaught exception during training: Unable to locate credentials')).toBe('expired-credentials');
  });
});

describe("a serving container's own nginx refusing its configuration", () => {
  it("is the image's file", () => {
    expect(causeOf('nginx: [emerg] "proxy_pass" cannot have URI part in location given by regular expression, or inside named location, or inside "if" statement, or inside "limit_except" block in /bento/nginx.conf:37')).toBe('user-code');
    expect(causeOf('nginx: [emerg] unknown directive "proxy_pas" in /etc/nginx/conf.d/default.conf:12')).toBe('user-code');
  });

  it('but not a host its upstream names that did not resolve', () => {
    expect(causeOf('nginx: [emerg] host not found in upstream "model-server" in /etc/nginx/conf.d/default.conf:5')).not.toBe('user-code');
  });
});
