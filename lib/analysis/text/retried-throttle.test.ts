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
