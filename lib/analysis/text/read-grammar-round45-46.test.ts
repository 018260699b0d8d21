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
  it('"Out Of Disk" as an error, and out of disk space or quota, are the disk', () => {
    expect(causeOf(real('graphstorm354-sagemaker-out-of-disk-large-graph'))).toBe('disk-space');
    expect(causeOf('OSError: Out of disk space while writing /opt/ml/checkpoints/step_4000/pytorch_model.bin')).toBe('disk-space');
    expect(causeOf('Error: out of disk quota on /home/sagemaker-user')).toBe('disk-space');
    expect(causeOf('ERROR: worker algo-2 is out of disk\nTraining job failed.')).toBe('disk-space');
    expect(causeOf('checkpoint save failed (ran out of disk)')).toBe('disk-space');
    expect(causeOf('OSError: not enough free disk space to extract the shards')).toBe('disk-space');
  });

  it('what is read "out of disk" is not, nor a lack of space a writer ruled out (the twenty-first review)', () => {
    expect(causeOf('Out of distribution samples found: 12')).toBe('unknown');
    expect(causeOf('the checkpoint is not out of disk.')).not.toBe('disk-space');
    expect(causeOf('loading shard 3 out of disk: cache miss')).not.toBe('disk-space');
    expect(causeOf('used 45G out of disk, 55G free')).not.toBe('disk-space');
    expect(causeOf('The dataset is larger than RAM, so it is read out of disk on every epoch; training is slow and the job hits MaxRuntimeInSeconds.')).not.toBe('disk-space');
    expect(causeOf('The gp2 volume was running out of disk I/O burst credits, so reading the shards slowed to 3 MB/s and the job hit MaxRuntimeInSeconds.')).not.toBe('disk-space');
    expect(causeOf('We ruled out a lack of disk space (df -h shows 70% free on /opt/ml) but the training job still stops after epoch 3 with no error in the logs.')).toBe('unknown');
    const warned =
      'WARNING: lack of disk space may slow down checkpointing\nTraceback (most recent call last):\n  File "/opt/ml/code/train.py", line 88, in <module>\n    outputs = model(**batch)\nRuntimeError: CUDA out of memory. Tried to allocate 1.50 GiB (GPU 0; 22.20 GiB total capacity; 20.01 GiB already allocated)';
    expect(causeOf(warned)).toBe('out-of-memory');
  });
});

