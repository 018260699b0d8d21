import { describe, expect, it } from 'vitest';
import heldOut45 from './fixtures/held-out-45.json';
import heldOut46 from './fixtures/held-out-46.json';
import { classifyText } from '../classify-text';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 45 (issue threads of repositories around SageMaker) and 46 (stored web pages): the first pass's
// misses, read by their structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText([...heldOut45, ...heldOut46]);
const actionOf = (text: string) => classifyText({ failureReason: text }).deniedRequest?.action;

describe('a full disk in the words users give it', () => {
  it('"Out Of Disk" and "lack of disk space" are the disk', () => {
    expect(causeOf(real('graphstorm354-sagemaker-out-of-disk-large-graph'))).toBe('disk-space');
    expect(causeOf(real('graphstorm309-default-volume-lack-of-disk-space'))).toBe('disk-space');
    expect(causeOf('OSError: not enough free disk space to extract the shards')).toBe('disk-space');
  });

  it('other things "out of" are not', () => {
    expect(causeOf('Out of distribution samples found: 12')).toBe('unknown');
    expect(causeOf('Warning: lack of samples in class 3')).toBe('unknown');
  });
});

describe('an IAM action said lacked in words', () => {
  it('"does not have kms:Decrypt access to the key" is a KMS denial of that action', () => {
    expect(causeOf(real('cdk12810-sfn-train-task-role-no-kms-decrypt'))).toBe('kms');
    expect(actionOf(real('cdk12810-sfn-train-task-role-no-kms-decrypt'))).toBe('kms:Decrypt');
  });

  it('"permission to perform <action>" names the action the denial refused', () => {
    const text = "You don't have permission to perform s3:PutObject on this bucket";
    expect(causeOf(text)).toBe('s3-write');
    expect(actionOf(text)).toBe('s3:PutObject');
    expect(actionOf('The role does not have permission to perform ecr:BatchGetImage')).toBe('ecr:BatchGetImage');
  });

  it('access that is not an IAM action is not a denial, and a denial naming no action names none', () => {
    expect(causeOf('The endpoint does not have Internet access to huggingface.co')).toBe('unknown');
    const vague = "AccessDenied: You don't have permission to perform this action";
    expect(causeOf(vague)).toBe('other-permission');
    expect(actionOf(vague)).toBeUndefined();
  });
});

describe("a shell's report of a script's failing line", () => {
  it("bash's and dash's forms are the script's own failure", () => {
    expect(causeOf(real('optuna-blog4-lifecycle-oncreate-cd-sagemaker'))).toBe('user-code');
    expect(causeOf('/opt/ml/code/run.sh: line 12: python3: command not found')).toBe('user-code');
    expect(causeOf('sh: 1: nvidia-smi: not found')).toBe('user-code');
  });

  it("what the failing command said still decides when it says more", () => {
    expect(causeOf('train.sh: line 4: aws: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied')).toBe('s3-read');
    expect(causeOf('entry.sh: line 9: echo: write error: No space left on device')).toBe('disk-space');
  });

  it("an exception's name before \"line\" is a parser's position, not a shell", () => {
    expect(causeOf('JSONDecodeError: line 3: column 5: bad')).toBe('unknown');
    expect(causeOf('Error: line 3: expected value')).toBe('unknown');
  });
});

describe('a line continued with a backslash', () => {
  it("containerd's ECR reference, broken over lines with \" \\\", is one line", () => {
    expect(causeOf(real('pengfyi-containerd-private-ecr-not-found'))).toBe('ecr');
  });

  it('a backslash ending a path with no space before it is not a continuation', () => {
    expect(causeOf('Saving to C:\\data\\\nout.csv failed: not found')).toBe('unknown');
  });
});

describe("SageMaker Clarify's own traceback raising that a setting was not given", () => {
  it("is the analysis configuration's, with or without a log around it", () => {
    expect(causeOf(real('examples1974-clarify-group-variable-empty'))).toBe('validation');
    expect(causeOf(`${real('examples1974-clarify-group-variable-empty')}\n2021-02-01 10:00:00 Failed - Processing job failed`)).toBe('validation');
  });

  it("a frame of the customer's code among them keeps it the code's", () => {
    const text =
      'Traceback (most recent call last):\n  File "/opt/ml/processing/code/run.py", line 3, in <module>\n    main()\n  File "/usr/local/lib/python3.7/site-packages/smclarify/bias/report.py", line 294, in x\n    raise ValueError("Group variable is empty or not provided")';
    expect(causeOf(text)).toBe('user-code');
  });

  it('"not provided" said elsewhere than the traceback\'s end is not the setting', () => {
    const text =
      'INFO group variable was not provided, using none\nTraceback (most recent call last):\n  File "/usr/local/lib/python3.7/site-packages/smclarify/bias/report.py", line 294, in x\n    y()\n  File "/usr/local/lib/python3.7/site-packages/smclarify/bias/metrics/common.py", line 80, in CDD\n    raise ValueError("Facet column has a single value")';
    expect(causeOf(text)).toBe('user-code');
  });
});

describe('a caller said to be rate limited', () => {
  it('is throttled', () => {
    expect(causeOf(real('airflow16299-list-training-jobs-rate-limited'))).toBe('throttling');
    expect(causeOf('The SageMaker client was rate-limited by DescribeTrainingJob')).toBe('throttling');
  });

  it('a rate-limited thing named is not', () => {
    expect(causeOf('Using a rate-limited queue for uploads')).toBe('unknown');
  });
});
