import { describe, expect, it } from 'vitest';
import type { Cause } from '../diagnosis';
import { classifyText } from '../classify-text';
import heldOut18 from './fixtures/held-out-18.json';
import { causeOf, fixtureText, rulesOf } from '../test-support/text-readings';

// Round 18 of the held-out texts (held-out-18.json, quoted from AWS's own documentation: the SageMaker
// developer guide's troubleshooting pages, the KMS, ECR and EFS guides): each miss of the first pass,
// read by its structure, then the same structure in other wordings (constructed, not copied from a
// source) and its limits.
const real = fixtureText(heldOut18);

describe('round 18 readings, on the texts they were written for', () => {
  it.each([
    ["Studio's start-up script that failed", 'smdoc-studio-lcc-startup-script-failure', 'user-code'],
    ['a model server typing its own failure InternalServerException', 'smdoc-neo-invoke-503-prediction-failed', 'user-code'],
    ['a service refused a bare AssumeRole on a role', 'smdoc-projects-codepipeline-assumerole', 'trust-policy'],
    ['a read timeout naming no host', 'smdoc-clarify-online-read-timeout', 'unknown'],
    ['a limit stated in megabytes', 'smdoc-inference-pipeline-payload-over-5mb', 'unknown'],
  ] as [string, string, Cause][])('%s', (_name, id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it('reads the bare operation as STS, on the role the text names', () => {
    const result = classifyText({ failureReason: real('smdoc-projects-codepipeline-assumerole') });
    expect(result.deniedRequest?.action).toBe('sts:AssumeRole');
    expect(result.deniedRequest?.resource).toBe('arn:aws:iam::xxx:role/service-role/AmazonSageMakerServiceCatalogProductsCodePipelineRole');
  });
});

describe('round 18 structures in other wordings', () => {
  it.each([
    ['an on-start script failure', 'Notebook instance failed to start: on-start script failure, see the logs.', 'user-code'],
    ['a startup script that failed', 'The startup script failed with exit status 2.', 'user-code'],
    [
      "TorchServe's typed body in a container's answer",
      'Received server error (500) from primary with message "{ \\"code\\": 500, \\"type\\": \\"InternalServerException\\", \\"message\\": \\"Worker died.\\" }".',
      'user-code',
    ],
    ['another service refused a role', 'Lambda is not authorized to perform AssumeRoleWithWebIdentity on role arn:aws:iam::123456789012:role/x', 'trust-policy'],
  ] as [string, string, Cause][])('%s', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });

  it('does not read a limit counted in bytes, characters or seconds as a quota', () => {
    for (const text of [
      'The request payload is 7340032 bytes, which exceeds the maximum limit of 6 MB.',
      'The prompt exceeded the maximum limit of 4096 characters.',
      'Processing exceeded the maximum limit of 3600 seconds.',
    ]) {
      expect(rulesOf(text)).not.toContain('limit-exceeded-words');
      expect(causeOf(text)).not.toBe('quota');
    }
  });
});

describe('round 18 readings at their limits', () => {
  it('keeps a limit counted in instances a quota', () => {
    const text = 'The request exceeded the maximum limit of 20 instances for this account.';
    expect(rulesOf(text)).toContain('limit-exceeded-words');
    expect(causeOf(text)).toBe('quota');
  });

  it('keeps a read timeout that names its AWS host, and a connect timeout, the network', () => {
    expect(causeOf('ReadTimeoutError: Read timeout on endpoint URL: "https://s3.us-west-2.amazonaws.com/bucket/key"')).toBe('vpc');
    expect(causeOf('ConnectTimeoutError: Connect timeout on endpoint URL: "https://sts.us-east-1.amazonaws.com/"')).toBe('vpc');
  });

  it("keeps AWS's own InternalServerException internal", () => {
    expect(causeOf('An error occurred (InternalServerException) when calling the CreateTrainingJob operation: An internal error occurred.')).toBe('internal');
    expect(causeOf('InternalServerException: We encountered an internal error. Please try again.')).toBe('internal');
  });

  it('wants a failure beside a start-up script', () => {
    expect(rulesOf('Running the start-up script for the domain.')).not.toContain('setup-script-failed');
  });

  it('reads only a bare STS operation, not any bare action, as a role assumption', () => {
    expect(causeOf('CodeBuild is not authorized to perform PutObject on resource arn:aws:s3:::bucket/key')).not.toBe('trust-policy');
  });
});
