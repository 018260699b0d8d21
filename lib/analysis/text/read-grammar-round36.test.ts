import { describe, expect, it } from 'vitest';
import heldOut36 from './fixtures/held-out-36.json';
import { causeOf, fixtureText } from '../test-support/text-readings';
import { readObservations } from './read-observations';

// Round 36 of the held-out texts (held-out-36.json, the HyperPod inference troubleshooting guide's
// certificate, VPC ENI permission and missing GPU plugin pages): the misses of the first pass, read by
// their structure, then the same structure in other wordings (constructed, not copied from a source) and
// its limits.
const real = fixtureText(heldOut36);
const observed = (text: string): string[] => readObservations({ failureReason: text }).map((o) => o.rule);

describe('round 36 readings, on the texts they were written for', () => {
  it("reads the scheduler's report across the line break a page put after a comma between its reasons", () => {
    expect(causeOf(real('hpinf-insufficient-gpu-no-device-plugin'))).toBe('capacity');
    expect(observed(real('hpinf-insufficient-gpu-no-device-plugin'))).toContain('scheduler-insufficient-resource');
  });

  it('keeps the first pass on the text it read as labelled', () => {
    expect(causeOf(real('hpinf-ca-certificate-connect-timeout-s3'))).toBe('vpc');
  });
});

describe('round 36 readings in other wordings', () => {
  it.each([
    ['a single line', "0/15 nodes are available: 10 node(s) didn't match Pod's node affinity/selector, 5 Insufficient nvidia.com/gpu."],
    ['a FailedScheduling event broken after a taint', 'Warning FailedScheduling default-scheduler 0/8 nodes are available: 4 node(s) had untolerated taint {a: b},\n4 Insufficient vpc.amazonaws.com/efa.'],
  ])("the scheduler's report with a reason before the resource short (%s): capacity", (_name, text) => {
    expect(causeOf(text)).toBe('capacity');
  });
});

describe('round 36 readings at their limits', () => {
  it('a scheduler report whose reasons name no resource short is not read, broken after a comma or not', () => {
    expect(causeOf("0/3 nodes are available: 2 node(s) didn't match Pod's node affinity/selector,\n1 node(s) had untolerated taint {a: b}.")).toBe('unknown');
    expect(causeOf("0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector.")).toBe('unknown');
  });
});
