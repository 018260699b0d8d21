import { describe, expect, it } from 'vitest';
import heldOut57 from './fixtures/held-out-57.json';
import heldOut58 from './fixtures/held-out-58.json';
import heldOut59 from './fixtures/held-out-59.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 57 (AWS documentation), 58 (issue threads of tools around SageMaker) and 59 (public code and documentation):
// each first-pass miss read by its structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText([...heldOut57, ...heldOut58, ...heldOut59]);

describe("an API reference's error entry", () => {
  it.each([
    ['api-commonerrors-validationerror', 'validation'],
    ['api-invokeendpoint-internaldependency', 'internal'],
  ])('%s reads its code: %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it('reads any code of a family in that layout, and nothing without the status line', () => {
    expect(causeOf('ValidationException\nThe input fails to satisfy the constraints specified by an AWS service.\n\nHTTP Status Code: 400')).toBe('validation');
    expect(causeOf('ServiceQuotaExceededException\nYou have exceeded a service quota.\nHTTP Status Code: 402')).toBe('quota');
    expect(causeOf('InternalDependencyException\nYour request caused an exception with an internal dependency. Contact customer support.')).toBe('internal');
    expect(causeOf('Summary\nThe input is described below.\nHTTP Status Code: 400')).toBe('unknown');
  });
});

describe("the Kubernetes API server's own refusals (HyperPod's EKS clusters)", () => {
  it('a field it validated is the request\'s', () => {
    expect(causeOf(real('doc-hyperpod-taskgov-kueue-crd-storedversions'))).toBe('validation');
    expect(causeOf('Error from server (Invalid): error when creating "job.yaml": PyTorchJob.kubeflow.org "llama" is invalid: [spec.pytorchReplicaSpecs.Worker.replicas: Invalid value: -1: must be >= 0, metadata.name: Required value]')).toBe('validation');
    expect(causeOf('The pod is invalid:\nwe could not decide: Forbidden route')).toBe('unknown');
  });

  it('its 401 is the credentials', () => {
    expect(causeOf(real('agentplugins-hyperpod-eks-kubectl-provide-credentials'))).toBe('expired-credentials');
    expect(causeOf('error: You must be logged in to the server (Unauthorized)')).toBe('expired-credentials');
  });
});

describe('a count at its limit, said as what cannot be had more of', () => {
  it("is Studio's apps quota", () => {
    expect(causeOf(real('doc-studio-classic-unable-start-more-apps'))).toBe('quota');
    expect(causeOf('Unable to create more notebook instances in this account')).toBe('quota');
  });

  it("is not the process's own resources, a comparison, or an exception the code raised", () => {
    expect(causeOf('Cannot create more threads for the data loader workers')).not.toBe('quota');
    expect(causeOf('could not start more than two training jobs')).not.toBe('quota');
    expect(causeOf('ValueError: cannot add more than 3 layers')).toBe('user-code');
    expect(causeOf('Traceback (most recent call last):\n  File "/opt/ml/code/train.py", line 3\nRuntimeError: Unable to start more workers than cpus')).toBe('user-code');
  });
});

describe('a file missing from an S3 location, the requested instances not provisioned, the network said misconfigured', () => {
  it.each([
    ['doc-hyperpod-event-slurm-provisioning-params-missing', 'data'],
    ['agentplugins-hyperpod-cannot-provision-instances', 'capacity'],
    ['agentplugins-hyperpod-no-subnets-capacity-az', 'vpc'],
    ['agentplugins-hyperpod-bootstrap-network-misconfiguration', 'vpc'],
  ])('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it('reads the same structures in other words, and not a local file or a collective report', () => {
    expect(causeOf('No model.tar.gz file found in the S3 path s3://bkt/models/')).toBe('data');
    expect(causeOf('Failed to provision requested nodes for instance group workers')).toBe('capacity');
    expect(causeOf('No route tables found for subnet subnet-0abc')).toBe('vpc');
    expect(causeOf('No config.yaml found in the current directory')).not.toBe('data');
    expect(causeOf('NCCL error in: ProcessGroupNCCL.cpp:1691, unhandled system error\nThis may be due to network misconfiguration or a peer that died')).not.toBe('vpc');
  });
});

describe("a program's own reports", () => {
  it("an argument parser's refusal beside its usage is the program's", () => {
    expect(causeOf(real('tei569-router-unexpected-argument-serve'))).toBe('user-code');
    expect(causeOf('usage: train.py [-h] [--epochs EPOCHS]\ntrain.py: error: unrecognized arguments: --lr 0.1')).toBe('user-code');
    expect(causeOf('Usage: foo\nerror: nothing')).toBe('unknown');
    expect(causeOf('usage: train.py [-h]\ntrain.py: error: unrecognized arguments: --lr 0.1\nRuntimeError: CUDA out of memory. Tried to allocate 2 GiB')).toBe('out-of-memory');
  });

  it("Python's bare Exception is read only as a traceback's last line", () => {
    expect(causeOf(real('wandb-init-exception-problem-sagemaker-ddp'))).toBe('user-code');
    expect(causeOf('Exception: problem')).toBe('unknown');
    expect(causeOf('INFO Exception: none')).toBe('unknown');
  });
});
