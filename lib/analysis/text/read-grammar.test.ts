import { describe, expect, it } from 'vitest';
import type { Cause } from '../diagnosis';
import { classifyText } from '../classify-text';
import { familyOfCode } from './error-families';
import { readFailureParts } from './failure-parts';
import heldOut from './fixtures/held-out.json';
import heldOut2 from './fixtures/held-out-2.json';
import heldOut3 from './fixtures/held-out-3.json';
import nonPermission from './fixtures/non-permission.json';
import s3AndNetwork from './fixtures/s3-and-network.json';
import services from './fixtures/services.json';
import structure from './fixtures/structure.json';
import { readGrammar } from './read-grammar';
import { fixtureText } from '../test-support/text-readings';

// Every text here is a real fixture (its source is in the fixture file and docs/failure-texts.md).
const real = fixtureText([...structure, ...heldOut, ...heldOut2, ...heldOut3, ...nonPermission, ...s3AndNetwork, ...services]);

describe('readFailureParts: class, stage, detail', () => {
  it.each([
    ['sdk128-data-download-disk-space', { side: 'client', stage: 'input' }],
    ['hfblog114-artifact-upload-disk-space', { side: 'client', stage: 'output' }],
    ['terraform-pipeline12-algorithm-exit-1', { side: 'algorithm', exitCode: 1 }],
    ['training-toolkit19-install-module-error', { side: 'algorithm' }],
    ['sdk70-internal-server-error', { side: 'aws' }],
    ['grand-challenge2631-capacity', { side: 'capacity' }],
    ['feedback99-ec2-insufficient-capacity', { side: 'capacity' }],
    ['sdk645-createtrainingjob-throttled', { errorCode: 'ThrottlingException', operation: 'CreateTrainingJob' }],
    ['datatools10-s3-provided-token-expired', { errorCode: 'ExpiredToken' }],
    ['cfn-sphere55-expired-token-xml', { errorCode: 'ExpiredToken' }],
    ['examples2132-pip-errno-28', { errno: 28 }],
    ['autotrain365-gated-401', { httpStatus: 401, hosts: ['huggingface.co'] }],
    ['sdk134-exit-139', { side: 'algorithm', exitCode: 139 }],
  ])('%s', (id, expected) => {
    expect(readFailureParts(real(id))).toMatchObject(expected);
  });

  it("does not take botocore's own ClientError for SageMaker's class", () => {
    expect(readFailureParts(real('samudra866-insufficient-capacity')).side).toBeUndefined();
    expect(readFailureParts(real('examples1224-param-validation-key')).exceptions).toContain('ParamValidationError');
  });

  it('takes the toolkit\'s bare "Reporting training FAILURE" for no class: it only announces a failure read elsewhere', () => {
    // aws/sagemaker-python-sdk#1853: the line before the toolkit's "framework error:".
    expect(readFailureParts('2020-08-25 20:00:05,420 sagemaker-training-toolkit ERROR    Reporting training FAILURE').side).toBeUndefined();
    expect(readFailureParts('2020-08-25 20:00:05,420 sagemaker-training-toolkit ERROR    framework error: ').side).toBe('algorithm');
  });

  it("reads \"Unable to mount file system\", SageMaker's stage phrase as issue 11 quotes it, as a mount", () => {
    expect(readFailureParts('ClientError: Unable to mount file system').mount).toBe(true);
  });
});

