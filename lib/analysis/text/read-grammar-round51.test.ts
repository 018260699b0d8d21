import { describe, expect, it } from 'vitest';
import heldOut51 from './fixtures/held-out-51.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Round 51 (notebooks' saved output cells in repositories no round cited): the first pass's misses, read by
// their structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText(heldOut51);

describe('a limit said exceeded in the plural', () => {
  it("SageMaker's warm pool over its resource limits is a quota", () => {
    expect(causeOf(real('nb-gonsoomoon-fsx-warmpool-limit-not-retained'))).toBe('quota');
    expect(causeOf('The request failed because the account quotas for ml.g5.xlarge were exceeded.')).toBe('quota');
  });

  it("limits that are another condition's are still not a quota", () => {
    expect(causeOf('Container memory limits exceeded, the process was killed')).not.toBe('quota');
    expect(causeOf('API rate limits exceeded for the ListTrainingJobs operation')).not.toBe('quota');
    expect(causeOf('time limits exceeded while waiting for the endpoint')).not.toBe('quota');
  });
});

describe("botocore's missing profile", () => {
  it('is the credentials, as NoCredentialsError is', () => {
    expect(causeOf(real('nb-petersiemen-profile-not-found'))).toBe('expired-credentials');
    expect(causeOf('botocore.exceptions.ProfileNotFound: The config profile (default) could not be found')).toBe('expired-credentials');
  });

  it('another profile that was not found is not', () => {
    expect(causeOf('ValueError: Profile not found in the model registry: churn-v2')).not.toBe('expired-credentials');
  });
});

describe('what the twenty-fifth review found the round 50 and 51 readings reached too far for', () => {
  // The reviewer's texts (constructed), each read right or unknown before these rounds' readings.
  it.each([
    ["n02-launcher-then-ecc", "nohup: failed to run command 'dcgmi': No such file or directory\n[rank3]: RuntimeError: CUDA error: uncorrectable ECC error encountered\n[rank3]: CUDA kernel errors might be asynchronously reported at some other API call, so the stacktrace below might be incorrect.", "internal"],
    ["n03-launcher-then-fallen-off-bus", "nohup: failed to run command 'dcgmi': No such file or directory\n[  812.331] NVRM: Xid (PCI:0000:a0:1c): 79, pid=4121, name=python, GPU has fallen off the bus.\n[  812.332] NVRM: GPU 0000:a0:1c.0: GPU has fallen off the bus.", "internal"],
    ["n05-launcher-then-nccl-system", "timeout: failed to run command ‘nvidia-smi’: No such file or directory\ntorch.distributed.DistBackendError: NCCL error in: ../torch/csrc/distributed/c10d/ProcessGroupNCCL.cpp:1970, unhandled system error (run with NCCL_DEBUG=INFO for details), NCCL version 2.20.5\nncclSystemError: System call (e.g. socket, malloc) or external library call failed or device error.", "unknown"],
    ["n06-launcher-then-tgi-download", "/usr/bin/env: ‘python\\r’: No such file or directory\n2024-05-14T09:10:02.114Z ERROR download: text_generation_launcher: Download encountered an error:\nError: DownloadError", "model-download"],
    ["n09-launcher-then-watchdog", "nohup: failed to run command 'dcgmi': No such file or directory\n[rank0]:[E514 09:11:52.123456 ProcessGroupNCCL.cpp:607] [Rank 0] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=1203, OpType=ALLREDUCE, NumelIn=262144000, NumelOut=262144000, Timeout(ms)=600000) ran for 600083 milliseconds before timing out.", "unknown"],
    ["n11-launcher-then-internal-retry", "timeout: failed to run command ‘nvidia-smi’: No such file or directory\nClientError: Internal error. Please try again.", "internal"],
    ["b03-cut-heredoc-warning", "line 12: warning: here-document at line 5 delimited by end-of-file (wanted `EOF')\n2024-05-14 09:12:44 Uploading - Uploading generated training model\n2024-05-14 09:12:55 Failed - Training job failed", "unknown"],
    ["b04-cut-ulimit-warning", "line 2: ulimit: max locked memory: cannot modify limit: Operation not permitted\n2024-05-14 09:12:44 Uploading - Uploading generated training model\n2024-05-14 09:12:55 Failed - Training job failed", "unknown"],
    ["b14-cut-missing-input-file", "line 3: /opt/ml/input/data/train/manifest.txt: No such file or directory\n2024-05-14 09:12:44 Uploading - Uploading generated training model\n2024-05-14 09:12:55 Failed - Training job failed", "data"],
    ["c05-warmpool-then-keyerror", "2024-05-14 09:00:10 Completed - Instances not retained as a result of warmpool resource limits being exceeded\nTraining seconds: 107\nBillable seconds: 107\n2024-05-14 09:09:44 Failed - Training job failed\nUnexpectedStatusException: Error for Training job xgb-warm-2: Failed. Reason: AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage \"KeyError: 'label'\"", "user-code"],
    ["c08-preflight-zero-quotas-then-user", "[preflight] Checked 14 service quotas: 0 quotas exceeded\nTraceback (most recent call last):\n  File \"/opt/ml/code/train.py\", line 51, in <module>\n    loss = criterion(logits, labels)\nValueError: Expected input batch_size (32) to match target batch_size (16).", "user-code"],
    ["d02-requests-invalidschema-s3", "Traceback (most recent call last):\n  File \"/opt/ml/code/inference.py\", line 31, in model_fn\n    r = requests.get(os.environ[\"MODEL_URL\"])\nrequests.exceptions.InvalidSchema: No connection adapters were found for 's3://ml-models-prod/bert/model.tar.gz'", "user-code"],
    ["d14-conda-invalidversionspec", "conda.exceptions.InvalidVersionSpec: Invalid version '3.10.': invalid character(s)\nNotebook Instance Lifecycle Config 'arn:aws:sagemaker:us-east-1:111122223333:notebook-instance-lifecycle-config/conda-env' for Notebook Instance 'arn:aws:sagemaker:us-east-1:111122223333:notebook-instance/dev' failed.", "user-code"],
  ])('%s', (_id, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });
});

