import { describe, expect, it } from 'vitest';
import { causeOf } from '../test-support/text-readings';
import { stripLinePrefixes } from './line-prefixes';

// A failure text quoted on a page or in a one-line JSON field often has its lines joined by spaces, or
// every line indented (a Markdown code block). The readings that leaned on a line break read the same
// text either way; the fixtures' multi-line texts were checked joined (all but two read the same: TGI's
// launcher line and setuptools' "running …" line are line-anchored by design).

describe('lines joined by a space', () => {
  it.each([
    // S3 clients' field list on one line: the operation still names the request.
    ['the fields of a failed S3 request', 'AccessDenied: Access Denied Operation: HeadObject Bucket: your-bucket-name Key: your-object-key', 's3-read'],
    // The Go SDK's code with an empty message, its details line joined.
    ["the Go SDK's empty-message code", 's3aws: SlowDown: status code: 503, request id: 1A2B, host id: x', 'throttling'],
    // SageMaker's status line and the runtime's exec error in one sentence pair: the exec error, not the image.
    ['a status line then an exec error', '2019-05-09 14:22:17 Training - Downloading the training image. exec: "train": executable file not found in $PATH', 'user-code'],
  ])('%s', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });

  it('still reads an image that is not found, its URI holding dots', () => {
    expect(causeOf('ClientError: The training image 123456789012.dkr.ecr.us-east-1.amazonaws.com/my-algo:1.0 does not exist.')).toBe('ecr');
  });

  it('reads the operation only where its value ends the field', () => {
    expect(causeOf('AccessDenied: Access Denied. The Operation: field is missing from this report')).not.toBe('s3-read');
  });
});

describe('an indent every line shares', () => {
  it('is taken off, as a Markdown code block adds it', () => {
    expect(stripLinePrefixes('    Invalid ML instance type.\n    Please retry.')).toBe('Invalid ML instance type.\nPlease retry.');
    expect(causeOf('    Invalid combination: instance m5 and Cuda 12.2. Please provide a supported configuration for this region.')).toBe('validation');
  });

  it("keeps the text's own indentation under a line that has none", () => {
    const traceback = 'Traceback (most recent call last):\n  File "train.py", line 3, in <module>\nKeyError: x';
    expect(stripLinePrefixes(traceback)).toBe(traceback);
  });

  it('takes only the indent all non-blank lines share, blank lines included', () => {
    expect(stripLinePrefixes('    a\n\n      b\n    c')).toBe('a\n\n  b\nc');
    expect(stripLinePrefixes('\t\tx\n\ty')).toBe('\tx\ny');
  });
});

describe('the second review of rounds 25 to 28 and the joined lines', () => {
  it.each([
    // botocore's tail without its sentence is not a field: the operation before it names the request.
    ['an S3 operation named bare before its answer', 'HeadObject operation: Forbidden', 's3-read'],
    ['a write named bare before its answer', 'PutObject operation: Forbidden', 's3-write'],
    // The status is Insufficient Storage; a message saying the disk filled is the disk's.
    ["a container's 507 whose message names the full disk", 'Received server error (507) from primary with message "[Errno 28] No space left on device: \'/tmp/model\'"', 'disk-space'],
    ["a container's 507 without its body", 'Received server error (507) from primary and could not load the entire response body.', 'out-of-memory'],
    // A start-up line, and a verdict that says why: not the health check failing.
    ['a model server not healthy yet', 'WARNING: The model server is not healthy yet; retrying.', 'unknown'],
    ['a server unhealthy for a reason it names', "ClientError: the inference server was unhealthy because the endpoint's ml.g5.48xlarge is not available in this region", 'unknown'],
    // A Batch category inside a quoted value is a value the code handled.
    ['a Batch category quoted as a value', "KeyError: 'CAPACITY:GPU_A100'", 'user-code'],
    ["a Batch misconfiguration of a role", 'MISCONFIGURATION:EC2_INSTANCE_ROLE_MISSING_OR_INVALID - ecsInstanceRole', 'unknown'],
    // A panic carrying a failed download's answer is that request's, not the code's.
    ['a panic carrying a download refused', "thread 'tokio-runtime-worker' panicked at /usr/src/router/src/server.rs:120:5:\nFailed to download tokenizer: https://huggingface.co/meta-llama/Llama-2-7b-hf/resolve/main/tokenizer.json: status code 401", 'unknown'],
  ])('%s', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });
});

