import { describe, expect, it } from 'vitest';
import { classifyText } from '../classify-text';
import { causeOf } from '../test-support/text-readings';
import { withoutLineEmphasis } from './markdown-emphasis';

// The eighty-ninth review (LLM fine-tuning), the ninetieth (against the eighty-fifth to eighty-eighth reviews' mends) and
// the ninety-second (SageMaker's other job kinds): the structures their misses showed, each in the review's wording, in
// another, and at its limit.

const userScript = (message: string) => `AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "${message}"\nCommand "/opt/conda/bin/python3.10 train.py", exit code: 1`;
const summaryOf = (text: string) => classifyText({ failureReason: text }).summary;

describe("urllib3's MaxRetryError whose reason is the server's answers", () => {
  const maxRetry = (host: string, reason: string) =>
    `urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='${host}', port=443): Max retries exceeded with url: / (Caused by ${reason})`;

  it('is the status, not a connection that failed, under the class name too', () => {
    expect(causeOf(maxRetry('api.sagemaker.us-east-1.amazonaws.com', "ResponseError('too many 429 error responses')"))).toBe('throttling');
    expect(causeOf(userScript(maxRetry('sagemaker.us-east-1.amazonaws.com', "ResponseError('too many error responses')")))).not.toBe('vpc');
  });

  it('is still the connection when the connection is what failed', () => {
    const refused = "NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno 110] Connection timed out')";
    expect(causeOf(maxRetry('sts.us-east-1.amazonaws.com', refused))).toBe('vpc');
  });
});

describe("an S3 host's 503 to an HTTP client", () => {
  it("is S3's Slow Down, the rate, when urllib3's retries counted it with no reason phrase", () => {
    const retried = "requests.exceptions.RetryError: HTTPSConnectionPool(host='ml-raw-data.s3.amazonaws.com', port=443): Max retries exceeded with url: /shards/part-00412.tar?X-Amz-Expires=3600 (Caused by ResponseError('too many 503 error responses'))";
    expect(causeOf(userScript(retried))).toBe('throttling');
    expect(causeOf('requests.exceptions.HTTPError: 503 Server Error: Slow Down for url: https://ml-raw.s3.eu-west-1.amazonaws.com/a.tar')).toBe('throttling');
  });

  it("leaves S3's ServiceUnavailable by its phrase, its other 5xx, and another service's 503 AWS's side", () => {
    expect(causeOf('requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: https://ml-raw.s3.eu-west-1.amazonaws.com/a.tar')).toBe('internal');
    expect(causeOf('requests.exceptions.HTTPError: 500 Server Error: Internal Server Error for url: https://ml-raw.s3.eu-west-1.amazonaws.com/a.tar')).toBe('internal');
    expect(causeOf('requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: https://bedrock-runtime.us-east-1.amazonaws.com/model/x/invoke')).toBe('internal');
  });
});

describe("torch.hub's download, read from every line that could end it", () => {
  const started = 'Downloading: "https://download.pytorch.org/models/resnet50-11ad3fa6.pth" to /root/.cache/torch/hub/checkpoints/resnet50-11ad3fa6.pth';

  it("finds the failure under the download's line when the ErrorMessage quoted it first", () => {
    const text = `${userScript('ConnectionResetError: [Errno 104] Connection reset by peer')}\n\n--- CloudWatch algo-1 ---\n${started}\n 12%|█▏        | 11.8M/97.8M [00:03<00:22, 3.9MB/s]\nConnectionResetError: [Errno 104] Connection reset by peer`;
    expect(causeOf(text)).toBe('model-download');
  });

  it('reads a read the store stopped answering as the download, and quotes the line that ended it', () => {
    const text = `${started}\n  4%|▍         | 4.00M/97.8M [01:00<23:29, 69.8kB/s]\nTimeoutError: The read operation timed out`;
    expect(causeOf(text)).toBe('model-download');
    expect(summaryOf(text)).toContain('("TimeoutError: The read operation timed out")');
    expect(summaryOf(`${started}\nurllib.error.HTTPError: HTTP Error 403: Forbidden`)).toContain('("urllib.error.HTTPError: HTTP Error 403: Forbidden")');
  });

  it('leaves a read timeout with no download above it unread', () => {
    expect(causeOf('TimeoutError: The read operation timed out')).not.toBe('model-download');
  });
});

