import { describe, expect, it } from 'vitest';
import heldOut36 from './fixtures/held-out-36.json';
import { causeOf, fixtureText } from '../test-support/text-readings';
import { readObservations } from './read-observations';

// Round 36 of the held-out texts (held-out-36.json, the HyperPod inference troubleshooting guide's
// certificate, VPC ENI permission and missing GPU plugin pages): the misses of the first pass, read by
// their structure, then the same structure in other wordings (constructed, not copied from a source) and
// its limits.
const real = fixtureText(heldOut36);
const observations = (text: string) => readObservations({ failureReason: text });
const observed = (text: string): string[] => observations(text).map((o) => o.rule);

describe('round 36 readings, on the texts they were written for', () => {
  it("reads a role the service asks to make sure has sufficient permissions for something within a VPC as the job's network", () => {
    const text = real('hpinf-endpoint-variant-vpc-eni-permissions');
    expect(causeOf(text)).toBe('vpc');
    const denial = observations(text).find((o) => o.rule === 'access-denied-generic');
    expect(denial?.cause).toBe('vpc');
    expect(denial?.stage).toBe('network');
  });

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
    ['under a ClientError, an ENI', 'ClientError: Please ensure that the execution role has sufficient permissions for creating an ENI within a VPC'],
    ['make sure, network interfaces', "Make sure that your SageMaker execution role has the required permissions to create network interfaces in the customer's VPC"],
    ['verify, an IAM role, your VPC', 'Verify that the IAM role has the necessary permissions for creating the model within your VPC'],
  ])("a role asked to have sufficient permissions for the job's network (%s): vpc", (_name, text) => {
    expect(causeOf(text)).toBe('vpc');
  });

  it.each([
    ['no purpose named', 'Please ensure that the execution role has sufficient permissions', 'other-permission'],
    ['an IAM user', 'Make sure the IAM user has enough permissions to call CreateTrainingJob', 'other-permission'],
  ])('a role or IAM user asked to have sufficient permissions is a refusal in words (%s)', (_name, text, cause) => {
    expect(observed(text)).toContain('access-denied-generic');
    expect(causeOf(text)).toBe(cause);
  });

  it.each([
    ['a single line', "0/15 nodes are available: 10 node(s) didn't match Pod's node affinity/selector, 5 Insufficient nvidia.com/gpu."],
    ['a FailedScheduling event broken after a taint', 'Warning FailedScheduling default-scheduler 0/8 nodes are available: 4 node(s) had untolerated taint {a: b},\n4 Insufficient vpc.amazonaws.com/efa.'],
  ])("the scheduler's report with a reason before the resource short (%s): capacity", (_name, text) => {
    expect(causeOf(text)).toBe('capacity');
  });
});

describe('round 36 readings at their limits', () => {
  it.each([
    ['a Linux user', 'Make sure the user has the necessary permissions to write to /opt/ml/model'],
    ['a file', 'Ensure that the file has sufficient permissions'],
    ["a script's INFO line", '2024-01-01 12:00:00 INFO Please ensure that the execution role has sufficient permissions for creating an endpoint variant within a VPC'],
  ])('a user, a file or an INFO line asked to have permissions is not a refusal of the role (%s)', (_name, text) => {
    expect(observed(text)).not.toContain('access-denied-generic');
    expect(causeOf(text)).toBe('unknown');
  });

  it.each([
    ['an S3 location on the line', 'Please ensure that the execution role has sufficient permissions to read s3://my-bucket/train/ within a VPC', 's3-read'],
    ["another stage's words", 'Please ensure that the role has sufficient permissions to download the training image within a VPC', 'ecr'],
    ['an action named', 'User: arn:aws:iam::111122223333:role/r is not authorized to perform: ec2:RunInstances within a VPC', 'other-permission'],
    ['a VPC endpoint', 'Access Denied (Service: Amazon S3; Status Code: 403) in a VPC endpoint', 'other-permission'],
  ])("a denial whose line says more than the job's network keeps that reading (%s)", (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });

  it('a scheduler report whose reasons name no resource short is not read, broken after a comma or not', () => {
    expect(causeOf("0/3 nodes are available: 2 node(s) didn't match Pod's node affinity/selector,\n1 node(s) had untolerated taint {a: b}.")).toBe('unknown');
    expect(causeOf("0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector.")).toBe('unknown');
  });
});