describe("a logging library's head on an error's line", () => {
  it.each([
    ["Python logging's default", 'ERROR:root:ClientError: x', 'ClientError: x'],
    ["the common format's, once its stamp is off", '2024-01-29 10:12:15,123 - train - CRITICAL - KeyError: x', 'KeyError: x'],
    ["glog's", 'F1129 02:21:23.123456    77 nccl.cc:9] NCCL failure', 'NCCL failure'],
    ["TensorFlow's C++", '2021-01-01 12:00:00.123456: E tensorflow/core/kernels/a.cc:1] OOM when allocating', 'OOM when allocating'],
    ["syslog's", 'Nov  9 02:21:23 ip-10-0-0-1 kernel: Out of memory: Killed process 77', 'Out of memory: Killed process 77'],
  ])('is taken off: %s', (_name, text, bare) => {
    expect(stripLinePrefixes(text)).toBe(bare);
  });

  it.each([
    // A quiet head is what marks the line quiet, and a warning's what marks it a warning.
    ['an INFO head', 'INFO:root:Failed to parse hyperparameter objective'],
    ['a WARN glog head', 'W1129 02:21:23.123456 1 a.cc:1] failed to connect to b'],
    ["TensorFlow's INFO head", '2021-01-01 12:00:00.123456: I tensorflow/core/a.cc:1] done'],
    // pip's label is followed by a space and a sentence, not a logger's name.
    ["pip's ERROR label", 'ERROR: Could not find a version that satisfies the requirement x'],
    // A list's item is not the common format's head: the level is followed by its " - ".
    ["a list's second item", 'Errors:\n- train - ERROR x'],
  ])('is left: %s', (_name, text) => {
    expect(stripLinePrefixes(text)).toBe(text);
  });

  it('leaves an INFO line under a syslog head quiet', () => {
    expect(causeOf('Nov 29 02:21:23 host xgb[1]: [02:21:23] INFO: Failed to parse hyperparameter objective value reg:squarederror to Json.')).toBe('unknown');
  });
});

describe("a writer's lead before the reason on its line", () => {
  it.each([
    // Each of these reads at its line's start only (a fixture's text behind a lead).
    ['When I run the training job I get this error: Invalid combination: instance m5 and Cuda 12.2. Please provide a supported configuration for this region.', 'validation'],
    ['Getting the following exception: argparse.ArgumentError: argument --val: conflicting option string: --val', 'user-code'],
    ["I'm facing an error: sagemaker_containers._errors.ClientError: code() takes at most 16 arguments (18 given)", 'user-code'],
  ])('is taken off: %s', (text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });

  it.each([
    // SageMaker's own words before a colon are not a writer's.
    ['AlgorithmError: framework error: ', 'AlgorithmError: framework error: \nKeyError: x'],
    // A time clause not in the first person is the message's own.
    ['a time clause', 'When the job started an error: x happened'],
    // Nothing after the lead that reads as a message.
    ['a lead before a bare word', 'I get this error: x'],
  ])('is left: %s', (_name, text) => {
    expect(stripLinePrefixes(text)).toBe(text);
  });
});

describe("the CloudWatch console's events table", () => {
  it('gives back each event as the job printed it', () => {
    const table = '| timestamp | message\n| 1614001176448 | Starting the inference server with 1 workers.\n| 1614001176449 | KeyError: x |';
    expect(stripLinePrefixes(table)).toBe('Starting the inference server with 1 workers.\nKeyError: x');
  });

  it("leaves a table that is not the console's: its first cell is not an event's time", () => {
    const table = '| setting | value |\n| --- | --- |\n| max_wait | 3600 |';
    expect(stripLinePrefixes(table)).toBe(table);
  });
});

describe("a tool's lead before the reason it relays", () => {
  it('is taken off before a class or an exception that says what failed', () => {
    // Each reads at its line's start only.
    expect(causeOf('Training failed with the following error: argparse.ArgumentError: argument --val: conflicting option string: --val')).toBe('user-code');
    expect(stripLinePrefixes('Job train-7 failed with error: ClientError: x y')).toBe('ClientError: x y');
  });

  it.each([
    // Before a bare sentence the lead says what raised it: the code (a fixture's reading rests on it).
    ['a wrapper reporting what raised', "XGB train call failed with exception: You can't mix new and old callback styles"],
    // HyperPod's own report names a stage.
    ['a stage that failed', 'Instance i-0b66516c4a8bfcea4 failed to provision with the following error: Lifecycle scripts did not run successfully.'],
  ])('is left: %s', (_name, text) => {
    expect(stripLinePrefixes(text)).toBe(text);
  });
});
