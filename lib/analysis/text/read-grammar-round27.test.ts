import { describe, expect, it } from 'vitest';
import heldOut27 from './fixtures/held-out-27.json';
import { causeOf, fixtureText } from '../test-support/text-readings';
import { readObservations } from './read-observations';

// Round 27 of the held-out texts (held-out-27.json, failure texts quoted by AWS documentation pages:
// HyperPod inference troubleshooting, AWS Batch's reasons for the SageMaker Training jobs it queues,
// the distributed libraries' support pages): the misses of the first pass, read by their structure,
// then the same structure in other wordings (constructed, not copied from a source) and its limits.
const real = fixtureText(heldOut27);
// The Batch reasons are phrase rules (rules.ts), not grammar verdicts: their observations name them.
const rulesOf = (text: string): string[] => readObservations({ failureReason: text }).map((o) => o.rule);

describe('round 27 readings, on the texts they were written for', () => {
  it.each([
    ['batch-sm-capacity-runnable'],
    ['batch-sm-capacity-terminated'],
  ])("%s: AWS Batch's CAPACITY reason is the instances' capacity", (id) => {
    const text = real(id);
    expect(rulesOf(text)).toContain('batch-reason-capacity');
    expect(causeOf(text)).toBe('capacity');
  });

  it.each([
    ['batch-sm-service-env-max-resource'],
    ['batch-sm-service-env-terminated'],
    ['batch-sm-quota-share-terminated'],
  ])("%s: AWS Batch's MISCONFIGURATION reason is a request that does not fit the queue's configuration", (id) => {
    const text = real(id);
    expect(rulesOf(text)).toContain('batch-reason-misconfiguration');
    expect(causeOf(text)).toBe('validation');
  });

  it('leaves the two texts whose words do not say their cause unread', () => {
    // A health probe that timed out: the page blames the operator role's permissions, the text does not.
    expect(causeOf(real('hpinf-startup-probe-healthz-deadline'))).toBe('unknown');
    // "driver not installed": a cluster add-on here, a library missing from an image elsewhere.
    expect(causeOf(real('hpinf-csi-driver-not-installed'))).toBe('unknown');
  });
});

describe('round 27 readings in other wordings', () => {
  it.each([
    ['the reason value alone (jobStateTimeLimitActions)', 'CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY'],
    ['DescribeServiceJob JSON', '"status": "RUNNABLE", "statusReason": "CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY - Unable to provision requested compute resources"'],
    ['a queue-blocked event in a Lambda log', '[WARN] service job 4c7599ae blocked: CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY'],
    ['another code under the category', 'Terminated by JobStateTimeLimit action due to reason: CAPACITY:SPOT_CAPACITY_NOT_AVAILABLE'],
  ])('%s: capacity', (_name, text) => {
    expect(rulesOf(text)).toContain('batch-reason-capacity');
    expect(causeOf(text)).toBe('capacity');
  });

  it.each([
    ['a compute environment too small', 'MISCONFIGURATION:COMPUTE_ENVIRONMENT_MAX_RESOURCE - CE(s) associated with the job queue cannot meet the CPU requirement of the job.'],
    ["a job's requirement no environment meets", 'MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT - The job resource requirement (vCPU/memory/GPU) is higher than that can be met by any of the CE(s) associated with the job queue.'],
    ['the reason value alone', 'MISCONFIGURATION:QUOTA_MANAGEMENT_LIMIT_EXCEEDED'],
    ['DescribeServiceJob JSON', '"statusReason": "MISCONFIGURATION:SERVICE_ENVIRONMENT_MAX_RESOURCE - Service environment(s) associated with the job queue cannot meet the capacity requirement of the job."'],
  ])('%s: validation', (_name, text) => {
    expect(rulesOf(text)).toContain('batch-reason-misconfiguration');
    expect(causeOf(text)).toBe('validation');
  });
});

describe('round 27 readings at their limits', () => {
  it('does not read a MISCONFIGURATION code that names a permission as a misfit', () => {
    const text = 'MISCONFIGURATION:SERVICE_ROLE_PERMISSIONS - Batch service role has a permission issue.';
    expect(rulesOf(text)).not.toContain('batch-reason-misconfiguration');
    expect(causeOf(text)).not.toBe('validation');
  });

  it.each([
    ['a lower-case config field', 'warm pool config: capacity:ON_DEMAND, count:2'],
    ['a mixed-case label', 'Reserved Capacity:ML_P5_48XLARGE expires in 30 minutes'],
    ['the category inside a longer capital name', 'MAX_CAPACITY:UNLIMITED set on the service environment'],
    ['a category with a too-short code', 'CAPACITY:OK'],
  ])('%s: not a Batch reason', (_name, text) => {
    expect(rulesOf(text)).not.toContain('batch-reason-capacity');
  });

  it.each([
    ['a lower-case word', 'misconfiguration: the model server ignored SAGEMAKER_BIND_TO_PORT'],
    ['inside a longer capital name', 'NO_MISCONFIGURATION:FOUND in the dry run'],
  ])('%s: not a Batch reason', (_name, text) => {
    expect(rulesOf(text)).not.toContain('batch-reason-misconfiguration');
  });
});