describe("the datasets library's load of a hub dataset", () => {
  it('is the hub that could not be reached, not an AWS endpoint', () => {
    expect(causeOf(userScript("ConnectionError: Couldn't reach 'tatsu-lab/alpaca' on the Hub (ConnectionError)"))).toBe('model-download');
    expect(causeOf("ConnectionError: Couldn't reach 'HuggingFaceH4/ultrachat_200k' on the Hub (ReadTimeout)")).toBe('model-download');
  });
});

describe('a post read for what it quotes, nearest the job first', () => {
  const block = (body: string) => `\`\`\`\n${body}\n\`\`\``;
  const ise = 'InternalServerError: We encountered an internal error.  Please try again.';

  it('lets a block outrank a name the prose mentions in a code span', () => {
    expect(causeOf(`Last week we hit \`ResourceLimitExceeded\` on p4d and got the quota raised. Now the same job fails with:\n\n${block(ise)}`)).toBe('internal');
    const channel = "ClientError: Unable to read data channel 'train'. Requested content-type is 'text/csv'. Please verify the data matches the requested content-type. (caused by ValueError)";
    expect(causeOf(`It's not a \`CUDA out of memory\` (checked with nvidia-smi). XGBoost built-in fails with:\n\n${block(channel)}`)).toBe('data');
  });

  it("lets the span decide when the blocks say only whose side failed", () => {
    expect(causeOf(`The log ends in \`OSError: [Errno 28] No space left on device\`, the job says:\n\n${block('AlgorithmError: See job logs for more information')}`)).toBe('disk-space');
  });

  it("reads the block labelled as the job's FailureReason before another the writer copied", () => {
    const throttled = 'botocore.exceptions.ClientError: An error occurred (ThrottlingException) when calling the GetLogEvents operation (reached max retries: 4): Rate exceeded';
    const oom = userScript('torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 1.50 GiB');
    expect(causeOf(`While the notebook was tailing logs I got:\n\n${block(throttled)}\n\nThe job itself says:\n\n${block(`FailureReason: ${oom}`)}`)).toBe('out-of-memory');
    // Without the label, the two copies weigh as they always did.
    expect(causeOf(`While the notebook was tailing logs I got:\n\n${block(throttled)}\n\nThe job itself says:\n\n${block(oom)}`)).toBe('throttling');
  });

  it("reads a post whose blocks are all the writer's code without them", () => {
    const post = "My retry wrapper:\n\n```python\n@backoff.on_exception(backoff.expo, (ThrottlingException, ServiceQuotaExceededException), max_tries=8)\ndef start():\n    return sm.create_training_job(**req)\n```\n\nThe job starts and fails after 3 hours, status just Stopped.";
    expect(causeOf(post)).not.toBe('throttling');
  });
});

describe('a line set wholly in Markdown emphasis', () => {
  it('reads as the words without the asterisks', () => {
    const neo = 'ClientError: InputConfiguration: Framework cannot load Tensorflow model: as_list() is not defined on an unknown TensorShape.';
    expect(causeOf(`**${neo}**`)).toBe(causeOf(neo));
    expect(causeOf(`**${neo}**`)).not.toBe('unknown');
    expect(causeOf(`**Error:** *${neo}*`)).toBe(causeOf(neo));
  });

  it('leaves asterisks that are not emphasis', () => {
    expect(withoutLineEmphasis('* ClientError: boom *')).toBe('* ClientError: boom *');
    expect(withoutLineEmphasis('TypeError: f() argument after ** must be a mapping, not NoneType')).toBe('TypeError: f() argument after ** must be a mapping, not NoneType');
    expect(withoutLineEmphasis('glob: *.py*')).toBe('glob: *.py*');
    expect(withoutLineEmphasis('**Status:** Failed\n  *ClientError: boom*')).toBe('**Status:** Failed\n  ClientError: boom');
  });
});
