import { describe, expect, it } from 'vitest';
import type { Cause } from '../diagnosis';
import { readFailureParts } from './failure-parts';
import heldOut10 from './fixtures/held-out-10.json';
import { actionOfOperation } from './operations';
import { readGrammar } from './read-grammar';
import { statusPhraseCode } from './status-phrase-code';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Round 10 of the held-out texts (held-out-10.json): each miss of the first pass, read by its structure.
const real = fixtureText(heldOut10);

describe('round 10 structures, on the texts they were written for', () => {
  it.each([
    ['a status followed by the code in words (Java SDK)', 'kc-s3-slow-down-503-numeric-code', 'error-code-throttling', 'throttling'],
    ['a status followed by the code in words (bare)', 'techreader-s3-error-503-slow-down', 'error-code-throttling', 'throttling'],
    ['a rate limit said exceeded, in words', 'bobcares-ec2-rate-limit-per-hour', 'throttled-words', 'throttling'],
    ["Docker's daemon relaying the registry's refusal of the credentials", 'fixdevs-ecr-anonymous-token-401', 'daemon-registry-refused', 'ecr'],
    ['a registry manifest URL refused, the status wrapped onto the next line', 'shareful-ecr-manifest-head-403', 'registry-object-refused', 'ecr'],
    ["a health agent's hardware-failure reason, as an identifier", 'hyperpod-hma-xid-hardware-failure', 'infrastructure-fault', 'internal'],
  ] as [string, string, string, Cause][])('%s', (_name, id, rule, cause) => {
    expect(readGrammar(real(id))).toContainEqual(expect.objectContaining({ rule, cause }));
    expect(causeOf(real(id))).toBe(cause);
  });

  it.each([
    ['an operation named in lower case', 'usrealtyis-headobject-forbidden-lowercase', 's3-read'],
    ['an operation given as a field of the report', 'errormedic-headobject-access-denied-fields', 's3-read'],
  ] as [string, string, Cause][])('%s (the denial read by its operation)', (_name, id, cause) => {
    expect(actionOfOperation(real(id))).toBe('s3:GetObject');
    expect(causeOf(real(id))).toBe(cause);
  });

  it('leaves a file write that failed without a reason unknown, not the code', () => {
    expect(causeOf(real('openillumi-pytorch-stream-writer-write-failed'))).toBe('unknown');
  });

  it.each([
    ['an XGBoost exception naming only a C++ string function', 'adeautomobile-xgboost-replace-aux'],
    ["R's check of the data's class (only the words say it is the input)", 'buildbetter-r-xgboost-character-data'],
  ])('leaves %s unknown', (_name, id) => {
    expect(causeOf(real(id))).toBe('unknown');
  });
});

describe('round 10 structures in neighbouring forms', () => {
  // Constructed from the services' and tools' own formats, in other words than the fixtures.
  it.each([
    ['a lower-cased GetObject denial', 'an error occurred (accessdenied) when calling the getobject operation: access denied', 's3-read'],
    ['a lower-cased upload denial', 'upload failed: an error occurred (403) when calling the putobject operation: forbidden', 's3-write'],
    ['a put denial reported as fields', 'S3 request failed\nCode: AccessDenied\nOperation: PutObject\nBucket: acme-out\nKey: model.tar.gz', 's3-write'],
    ['a log-stream denial reported as fields', 'AccessDenied: User is not authorized\n  Operation: CreateLogStream\n  Resource: /aws/sagemaker/TrainingJobs', 'cloudwatch-logs'],
    ['the code in words after the status, in a log line', 'WARN s3 PUT s3://acme-out/part-3 -> 503 Slow Down, retrying', 'throttling'],
    ['an internal error in words after the status', 'AmazonS3Exception: We encountered an internal error (Status Code: 500; Error Code: 500 Internal Error)', 'internal'],
    ['a rate limit reached', 'Error: API rate limit reached for DescribeTrainingJob, backing off', 'throttling'],
    ['a rate limit a caller exceeded', 'botocore returned: you have exceeded the rate limit for this operation', 'throttling'],
    ["the daemon's unauthorized answer", 'Error response from daemon: Head "https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/train/manifests/latest": unauthorized: authentication required', 'ecr'],
    // The registry's reason is an expired token: round 11 reads that as the credentials (re-authenticate), not the image.
    ["the daemon relaying a registry's denial for an expired token", 'Error response from daemon: denied: Your authorization token has expired. Reauthenticate and try again.', 'expired-credentials'],
    ["the daemon relaying a registry's denial", 'Error response from daemon: denied: requested access to the resource is denied', 'ecr'],
    ['a blob request refused, its status on the next line', 'failed to copy: httpReadSeeker: failed open: unexpected status code\nhttps://123456789012.dkr.ecr.eu-west-1.amazonaws.com/v2/algo/blobs/sha256:ab12:\n401 Unauthorized', 'ecr'],
    ["a node condition's reason naming a GPU hardware fault", 'Node condition NvidiaErrorReboot is now: True, reason: GpuHardwareFault', 'internal'],
    ['an EIO from the file system', "OSError: [Errno 5] Input/output error: '/opt/ml/checkpoints/step-200.pt'", 'unknown'],
  ] as [string, string, Cause][])('%s', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });

  it('reads the code in words only when it belongs to a family', () => {
    expect(statusPhraseCode('Error Code: 503 Slow Down; Request ID: x')).toBe('SlowDown');
    expect(statusPhraseCode('500 Internal Error')).toBe('InternalError');
    expect(readFailureParts('(Service: Amazon S3; Status Code: 503; Error Code: 503 Slow Down)').errorCode).toBe('SlowDown');
    expect(statusPhraseCode('HTTP 503 Service Unavailable')).toBeUndefined();
    expect(statusPhraseCode('429 Too Many Requests')).toBeUndefined();
    expect(statusPhraseCode('404 Not Found')).toBeUndefined();
  });
});