describe('readGrammar: one branch each, on real wordings', () => {
  const cases: [string, string, string, Cause][] = [
    ['the route-table sentence', 'k8s-operator22-no-route', 'route-sentence', 'vpc'],
    ['the route-table sentence of model hosting', 'genai-guidance3-model-data-vpc-endpoint', 'route-sentence', 'vpc'],
    ['an ECR image URI that is not found', 'ezsmdeploy4-requested-image-not-found', 'ecr-image-uri', 'ecr'],
    ['a credentials error code', 'astronomer725-describe-token-invalid', 'error-code-credentials', 'expired-credentials'],
    ['a throttling error code', 'sdk645-createtrainingjob-throttled', 'error-code-throttling', 'throttling'],
    ['a validation error code', 'sagify57-job-name-pattern', 'error-code-validation', 'validation'],
    ['a validation error code in the Java form', 'cdk16779-marketplace-network-isolation', 'error-code-validation', 'validation'],
    ['a quota error code', 'gabehollombe1-limit-p3-2xlarge', 'error-code-quota', 'quota'],
    ['a capacity error code', 'samudra866-insufficient-capacity', 'error-code-capacity', 'capacity'],
    ['a missing bucket', 'fast-bert151-no-such-bucket', 'error-code-missing-object', 'data'],
    ["SageMaker's own (Code: message) after a stage phrase", 'examples3881-bucket-region-error', 'error-code-validation', 'validation'],
    ['the invalid-token message', 'lex13-token-invalid-json', 'credentials-invalid', 'expired-credentials'],
    ["a code Go v1 frames with its details line", 'k8s-operator99-security-token-invalid', 'error-code-credentials', 'expired-credentials'],
    ['a full disk, in SageMaker words', 'sdk128-data-download-disk-space', 'disk-full', 'disk-space'],
    ['a full disk, as errno 28', 'hf-inference80-model-copy-errno-28', 'disk-full', 'disk-space'],
    ['a model hub HTTP error', 'autotrain365-gated-401', 'model-hub-download', 'model-download'],
    ["a model hub's exception class", 'gptj-blog6-repository-not-found', 'model-hub-download', 'model-download'],
    ['a model hub that cannot be reached', 'spanmarker52-hub-name-resolution', 'model-hub-download', 'model-download'],
    ['an AWS endpoint that cannot be reached', 'ssh-helper32-sts-connect-timeout', 'connect-aws-endpoint', 'vpc'],
    ["an AWS exception class without botocore's wrapper", 'sonic16-dynamodb-expired', 'exception-credentials', 'expired-credentials'],
    ["botocore's parameter report", 'awscli7592-unknown-parameter-entrypoint', 'param-validation-report', 'validation'],
    ["SageMaker Pipelines' refused API call", 'sdk3693-pipeline-failed-to-invoke-tuning', 'pipeline-invoke-refused', 'validation'],
    ['a name already in use', 'examples2440-tuning-name-in-use', 'error-code-validation', 'validation'],
    ['exit code 127 (command not found)', 'sklearn-container10-exit-127', 'exit-code-127', 'user-code'],
    ['exit code 139 (segfault)', 'sdk134-exit-139', 'exit-code-139', 'user-code'],
    ["a built-in algorithm's CSV error", 'examples1017-linear-learner-parse-csv', 'data-format', 'data'],
    ["a built-in algorithm's RecordIO error", 'examples562-recordio-magic-number', 'data-format', 'data'],
    ['a Parquet header inside an AlgorithmError', 'examples2921-parquet-corrupt-header', 'data-format', 'data'],
    ['a DHCP option set in VPC mode', 'sdk3955-dhcp-options', 'vpc-config', 'vpc'],
    ["a built-in algorithm's hyperparameter", 'sdk132-required-hyperparameter', 'client-hyperparameter', 'validation'],
    ['an AlgorithmError no detail explains', 'terraform-pipeline12-algorithm-exit-1', 'algorithm-side', 'user-code'],
    ["the training toolkit's own error", 'training-toolkit19-install-module-error', 'algorithm-side', 'user-code'],
    ['a module-qualified Python exception without a class', 'errorcanon-tf-checkpoint-no-space', 'qualified-exception', 'user-code'],
    ['a ClientError no detail explains (its side, no cause)', 'sdk35-unable-to-assume-role', 'client-side', 'unknown'],
    // Round 2 of the held-out texts (held-out-2.json): each miss of the first pass, read by its structure.
    ["AWS's constraint report without its ValidationException code", 'detectron2-10-hyperparameters-constraint', 'constraint-report', 'validation'],
    ["the SDK's enumerated-values report", 'examples2401-unrecognized-file-system-type', 'enum-report', 'validation'],
    ['a KMS key ARN named with its state, in the .NET SDK', 'kamus508-kms-key-not-found', 'kms-key-state', 'kms'],
    ["the container runtime's exec failure (exit 127 without the code)", 'examples739-train-not-in-path', 'container-exec-failed', 'user-code'],
    ['a format word with a load failure', 'examples576-libsvm-strtonum', 'data-format', 'data'],
    ['a non-numeric value in a CSV header', 'immersion-day81-xgboost-non-numeric-header', 'data-format', 'data'],
    // Round 3 (held-out-3.json).
    ["the container's init failing to exec the command", 'sdk4678-tini-exec-permission-denied', 'container-exec-failed', 'user-code'],
    ["the init's exec failure with ENOENT", 'sdk4113-tini-exec-no-such-file', 'container-exec-failed', 'user-code'],
  ];
  it.each(cases)('%s', (_name, id, rule, cause) => {
    expect(readGrammar(real(id))).toContainEqual(expect.objectContaining({ rule, cause }));
  });

  it('reads a connection failure to another host as the network, weakly', () => {
    // pypa/pip#7849: pip inside a container that cannot reach PyPI.
    const pip = "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ConnectTimeoutError(<pip._vendor.urllib3.connection.VerifiedHTTPSConnection object at 0x7f398570bf98>, 'Connection to pypi.org timed out. (connect timeout=15)')': /simple/pandas/";
    expect(readGrammar(pip)).toContainEqual(expect.objectContaining({ rule: 'connect-other-host', cause: 'vpc' }));
  });

  it('reads a mount failure as the network, the mount stage phrase being all it says', () => {
    expect(readGrammar('ClientError: Unable to mount file system')).toContainEqual(expect.objectContaining({ rule: 'mount-failed', cause: 'vpc', stage: 'network' }));
  });

  it('says an unexplained ClientError is on the job\'s side, and leaves its cause unknown', () => {
    // aws/sagemaker-python-sdk#3693 with the Pipelines wrapper taken off: only the class is left.
    const d = classifyText({ failureReason: 'ClientError: Only the following fields in TrainingJobDefinition are allowed to change' });
    expect(d.cause).toBe('unknown');
    expect(d.summary).toContain("the job's side");
  });

  it('lets a specific phrase outrank the class fallback: the ClientError above is still the trust policy', () => {
    expect(classifyText({ failureReason: real('sdk35-unable-to-assume-role') }).cause).toBe('trust-policy');
  });

  it('says nothing about a loopback server, a file named .csv, or a framework error named like an AWS one', () => {
    expect(readGrammar("requests.exceptions.ConnectionError: HTTPConnectionPool(host='localhost', port=8080): Max retries exceeded with url: /ping")).not.toContainEqual(
      expect.objectContaining({ cause: 'vpc' }),
    );
    expect(readGrammar('ClientError: Data download failed:Could not download s3://b/train.csv (AccessDenied: Access Denied)')).not.toContainEqual(expect.objectContaining({ rule: 'data-format' }));
    expect(readGrammar('tensorflow.python.framework.errors_impl.InvalidArgumentError: Incompatible shapes')).not.toContainEqual(expect.objectContaining({ cause: 'validation' }));
    // Constructed: botocore's form with a code no family knows (S3's PreconditionFailed: a condition
    // the request set did not hold). An AWS error, not the code's own.
    expect(readGrammar('botocore.exceptions.ClientError: An error occurred (PreconditionFailed) when calling the GetObject operation: At least one of the preconditions you specified did not hold')).toEqual([]);
  });
});

