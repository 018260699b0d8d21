import { describe, expect, it } from 'vitest';
import heldOut44 from './fixtures/held-out-44.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Round 44 (course notebooks' saved outputs: the ML engineer projects, capstones, studies): the first pass's
// misses, read by their structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText(heldOut44);

describe("a collective's report under the AlgorithmError class", () => {
  it("SageMaker's data parallel library's timeout says no side, with or without the class", () => {
    expect(causeOf(real('inventory-smddp-collective-timeout-runtimeerror'))).toBe('unknown');
    expect(causeOf(real('inventory-smddp-allgather-timeout-sigabrt-134'))).toBe('unknown');
  });

  it("NCCL's watchdog timeout under the class reads as it does bare", () => {
    const nccl = "[Rank 0] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=4711, OpType=ALLREDUCE, NumelIn=1, NumelOut=1, Timeout(ms)=1800000) ran for 1800421 milliseconds before timing out.";
    expect(causeOf(nccl)).toBe('unknown');
    expect(causeOf(`AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "${nccl}"\nCommand "torchrun --nproc_per_node 8 train.py", exit code: 1`)).toBe('unknown');
  });

  it("another rank's own exception beside it is still the code's", () => {
    const text = "AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage \"[rank1]: KeyError: 'input_ids'\n[Rank 0] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=12, OpType=ALLREDUCE) ran for 1800421 milliseconds before timing out.\"\nCommand \"torchrun train.py\", exit code: 1";
    expect(causeOf(text)).toBe('user-code');
  });
});

describe('single readings of round 44', () => {
  it("a service principal not authorized to assume the provided role is the role's trust", () => {
    expect(causeOf(real('ml-workflow-stepfunctions-createstatemachine-role-not-assumable'))).toBe('trust-policy');
  });

  it("the training toolkit's own traceback failing on a value never given is the job's configuration", () => {
    expect(causeOf(real('operationalizing-boto3-training-no-entry-point-nonetype-endswith'))).toBe('validation');
    // A frame of the customer's script among them: the script's own None.
    const script = "AlgorithmError: framework error: \nTraceback (most recent call last):\n  File \"/opt/conda/lib/python3.6/site-packages/sagemaker_training/trainer.py\", line 85, in train\n    entrypoint()\n  File \"/opt/ml/code/train.py\", line 40, in main\n    name = cfg.model.strip()\nAttributeError: 'NoneType' object has no attribute 'strip'";
    expect(causeOf(script)).toBe('user-code');
  });

  it("a built-in algorithm's server refusing the body against its JSON Schema is the body", () => {
    expect(causeOf(real('studies-deepar-invoke-400-target-not-array-schema'))).toBe('data');
    // The same schema's report of a hyperparameter is still the request's.
    expect(causeOf("ClientError: Additional properties are not allowed (u'silent' was unexpected)\n\nFailed validating u'additionalProperties' in schema")).toBe('validation');
  });
});

describe('an exception Python says it ignored', () => {
  const ignored = [
    'Exception ignored in: <function Pipe.__del__ at 0x7f2c7473e670>',
    'Traceback (most recent call last):',
    '  File "/opt/conda/lib/python3.9/site-packages/webdataset/gopen.py", line 83, in wait_for_child',
    '    raise IOError(f"{self.args}: exit {self.status} (read) {info}")',
    "OSError: (('aws s3 cp s3://bucket/train-shard-000002.tar -',), {'shell': True, 'bufsize': 8192}): exit 1 (read) {}",
    "OSError: (('aws s3 cp s3://bucket/train-shard-000005.tar -',), {'shell': True, 'bufsize': 8192}): exit 1 (read) {}",
  ].join('\n');
  const timeout = "Timeout: A call to 'allGather' has taken over 1800.000000 seconds. Terminating the distributed job.";

  it("is not the code's failure beside a collective's timeout, nor is the same exception printed again", () => {
    expect(causeOf(`${timeout}\n${ignored}`)).toBe('unknown');
  });

  it("an exception the code raised after it is still the code's", () => {
    expect(causeOf(`${ignored}\nTraceback (most recent call last):\n  File "/opt/ml/code/train.py", line 9, in <module>\n    x = batch["label"]\nKeyError: 'label'`)).toBe('user-code');
  });
});
