import { describe, expect, it } from 'vitest';
import { causeOf } from '../test-support/text-readings';

// A client's log that it is retrying a throttled call is an event the call went on past: the job's own failure,
// said elsewhere, decides. Left by the sixteenth and twenty-fourth reviews as a known weakness (a Terraform DEBUG
// line's "Rate exceeded" outranked the job's capacity or OOM reason), read since.
const FAILED_OOM =
  'UnexpectedStatusException: Error for Training job x: Failed. Reason: AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "RuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB"';
const FAILED_CAPACITY =
  "Error: waiting for SageMaker Training Job (x) to complete: unexpected state 'Failed', wanted target 'Completed'. last error: CapacityError: Unable to provision requested ML compute capacity. Please retry using a different ML instance type.";

describe('a throttle a client says it is retrying', () => {
  it.each([
    ['a Terraform DEBUG retry line', '2024-05-02T10:00:00.000Z [DEBUG] Retrying Request: sagemaker/DescribeTrainingJob, attempt 2: ThrottlingException: Rate exceeded', FAILED_CAPACITY, 'capacity'],
    ['a warning that it is retrying', '2024-01-01 WARNING Retrying after ThrottlingException: Rate exceeded', FAILED_OOM, 'out-of-memory'],
    ["a retry delay's words", 'Rate exceeded. Retrying in 2 seconds...', FAILED_OOM, 'out-of-memory'],
    ['a call that will be retried', 'DescribeTrainingJob throttled (Rate exceeded), will retry', 'InternalServerError: We encountered an internal error. Please try again.', 'internal'],
  ])('%s yields to the failure said after it', (_name, retried, failure, cause) => {
    expect(causeOf(`${retried}\n${failure}`)).toBe(cause);
    expect(causeOf(`${failure}\n${retried}`)).toBe(cause);
  });

  it('is still read when nothing else is', () => {
    expect(causeOf('[DEBUG] Retrying Request: sagemaker/CreateTrainingJob, attempt 5: ThrottlingException: Rate exceeded')).toBe('throttling');
  });

  // Go v2's retry quota is the client's own budget for retrying, spent by whatever failed: it names no throttle and
  // no account quota, and a failure said beside it decides.
  it("leaves the AWS SDK for Go v2's retry quota to the failure beside it, and unread alone", () => {
    const goRetryQuota = 'operation error S3: GetObject, failed to get rate limit token, retry quota exceeded, 0 available, 5 requested';
    expect(causeOf(goRetryQuota)).toBe('unknown');
    expect(causeOf(`Error: creating SageMaker Endpoint (x): ${goRetryQuota.replace('S3: GetObject', 'SageMaker: CreateEndpoint')}`)).toBe('unknown');
    expect(causeOf(`${goRetryQuota}\n${FAILED_OOM}`)).toBe('out-of-memory');
    expect(causeOf('ResourceLimitExceeded: The account-level service limit ml.p3.2xlarge for training job usage is 0 Instances')).toBe('quota');
    expect(causeOf('Service quota exceeded for ml.g5.xlarge for training job usage')).toBe('quota');
  });

  it('is read when the retries ran out', () => {
    const generic = 'UnexpectedStatusException: Error for Training job x: Failed. Reason: AlgorithmError: See job logs for more information';
    expect(causeOf('Retrying Request: sagemaker/CreateTrainingJob, attempt 2: ThrottlingException: Rate exceeded\nbotocore.exceptions.ClientError: An error occurred (ThrottlingException) when calling the CreateTrainingJob operation (reached max retries: 4): Rate exceeded')).toBe('throttling');
    expect(causeOf(`Rate exceeded, retrying: giving up after 5 attempts\n${generic}`)).toBe('throttling');
    expect(causeOf(`ThrottlingException: Rate exceeded. Failed after retrying 10 times\n${generic}`)).toBe('throttling');
  });

  it("a retried line of another kind does not hide the job's throttle", () => {
    const pip = "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError'";
    expect(causeOf(`${pip}\nClientError: An error occurred (ThrottlingException) when calling the CreateTrainingJob operation: Rate exceeded`)).toBe('throttling');
  });
});