describe('round 2 rules: what they leave alone', () => {
  it("reads a choice list inside an AlgorithmError as the code's, not the job configuration", () => {
    // Constructed: the enumerated-values wording as a training script's own ValueError.
    const text = 'AlgorithmError: ExecuteUserScriptError: ValueError: Unknown optimizer: adamw. Valid values: adam, sgd';
    expect(readGrammar(text)).not.toContainEqual(expect.objectContaining({ rule: 'enum-report' }));
    expect(classifyText({ failureReason: text }).cause).toBe('user-code');
  });

  it('reads a KMS key state only beside a key ARN, and the ARN alone as nothing', () => {
    // Constructed from KMS's DisabledException wording.
    expect(readGrammar('arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab is disabled.')).toContainEqual(
      expect.objectContaining({ rule: 'kms-key-state', cause: 'kms' }),
    );
    expect(readGrammar('Using key arn:aws:kms:us-east-1:123456789012:key/1234abcd for the output')).toEqual([]);
  });

  it('reads a missing file as the input only under the channels, /opt/ml/input', () => {
    // Constructed: the same FileNotFoundError for a channel path and for a path of the code's own.
    expect(classifyText({ failureReason: "FileNotFoundError: [Errno 2] No such file or directory: '/opt/ml/input/data/train/train.csv'" }).cause).toBe('data');
    expect(classifyText({ failureReason: real('sdk1791-smdebug-file-not-found') }).cause).toBe('user-code');
  });

  it('reads an exec format error (an image built for another CPU) as the container, not the network', () => {
    // Constructed: runc's wording as Docker prints it.
    expect(readGrammar('standard_init_linux.go:228: exec user process caused: exec format error')).toContainEqual(
      expect.objectContaining({ rule: 'container-exec-failed', cause: 'user-code' }),
    );
  });
});

describe('familyOfCode', () => {
  // Error codes as the AWS API references name them.
  it.each([
    ['ThrottlingException', 'throttling'],
    ['RequestLimitExceeded', 'throttling'],
    ['SlowDown', 'throttling'],
    ['ValidationException', 'validation'],
    ['InvalidParameterValue', 'validation'],
    ['ExpiredTokenException', 'expired-credentials'],
    ['InvalidClientTokenId', 'expired-credentials'],
    ['UnrecognizedClientException', 'expired-credentials'],
    ['ResourceLimitExceeded', 'quota'],
    ['InsufficientInstanceCapacity', 'capacity'],
    ['InternalFailure', 'internal'],
    ['ServiceUnavailable', 'internal'],
    ['NoSuchKey', 'data'],
    ['KMS.DisabledException', 'kms'],
  ])('%s is %s', (code, cause) => {
    expect(familyOfCode(code)?.cause).toBe(cause);
  });

  it('knows nothing of AccessDenied: denials are read by the denial rules, with their request', () => {
    expect(familyOfCode('AccessDenied')).toBeUndefined();
  });
});
