import { describe, expect, it } from 'vitest';
import heldOut212 from './fixtures/held-out-212.json';
import heldOut215 from './fixtures/held-out-215.json';
import heldOut217 from './fixtures/held-out-217.json';
import heldOut218 from './fixtures/held-out-218.json';
import heldOut220 from './fixtures/held-out-220.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 212 onward (threads, pages, public code and AWS's own material quoting SageMaker's jobs and endpoints): the first-pass
// misses read by their structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText([...heldOut212, ...heldOut215, ...heldOut217, ...heldOut218, ...heldOut220]);

describe("round 212: SageMaker hosting's own verdicts on the container's answer and the model archive", () => {
  it("reads SageMaker's verdict that the container's answer broke the contract as the serving code's, not an answer in order", () => {
    expect(causeOf(real('r212-dlc4668-async-header-4096'))).toBe('user-code');
    expect(causeOf('Response received from the primary container was larger than 6 MB.')).toBe('user-code');
    expect(causeOf('INFO Response received from the primary container in 35 ms')).toBe('unknown');
  });

  it('reads the archive-extraction stage cut before its URL as the model archive, not another extraction that failed', () => {
    expect(causeOf(real('r212-gptjblog5-extract-model-archive'))).toBe('data');
    expect(causeOf('Failed to extract the model data archive for container "container_1"')).toBe('data');
    expect(causeOf('Failed to extract JSON from the LLM response')).toBe('unknown');
    expect(causeOf('WARNING: Failed to extract model data archive, retrying')).toBe('unknown');
  });
});

describe("round 215: the SDK's own sentence for a version it has no image for, and a payload's data format", () => {
  it('reads the SDK telling its caller to upgrade it as the version argument, also hard-wrapped, and not a warning saying so', () => {
    expect(causeOf(real('r215-smcore241-unsupported-hf-version'))).toBe('validation');
    expect(causeOf('ValueError: Unsupported pytorch version: 3.9. You may need to upgrade your SDK version (pip install -U sagemaker) for newer pytorch versions.')).toBe('validation');
    expect(causeOf('WARNING: You may need to upgrade your SDK version (pip install -U sagemaker)')).toBe('unknown');
  });

  it("reads a request's data format refused as the payload's, and not a line that only names the format", () => {
    expect(causeOf(real('r215-sdk156-tf-serving-unsupported-request-format'))).toBe('data');
    expect(causeOf('ERROR in serving: Unsupported input data format: [[1, 2], [3]]')).toBe('data');
    expect(causeOf('INFO data format is csv')).toBe('unknown');
  });
});

describe("rounds 217 and 218: a built-in algorithm's range check, Clarify's data, the SDK v3's status panel", () => {
  it("reads the algorithm toolkit's sentence for a hyperparameter out of its range without SageMaker's class, not another range", () => {
    expect(causeOf(real('r217-adfraud-hyperparameter-eval-metric-not-in-range'))).toBe('validation');
    expect(causeOf('Hyperparameter num_round: value 0 not in range [1, 1000]')).toBe('validation');
    expect(causeOf('ValueError: port not in range 1-65535')).toBe('user-code');
  });

  it('reads the data a Clarify job was told it must hold under ClientError, and not the sentence alone or a request', () => {
    expect(causeOf(real('r218-dsoa-clarify-explain-data-features'))).toBe('data');
    expect(causeOf(real('r218-dsoa-clarify-bias-dataset-features'))).toBe('data');
    expect(causeOf('Data must contain features.')).toBe('unknown');
    expect(causeOf('ClientError: The request must contain a role ARN')).toBe('unknown');
  });

  it("joins the panel's failure reason wrapped in its value's column, and leaves a row of another column alone", () => {
    expect(causeOf(real('r218-pysdk-v3-nova-sft-too-few-samples'))).toBe('data');
    const head = '╭── Training Job Status ──╮\n│  Job Status            Failed                            │\n';
    const reason = '│  Failure Reason        ClientError: Number of samples 5 out of  │\n';
    expect(causeOf(`${head}${reason}│                        bounds between 32 and inf         │`)).toBe('data');
    expect(causeOf(`${head}${reason}│  Elapsed Time          bounds 643.7s                     │`)).toBe('unknown');
    const quoted = `${head}${reason}│                        bounds between 32 and inf         │`.replace(/^/gm, '> ');
    expect(causeOf(quoted)).toBe('data');
  });

  it("joins a status transition's row with its 'retrying!' wrapped onto a row of its own (the sixty-sixth review)", () => {
    const panel = [
      '│  Failure Reason        AlgorithmError: ExecuteUserScriptError: ExitCode 1 ErrorMessage "RuntimeError: bad shape"  │',
      '│  Status Transitions                                                     │',
      '│    Starting            Insufficient capacity error from EC2 while launching instances,  │',
      '│                        retrying!                                        │',
    ].join('\n');
    expect(causeOf(panel)).toBe('user-code');
  });
});