describe('what the twenty-sixth review found the latest readings reached too far for', () => {
  // The reviewer's texts (constructed), each read right or unknown before the readings it tried. A throttle whose
  // retries ran out (tenacity's RetryError, the last of its numbered attempts, a retry quota exhausted) is what failed;
  // only the lines that carry a retried throttle are passed over; capacity is a shortage that passes with time; a
  // bare bash line with set -u's report is the script's; CPU and soft limits are not quotas.
  it.each([
    ["r05-tenacity-retryerror-after-throttles", "WARNING:pipelines.monitor:Retrying pipelines.monitor.wait_for_job in 4.0 seconds as it raised ClientError: An error occurred (ThrottlingException) when calling the DescribeTrainingJob operation: Rate exceeded.\nWARNING:pipelines.monitor:Retrying pipelines.monitor.wait_for_job in 8.0 seconds as it raised ClientError: An error occurred (ThrottlingException) when calling the DescribeTrainingJob operation: Rate exceeded.\nTraceback (most recent call last):\n  File \"/opt/venv/lib/python3.11/site-packages/tenacity/__init__.py\", line 478, in __call__\n    result = fn(*args, **kwargs)\n  File \"/home/runner/work/ml/pipelines/monitor.py\", line 61, in main\n    wait_for_job(name)\ntenacity.RetryError: RetryError[<Future at 0x7f3a1c2b9d50 state=finished raised ClientError>]", "throttling"],
    ["r12-retrying-5of5-then-generic-raise", "2024-06-03 11:05:02 WARNING submit: ThrottlingException: Rate exceeded calling CreateTrainingJob - retrying (attempt 5 of 5)\nTraceback (most recent call last):\n  File \"/home/runner/work/ml/submit.py\", line 77, in <module>\n    submit(cfg)\n  File \"/home/runner/work/ml/submit.py\", line 52, in submit\n    raise RuntimeError(\"could not submit training job\")\nRuntimeError: could not submit training job", "throttling"],
    ["r13-s3-slowdown-retrying-quota-exhausted", "upload failed: ./ckpt/model-00001-of-00004.safetensors to s3://ml-artifacts/llama/ckpt/model-00001-of-00004.safetensors An error occurred (SlowDown) when calling the UploadPart operation: Please reduce your request rate. Retrying failed: retry quota exhausted\nTraceback (most recent call last):\n  File \"/opt/ml/code/save.py\", line 33, in <module>\n    sync_checkpoints()\n  File \"/opt/ml/code/save.py\", line 21, in sync_checkpoints\n    raise SystemExit(\"checkpoint sync failed\")\nSystemExit: checkpoint sync failed", "throttling"],
    ["r24-stopped-retrying-then-timeouterror", "2024-06-03 11:07:44 ERROR pipeline_runner: DescribePipelineExecution throttled (ThrottlingException: Rate exceeded); stopped retrying after 300s\nTraceback (most recent call last):\n  File \"/home/runner/work/ml/pipelines/run.py\", line 88, in <module>\n    wait_for(execution)\n  File \"/home/runner/work/ml/pipelines/run.py\", line 51, in wait_for\n    raise TimeoutError(\"pipeline status unavailable\")\nTimeoutError: pipeline status unavailable", "throttling"],
    ["c02-code-device-check-use-different-instance-type", "Traceback (most recent call last):\n  File \"/opt/ml/code/train.py\", line 18, in <module>\n    device = pick_device()\n  File \"/opt/ml/code/utils.py\", line 9, in pick_device\n    raise SystemExit(msg)\nSystemExit: No GPUs available on this host. Please use a different instance type (e.g. ml.g5.2xlarge) or pass --device cpu.", "user-code"],
    ["c07-grpc-no-hosts-try-later", "grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.UNAVAILABLE\n\tdetails = \"no hosts available for feature-store.internal:50051; try again later\"\n\tdebug_error_string = \"UNKNOWN:Error received from peer  {grpc_status:14}\"\n>", "unknown"],
    ["c04-node-pool-try-again", "Error: No nodes available in node pool gpu-a100 at the moment. Try again later or choose a different instance type.", "capacity"],
    ["b01-bare-unbound-variable", "line 8: SM_CHANNEL_TRAINING: unbound variable", "user-code"],
    ["q01-cpu-limits-throttled-then-backoff", "Events:\n  Type     Reason                Age   From            Message\n  ----     ------                ----  ----            -------\n  Warning  CPUThrottlingHigh     3m    prometheus      container trainer exceeded its CPU limits (throttled 87.4% of periods)\n  Warning  BackoffLimitExceeded  1m    job-controller  Job has reached the specified backoff limit", "unknown"],
    ["q04-ulimit-soft-limits-then-too-many-files", "WARNING: process exceeded its soft limits for open files (nofile=1024); raise ulimit -n\nTraceback (most recent call last):\n  File \"/opt/ml/code/train.py\", line 140, in <module>\n    for batch in loader:\nOSError: [Errno 24] Too many open files", "user-code"],
    ["x4-oom-retrying-plus-throttle-plus-srun", "[auto-resume] torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 4.00 GiB. Job will be retried\n[monitor] ThrottlingException: Rate exceeded, retrying\nsrun: error: ip-10-1-40-12: task 0: Exited with exit code 1", 'out-of-memory'],
  ])('%s', (_id, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });
});