describe('an IAM action said lacked in words', () => {
  it('"does not have kms:Decrypt access to the key" is a remark as often as a refusal (read, then taken back after the twenty-second review)', () => {
    expect(causeOf(real('cdk12810-sfn-train-task-role-no-kms-decrypt'))).toBe('unknown');
    const remark =
      "Training fails with a KeyError. The role does not have s3:PutObject access to the data bucket, but the job only reads from it.\nTraceback (most recent call last):\n  File \"/opt/ml/code/train.py\", line 12, in <module>\n    COLS = {k: v for k, v in CONFIG['rename'].items()}\nKeyError: 'rename'";
    expect(causeOf(remark)).toBe('user-code');
    // The permission form stays a denial naming its action, a time clause before it too.
    const when = 'Deploy step failed when creating model m-1 - the execution role does not have ecr:GetDownloadUrlForLayer permission for the image';
    expect(causeOf(when)).toBe('ecr');
    expect(actionOf(when)).toBe('ecr:GetDownloadUrlForLayer');
  });

  it('"permission to perform <action>" names the action the denial refused', () => {
    const text = "You don't have permission to perform s3:PutObject on this bucket";
    expect(causeOf(text)).toBe('s3-write');
    expect(actionOf(text)).toBe('s3:PutObject');
    expect(actionOf('The role does not have permission to perform ecr:BatchGetImage')).toBe('ecr:BatchGetImage');
  });

  it('a condition is advice, not a refusal; an action the role is told it also needs is a hint (the twenty-first review)', () => {
    expect(causeOf('If your role does not have kms:Decrypt permission for the key, the job will fail. How do I check which permissions the role needs?')).toBe('unknown');
    const hint = 'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied. Note: the role also needs to perform s3:GetObject on the input prefix.';
    expect(causeOf(hint)).toBe('s3-write');
    expect(actionOf(hint)).toBe('s3:PutObject');
    expect(causeOf('ClientError: Artifact upload failed: Access Denied. Make sure the role is allowed to perform s3:ListBucket on the bucket as well as write to it.')).toBe('s3-write');
    expect(actionOf('AccessDenied: You don\'t have permission to perform s3:PutObject on this bucket')).toBe('s3:PutObject');
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

  it("a shell's line above the failure is a log's noise, not the cause (the twenty-first review)", () => {
    expect(causeOf('sh: 1: lsb_release: not found\nalgo-2:112:140 [0] NCCL INFO NET/Socket : Using [0]eth0:10.0.1.12<0>\nalgo-2:112:140 [0] include/socket.h:409 NCCL WARN Net : Connect to 10.0.1.11<54321> failed : Connection refused')).toBe('unknown');
    expect(causeOf('sh: 1: lsb_release: not found\nWorker algo-2 stopped sending heartbeats; the training job was stopped.')).toBe('unknown');
    // An exception's name or a fault in other words after it (the twenty-second review).
    expect(causeOf('bash: line 1: nvidia-smi: command not found\nalgo-1: starting rank 0\nConnection reset by peer')).toBe('unknown');
    // The driver's line is read by what it says since round 102 (the image's CUDA newer than the instance's driver, the
    // container's own failure): the diagnosis quotes it, not the shell's line.
    const driver = classifyText({ failureReason: 'sh: 1: lsb_release: not found\nCUDA driver version is insufficient for CUDA runtime version' });
    expect(driver.summary).toContain('CUDA driver version is insufficient');
    expect(driver.summary).not.toContain('lsb_release');
  });

  it("bash out of memory, or a channel's directory missing, is read by what it says", () => {
    expect(causeOf('/opt/ml/code/run.sh: line 9: xmalloc: cannot allocate 2147483648 bytes (110592 bytes allocated)')).toBe('out-of-memory');
    expect(causeOf('/opt/ml/code/entry.sh: line 5: cd: /opt/ml/input/data/training: No such file or directory')).toBe('data');
    expect(causeOf("ls: cannot access '/opt/ml/input/data/train': No such file or directory")).toBe('data');
    // 2^64 - 1 bytes is a negative size, a defect, not memory running out (the twenty-second review).
    expect(causeOf('/opt/ml/code/run.sh: line 9: xmalloc: cannot allocate 18446744073709551615 bytes (110592 bytes allocated)')).not.toBe('out-of-memory');
    // The processing job's own code location and a directory the script creates are the code's.
    expect(causeOf('bash: line 1: cd: /opt/ml/processing/input/code/src: No such file or directory')).not.toBe('data');
    expect(causeOf("mkdir: cannot create directory '/opt/ml/input/data/train/cache': No such file or directory")).not.toBe('data');
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

  it("under the customer's class, and from Clarify's analyzer down, it is the same (the twenty-first review)", () => {
    const frames =
      '  File "/usr/local/lib/python3.7/site-packages/smclarify/bias/report.py", line 294, in _categorical_metric_call_wrapper\n    group_variable=group_variable,\n  File "/usr/local/lib/python3.7/site-packages/smclarify/bias/metrics/common.py", line 80, in CDD\n';
    expect(causeOf(`ClientError: Traceback (most recent call last):\n${frames}    raise ValueError("Group variable is empty or not provided")\nValueError: Group variable is empty or not provided`)).toBe('validation');
    const analyzer = '  File "/usr/local/lib/python3.9/site-packages/analyzer/bias/bias_analyzer.py", line 120, in run\n    report = bias_report(df, facet, label, stage_type, group_variable=group)\n';
    expect(causeOf(`Traceback (most recent call last):\n${analyzer}${frames}    raise ValueError("Group variable is empty or not provided")\nValueError: Group variable is empty or not provided`)).toBe('validation');
    // A None met inside Clarify is its data's or its own defect; a value "not set before the deadline" is not a setting.
    expect(causeOf(`Traceback (most recent call last):\n${frames}    unique_groups = np.unique(group_variable.values)\nAttributeError: 'NoneType' object has no attribute 'values'`)).not.toBe('validation');
    expect(causeOf(`Traceback (most recent call last):\n${frames}    raise RuntimeError(f"worker {i} result was not set before the deadline")\nRuntimeError: worker 3 result was not set before the deadline`)).not.toBe('validation');
  });

  it('"not provided" said elsewhere than the traceback\'s end is not the setting', () => {
    const text =
      'INFO group variable was not provided, using none\nTraceback (most recent call last):\n  File "/usr/local/lib/python3.7/site-packages/smclarify/bias/report.py", line 294, in x\n    y()\n  File "/usr/local/lib/python3.7/site-packages/smclarify/bias/metrics/common.py", line 80, in CDD\n    raise ValueError("Facet column has a single value")';
    expect(causeOf(text)).toBe('user-code');
  });
});

describe('a caller said to be rate limited (read after round 45, taken back after the twenty-first review)', () => {
  it('says too little of whose rate: a hub, GitHub, PyPI or an S3 prefix as often as an AWS API', () => {
    expect(causeOf(real('airflow16299-list-training-jobs-rate-limited'))).toBe('unknown');
    expect(causeOf('pip install git+https://github.com/huggingface/peft.git failed: remote: You have been rate limited by GitHub. Please wait a few minutes before you try again.')).not.toBe('throttling');
    expect(causeOf('Note: PUT requests to a single S3 prefix are rate limited to 3,500 per second.')).toBe('unknown');
  });
});
