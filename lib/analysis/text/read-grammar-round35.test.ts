import { describe, expect, it } from 'vitest';
import heldOut35 from './fixtures/held-out-35.json';
import { causeOf, fixtureText } from '../test-support/text-readings';
import { readObservations } from './read-observations';

// Round 35 of the held-out texts (held-out-35.json, SageMaker and HyperPod failure texts quoted in Korean
// workshop and sample repositories: daekeun-ml/aws-ai-infra-helper's HyperPod EKS guides, gonsoomoon-ml's
// SageMaker Pipelines, LLM and recommendation workshops): the misses of the first pass, read by their
// structure, then the same structure in other wordings (constructed, not copied from a source) and its limits.
const real = fixtureText(heldOut35);
const observed = (text: string): string[] => readObservations({ failureReason: text }).map((o) => o.rule);

describe('round 35 readings, on the texts they were written for', () => {
  it.each([
    ['aiinfrahelper-eks-training-failedscheduling-cpu-memory'],
    ['aiinfrahelper-eks-inference-failedscheduling-no-node-count'],
  ])("reads the scheduler's FailedScheduling report without its counts as the cluster's capacity, not a process out of memory (%s)", (id) => {
    expect(causeOf(real(id))).toBe('capacity');
    expect(observed(real(id))).toContain('scheduler-insufficient-resource');
  });

  it('reads an update refused because it changes nothing as the request\'s', () => {
    expect(causeOf(real('aiinfrahelper-hyperpod-update-cluster-no-changes'))).toBe('validation');
  });

  it('reads an S3 object the service cannot find, named before its key, as the data missing', () => {
    expect(causeOf(real('pipelinesstepbystep-register-cannot-find-s3-object'))).toBe('data');
  });

  it.each([
    ['aiinfrahelper-eks-training-kubectl-unauthorized-expired-token', 'expired-credentials'],
    ['aiinfrahelper-eks-training-crashloop-transformers-module', 'user-code'],
    ['aiinfrahelper-eks-inference-conversion-webhook-no-endpoints', 'unknown'],
    ['aiinfrahelper-eks-inference-fsx-csi-driver-not-registered', 'unknown'],
    ['aiinfrahelper-eks-inference-aws-cni-assign-ip-failed', 'unknown'],
    ['aiinfrahelper-eks-inference-test-pod-no-module-requests', 'user-code'],
    ['korllm-deepspeed-install-requirements-error', 'user-code'],
    ['ncf-start-pipeline-execution-parameter-not-in-definition', 'validation'],
  ])('keeps the first pass on the texts it read as labelled (%s)', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });
});

describe('round 35 readings in other wordings', () => {
  it.each([
    ['a pod event line, GPUs short, no counts', 'Warning  FailedScheduling  12s  default-scheduler  0/4 nodes are available: Insufficient nvidia.com/gpu.'],
    ['the reason alone, memory short', 'FailedScheduling: Insufficient memory'],
    ['the reason with a count', 'Reason: FailedScheduling, 3 Insufficient vpc.amazonaws.com/efa'],
  ])("the scheduler's report named by its reason (%s): capacity", (_name, text) => {
    expect(causeOf(text)).toBe('capacity');
  });

  it.each([
    ['under the service code', 'botocore.exceptions.ClientError: An error occurred (ValidationException) when calling the UpdateCluster operation: Unable to update cluster as there are no changes.'],
    ['cannot, because, no updates', 'Cannot update the endpoint because there were no updates in the request'],
    ['failed to, since', 'Failed to update inference component since there is no changes to apply'],
  ])('an update refused because it changes nothing (%s): validation', (_name, text) => {
    expect(causeOf(text)).toBe('validation');
  });

  it.each([
    ['could not, a key', 'ClientError: Could not find S3 key: prefix/train/data.csv in bucket my-bucket.'],
    ['unable to, the object', 'Unable to find the S3 object s3://bucket/model/model.tar.gz'],
  ])('an S3 object named before its key and not found (%s): data', (_name, text) => {
    expect(causeOf(text)).toBe('data');
  });
});

describe('round 35 readings at their limits', () => {
  it.each([
    ['a host, no scheduler', 'Insufficient memory on this host to start the worker'],
    ['a Java heap', 'java.lang.OutOfMemoryError: insufficient memory for the Java Runtime Environment'],
  ])('"Insufficient memory" without the scheduler\'s reason or node count is not the scheduler\'s report (%s)', (_name, text) => {
    expect(observed(text)).not.toContain('scheduler-insufficient-resource');
    expect(causeOf(text)).toBe('out-of-memory');
  });

  it('a FailedScheduling event for an untolerated taint names no resource short and is not read', () => {
    expect(causeOf('Warning FailedScheduling default-scheduler 0/3 nodes are available: 3 node(s) had untolerated taint {node.kubernetes.io/unreachable: }')).toBe('unknown');
  });

  it.each([
    ['another reason', 'Could not update the endpoint because there is no capacity for ml.p4d.24xlarge', 'capacity'],
    ['two sentences', 'Unable to update cluster. There are no changes', 'unknown'],
    ['a warning line', 'WARNING: unable to update index as there are no changes', 'unknown'],
    ["a script's INFO line", '2024-01-01 12:00:00 INFO Unable to update cluster as there are no changes', 'unknown'],
    ["a script's own raise in a traceback", "Traceback (most recent call last):\n  File \"deploy.py\", line 3, in <module>\n    raise RuntimeError('Unable to update cluster as there are no changes')\nRuntimeError: Unable to update cluster as there are no changes", 'user-code'],
  ])('an update refusal without "no changes" as its reason, or not the service\'s, is not this report (%s)', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });

  it.each([
    ['a bucket policy', 'Cannot find S3 bucket policy for bucket my-bucket'],
    ['credentials', 'Unable to find S3 credentials in the environment'],
  ])('"cannot find S3 …" that is not an object, key, URI, prefix or path is not the data missing (%s)', (_name, text) => {
    expect(causeOf(text)).not.toBe('data');
  });
});
