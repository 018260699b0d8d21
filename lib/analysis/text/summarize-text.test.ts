import { describe, expect, it } from 'vitest';
import { causeOf } from '../test-support/text-readings';
import { classifyText } from '../classify-text';

const summaryOf = (text: string) => classifyText({ failureReason: text }).summary;

// The step names what was refused: a denial of an S3 action the cause's own step does not name is told to grant that action.
describe("the text summary's step for an S3 denial", () => {
  it('grants the denied action, not the one the cause usually needs', () => {
    const deleted = 'ClientError: An error occurred (AccessDenied) when calling the DeleteObject operation: Access Denied';
    expect(causeOf(deleted)).toBe('s3-write');
    expect(summaryOf(deleted)).toContain('grant the execution role s3:DeleteObject on the output (or checkpoint) prefix');
    expect(summaryOf(deleted)).not.toContain('s3:PutObject');
  });

  it('names the bucket for a bucket setting and no resource for the bucket list', () => {
    const location = 'An error occurred (AccessDenied) when calling the GetBucketLocation operation: Access Denied';
    expect(summaryOf(location)).toContain('grant the execution role s3:GetBucketLocation on the input bucket.');
    const list = 'An error occurred (AccessDenied) when calling the ListBuckets operation: Access Denied';
    expect(summaryOf(list)).toContain('s3:ListAllMyBuckets (on "*": it names no bucket)');
  });

  it("keeps the cause's own step for the actions it names", () => {
    const put = 'ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied';
    expect(summaryOf(put)).toContain('grant the execution role s3:PutObject on the output (or checkpoint) prefix');
    const get = 'ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied';
    expect(summaryOf(get)).toContain('s3:ListBucket on the input bucket and s3:GetObject on the input prefix');
  });
});

// A job's hosts that could not reach each other are told to let the security group in from itself, not to route to S3.
describe("the text summary's step for hosts that could not reach each other", () => {
  it('names the security group between the instances for a rank, a store or the launcher that timed out', () => {
    for (const text of [
      'torch.distributed.DistNetworkError: The client socket has timed out after 1800s while trying to connect to (algo-1, 29500).',
      'torch.distributed.DistStoreError: Timed out after 901 seconds waiting for clients. 1/2 clients joined.',
      'Timed out waiting for workers to be reachable.',
    ]) {
      expect(causeOf(text)).toBe('vpc');
      expect(summaryOf(text)).toContain('could not connect its instances to each other');
      expect(summaryOf(text)).toContain('allow all traffic from itself');
    }
  });

  it("keeps the route to AWS's services for a request to one, even on a line a host's stream name heads", () => {
    const sts = '[algo-1-1726108960] botocore.exceptions.ConnectTimeoutError: Connect timeout on endpoint URL: "https://sts.us-east-1.amazonaws.com/"';
    expect(causeOf(sts)).toBe('vpc');
    expect(summaryOf(sts)).toContain('could not reach S3 or another AWS service');
  });
});

describe('the text summary read from the line that decided', () => {
  const summaryOfText = (text: Parameters<typeof classifyText>[0]) => classifyText(text).summary;

  it('names the hosts from the whole line of the match, in a log line or below the first line of the reason', () => {
    expect(summaryOfText({ logLines: [{ stream: 'algo-2', message: '[E socket.cpp:957] [c10d] The client socket has timed out after 1800s while trying to connect to (algo-1, 29500).' }] })).toContain('could not connect its instances to each other');
    expect(summaryOfText({ failureReason: 'AlgorithmError: ExecuteUserScriptError: ExitCode 1 ErrorMessage "raise ChildFailedError(\ntorch.distributed.DistNetworkError: The client socket has timed out after 1800s while trying to connect to (algo-1, 29500)."' })).toContain('could not connect its instances to each other');
  });

  it("keeps the route to AWS for an endpoint that failed below a rank's NCCL error", () => {
    expect(summaryOfText({ failureReason: 'AlgorithmError: ExecuteUserScriptError: ExitCode 1 ErrorMessage "RuntimeError: NCCL error in: ProcessGroupNCCL.cpp:1269, remote process exited\nbotocore.exceptions.EndpointConnectionError: Could not connect to the endpoint URL: "https://s3.us-east-1.amazonaws.com/b/k""' })).toContain('could not reach S3 or another AWS service');
  });

  it('grants an S3 action on the resource the denial named', () => {
    expect(summaryOf('Failed to upload model artifacts to s3://out/model.tar.gz: An error occurred (AccessDenied) when calling the GetBucketLocation operation: User: arn:aws:sts::111122223333:assumed-role/r/s is not authorized to perform: s3:GetBucketLocation on resource: arn:aws:s3:::out because no identity-based policy allows the s3:GetBucketLocation action')).toContain('grant the execution role s3:GetBucketLocation on that bucket.');
  });
});

// The step claims nothing the page may contradict: the logs can be unreadable, and a training job picks no zone of its own.
describe('steps that hold whatever the evidence', () => {
  it('a failure of the code points to its traceback wherever it is, not to logs that may not exist', () => {
    const said = summaryOf('AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "ZeroDivisionError: division by zero"');
    expect(said).toContain('where its traceback says it failed');
    expect(said).not.toContain('the traceback in the logs shows');
  });

  it('a failure on the input data names no stage: the training code reads its data after the input stage', () => {
    const said = summaryOf('AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "ValueError: Input contains NaN, infinity or a value too large for dtype(\'float64\')."');
    expect(causeOf('AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "ValueError: Input contains NaN, infinity or a value too large for dtype(\'float64\')."')).toBe('data');
    expect(said).toContain('failed on its input data');
    expect(said).not.toContain('during the input stage');
  });

  it('a capacity failure offers zones only through the VPC subnets a job is placed by', () => {
    const said = summaryOf('CapacityError: Unable to provision requested ML compute capacity. Please retry using a different ML instance type.');
    expect(said).not.toContain('another instance type or Availability Zone');
    expect(said).toContain("SageMaker places it only through VpcConfig's subnets");
  });
});

describe('the quoted detail', () => {
  it('is cut at a word\u2019s end, not mid-word, and a quota is said once', () => {
    const original = 'ResourceLimitExceeded: An error occurred (ResourceLimitExceeded) when calling the CreateTrainingJob operation: The account-level service limit \'ml.p3.16xlarge for training job usage\' is 2 Instances, with current utilization of 2 Instances and a request delta of 1 Instances. Please use AWS Service Quotas to request an increase for this quota.';
    const said = summaryOf(original);
    expect(said).toMatch(/hit an account quota \("/);
    expect(said).not.toMatch(/\(resource limit\)/);
    const quoted = /\("([^"]*)"\)/.exec(said)?.[1] ?? '';
    expect(quoted.endsWith('...')).toBe(true);
    const kept = quoted.slice(0, -3);
    const at = original.indexOf(kept.slice(-20));
    expect(at).toBeGreaterThanOrEqual(0);
    // The character after the cut is not a letter of the same word.
    expect(original.charAt(at + 20)).toMatch(/[^A-Za-z0-9]/);
  });
});