describe("the sixty-sixth review's mends: the session's readings on a line that went on, and a message wrapped in a log", () => {
  it('does not read the container-answer, SDK-version or range sentences on a warning that went on, nor nginx lower-case words', () => {
    expect(causeOf('[WARN] Response received from the primary container has headers with length greater than 4096 bytes; headers truncated, continuing')).toBe('unknown');
    expect(causeOf('[warn] upstream response received from backend container "app" is larger than proxy_buffer_size, buffering')).toBe('unknown');
    expect(causeOf('WARNING:sagemaker.image_uris:Unsupported pytorch version: 2.5. You may need to upgrade your SDK version (pip install -U sagemaker) for newer pytorch versions. Falling back to 2.4.')).toBe('unknown');
    expect(causeOf('WARNING hyperparameters.py:77] Hyperparameter learning_rate: value 0.5 not in range [0.0001, 0.1], clipping to 0.1')).toBe('unknown');
  });

  it("reads transformers' sentence hard-wrapped before its 'but' alone and with a log after it", () => {
    const wrapped = real('r217-telcoslm-qwen3-architecture-not-recognized');
    expect(causeOf(wrapped)).toBe('validation');
    expect(causeOf(`${wrapped}\n2023-10-16 12:10:12 Failed - Training job failed`)).toBe('validation');
  });
});

describe("the sixty-seventh review's mends: a disk's or a file's failure on a line that went on, AWS's internal error said of a task", () => {
  const keyError = 'Traceback (most recent call last):\n  File "/opt/ml/code/train.py", line 120, in <module>\n    lbl = row["label"]\nKeyError: \'label\'';

  it("reads the code's exception after a warning that a cache write failed for a full disk and was skipped, not the disk", () => {
    expect(causeOf(`WARNING: cache write failed (No space left on device); skipping cache\n${keyError}`)).toBe('user-code');
    expect(causeOf(`WARNING: No space left on device while writing the cache\n${keyError}`)).toBe('disk-space');
    expect(causeOf('PytorchStreamWriter failed writing file data/17: file write failed')).toBe('unknown');
  });

  it('reads AWS telling the caller to retry an internal error it met while doing a task, as without the task', () => {
    expect(causeOf('An internal error occurred while creating the endpoint. Please try again later.')).toBe('internal');
    expect(causeOf('An internal error occurred. Please try again later.')).toBe('internal');
  });
});

describe("round 220: a handler's except clause, the warm pool's notice on a failed job, the schema library's report", () => {
  it("does not read a decoder's class named in an except clause of the code a traceback shows, and reads the decoder's error", () => {
    expect(causeOf(real('r220-qingyuan18-bloomz-deepspeed-config-base64'))).toBe('user-code');
    expect(causeOf('    except (UnicodeDecodeError, AttributeError):\nValueError: Expected a string path to an existing deepspeed config')).toBe('user-code');
    expect(causeOf("UnicodeDecodeError: 'utf-8' codec can't decode byte 0x89 in position 0: invalid start byte")).toBe('data');
  });

  it("reads the warm pool's notice on a failed job's status line as weaker than the job's own failure", () => {
    expect(causeOf(real('r220-qingyuan18-wav2lip-argparse-s5cmd-sync'))).toBe('user-code');
    const notice = '2023-10-20 14:03:21 Failed - Instances not retained as a result of warmpool resource limits being exceeded';
    expect(causeOf(`AlgorithmError: ExecuteUserScriptError:\nExitCode 1\n${notice}`)).toBe('user-code');
  });

  it("reads the schema library's report of a configuration's key as the configuration's", () => {
    expect(causeOf(real('r220-samlexrod-cd0387-clarify-facet-schemaerror'))).toBe('validation');
    expect(causeOf("SchemaError: Key 'label' error:\nNone should be instance of 'str'")).toBe('validation');
  });
});