describe('round 10, second part: the structures its misses needed', () => {
  it.each([
    ['an operation in words after the permissions a console lacked', 'fixdevs-s3-console-insufficient-permissions-list', 's3-read'],
    ["a quota code in another service's spelling", 'drivtu-api-quota-exceeded-json', 'quota'],
    ["Docker's container status with the exit code in parentheses", 'fixpedia-docker-ps-exited-137', 'out-of-memory'],
  ] as [string, string, Cause][])('%s', (_name, id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it.each([
    ['a put named in words', 'Insufficient privileges to put object into acme-out/models', 's3-write', 's3:PutObject'],
    ['a log stream named in words', 'User is not authorized to create log stream in /aws/sagemaker/TrainingJobs', 'cloudwatch-logs', 'logs:CreateLogStream'],
  ] as [string, string, Cause, string][])('%s', (_name, text, cause, action) => {
    expect(actionOfOperation(text)).toBe(action);
    expect(causeOf(text)).toBe(cause);
  });

  it.each([
    ['a quota exception class', '{"__type":"QuotaExceededException","message":"Maximum number of apps reached"}', 'quota'],
    ['a code naming a rate limit (a rate, not a quota)', 'RateLimitExceeded: Too many calls to DescribeTrainingJob', 'throttling'],
    ["a container killed by SIGSEGV, in Docker's status", 'train-1   Exited (139) 2 seconds ago', 'user-code'],
    // Docker's status for a plain failure says nothing more.
    ["a container that exited 1, in Docker's status", 'train-1   Exited (1) 3 seconds ago', 'unknown'],
    // What a permission was lacking for is an operation only when its words name one.
    ['insufficient permissions for no named operation', 'Insufficient permissions to access the requested resource', 'other-permission'],
  ] as [string, string, Cause][])('%s', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });
});

describe('round 10 structures: what they leave alone', () => {
  // Constructed: the same shapes where they mean something else.
  it.each([
    // HTTP's own reason phrases are only the status: the host decides (a hub's 429 is a refused download).
    ["a model hub's 429 with HTTP's reason phrase", '429 Too Many Requests for url: https://huggingface.co/api/models/meta-llama/Llama-2-7b-hf', 'model-download'],
    ["HTTP's 503 reason phrase (no code of a service; nothing else here says more)", 'HTTP 503 Service Unavailable from https://runtime.sagemaker.us-east-1.amazonaws.com', 'unknown'],
    ["HTTP's 404 reason phrase on an S3 read", 'An error occurred (404) when calling the HeadObject operation: Not Found', 'data'],
    // The daemon also reports containers that could not start: not the registry's refusal.
    ["the daemon's report of a command that could not run", 'Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "train": permission denied', 'unknown'],
    // A training script's own exceptions stay the code's unless what failed is a file write or read.
    ['a type error in the training code', 'TypeError: write() argument must be str, not bytes', 'user-code'],
    ['a script that failed to parse its own file', "RuntimeError: failed to parse the vocabulary in /opt/ml/code/vocab.txt", 'user-code'],
    // An AlgorithmError is still the algorithm's side when the detail is an I/O failure.
    ['an I/O failure under an AlgorithmError', 'AlgorithmError: RuntimeError: file write failed', 'user-code'],
    // A full disk says so, and is read by its words rather than left unknown.
    ['a write that failed for a full disk', 'RuntimeError: PytorchStreamWriter failed writing file data/3: No space left on device', 'disk-space'],
    // An operation field names what it names only on a line of its own.
    ['"Operation:" inside a sentence', 'AccessDenied: the Operation: GetObject policy check is disabled for this account', 'other-permission'],
    ['an operation the table does not know, lower-cased', 'an error occurred (accessdenied) when calling the describetrainingjob operation: access denied', 'other-permission'],
    ['a hardware word that is not a fault', 'Health check passed: HardwareStatus OK, reason: NoHardwareIssues', 'unknown'],
  ] as [string, string, Cause][])('%s', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });
});