describe("what the twenty-fifth review found unread in the same readings' reach", () => {
  it("bash's report of a command killed and make's recipe that exited 137 are memory", () => {
    expect(causeOf('/opt/ml/code/run.sh: line 45:  2817 Killed                  python train.py --epochs 10\n2024-05-14 09:12:55 Failed - Training job failed')).toBe('out-of-memory');
    expect(causeOf('python train.py --config configs/base.yaml\nmake: *** [Makefile:14: train] Error 137')).toBe('out-of-memory');
    expect(causeOf('make: *** [Makefile:14: train] Error 1')).not.toBe('out-of-memory');
  });

  it("BusyBox env's and sudo's launcher failures are the script's", () => {
    expect(causeOf("env: can't execute 'bash': No such file or directory")).toBe('user-code');
    expect(causeOf('sudo: unable to execute /home/ec2-user/SageMaker/setup.sh: No such file or directory')).toBe('user-code');
  });

  it("a quota check that found none exceeded is not a quota, in the singular too", () => {
    expect(causeOf('[preflight] quota check: no limit exceeded\nValueError: Expected input batch_size (32) to match target batch_size (16).')).toBe('user-code');
    expect(causeOf('no service quota exceeded\nTraceback (most recent call last):\n  File "train.py", line 3, in <module>\nKeyError: \'label\'')).toBe('user-code');
    expect(causeOf('Service quota exceeded for ml.p3.2xlarge for training job usage')).toBe('quota');
  });

  it('quotas said exceeded with the words reversed are a quota', () => {
    expect(causeOf('Request rejected: your account has exceeded its service quotas for ml.g5.12xlarge for training job usage.')).toBe('quota');
  });
});
