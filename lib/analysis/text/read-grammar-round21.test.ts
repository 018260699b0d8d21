import { describe, expect, it } from 'vitest';
import heldOut21 from './fixtures/held-out-21.json';
import { causeOf, fixtureText, rulesOf } from '../test-support/text-readings';
import { readObservations } from './read-observations';

// The scheduler's report is a phrase-level rule (rules.ts), read among the observations.
const observed = (text: string): string[] => readObservations({ failureReason: text }).map((o) => o.rule);

// Round 21 of the held-out texts (held-out-21.json, the newer SageMaker surfaces: sagemaker-core's
// FailedStatusError and errors of HyperPod's EKS clusters and jobs): each miss of the first pass, read by
// its structure, then the same structure in other wordings (constructed, not copied from a source) and
// its limits.
const real = fixtureText(heldOut21);

describe('round 21 readings, on the texts they were written for', () => {
  it("reads Kubernetes' scheduler counting nodes short of a resource as the cluster's capacity", () => {
    const text = real('hyperpod-skill-insufficient-cpu');
    expect(observed(text)).toContain('scheduler-insufficient-resource');
    expect(causeOf(text)).toBe('capacity');
  });

  it('reads a combination said to be unsupported with a plural subject as the request', () => {
    const text = real('hyperpod-skill-config-map-auth-mode');
    expect(rulesOf(text)).toContain('unsupported-combination');
    expect(causeOf(text)).toBe('validation');
  });
});

describe("the scheduler's insufficient-resource report in other wordings", () => {
  it.each([
    ['GPUs short on every node', '0/4 nodes are available: 4 Insufficient nvidia.com/gpu.'],
    ['memory short beside a taint', '0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 2 Insufficient memory.'],
    ['an EFA device short, in a pod event', 'Warning  FailedScheduling  default-scheduler  0/2 nodes are available: 2 Insufficient vpc.amazonaws.com/efa. preemption: 0/2 nodes are available'],
    ['Neuron cores short', '0/8 nodes are available: 8 Insufficient aws.amazon.com/neuroncore'],
  ])('%s', (_name, text) => {
    expect(observed(text)).toContain('scheduler-insufficient-resource');
    expect(causeOf(text)).toBe('capacity');
  });
});

describe('an unsupported combination with a plural subject, in other wordings', () => {
  it.each([
    ['instance types for a feature', 'Warm pools are not supported for ml.p5.48xlarge instances in this Region'],
    ['a mode not yet supported', 'Heterogeneous clusters are not yet supported with the MPI launcher'],
  ])('%s', (_name, text) => {
    expect(rulesOf(text)).toContain('unsupported-combination');
    expect(causeOf(text)).toBe('validation');
  });
});

describe('round 21 readings at their limits', () => {
  it('does not read a scheduling refusal that names no resource short as capacity', () => {
    const text = '0/3 nodes are available: 3 node(s) had untolerated taint {sagemaker.amazonaws.com/node-health-status: Unschedulable}.';
    expect(observed(text)).not.toContain('scheduler-insufficient-resource');
  });

  it('does not read "Insufficient" without the scheduler\'s count of nodes', () => {
    expect(observed('Insufficient cpu on this host')).not.toContain('scheduler-insufficient-resource');
  });

  it('leaves the three texts whose words do not say a cause unread', () => {
    for (const id of ['hyperpod-skill-accelerator-request-limit', 'hyperpod-skill-pod-identity-auth', 'hyperpod-skill-missing-dependencies', 'hyperpod-skill-efa-health-checks']) {
      expect(causeOf(real(id))).toBe('unknown');
    }
  });
});
