import { describe, expect, it } from 'vitest';
import heldOut86 from './fixtures/held-out-86.json';
import heldOut87 from './fixtures/held-out-87.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 86 to 88 (infrastructure-as-code threads, the threads of tools around SageMaker, books): the first-pass misses
// read by their structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText([...heldOut86, ...heldOut87]);

describe('round 86 miss', () => {
  it('r86-a2i-flowdefinition-workteam-not-exist-or-no-access reads unknown', () => {
    expect(causeOf(real('r86-a2i-flowdefinition-workteam-not-exist-or-no-access'))).toBe('unknown');
  });

  it("does not read a validation code whose message offers a denial as the other cause, and still reads it alone", () => {
    expect(causeOf('ClientError: An error occurred (ResourceNotFound) when calling the DescribeEndpoint operation: Endpoint x does not exist or you do not have access to it.')).toBe('unknown');
    expect(causeOf("ValidationException: The specified Workteam 'arn:aws:sagemaker:us-west-2:111122223333:workteam/private-crowd/x' does not exist.")).toBe('validation');
    // A denial's own code still reads as the denial.
    expect(causeOf('ClientError: An error occurred (AccessDeniedException) when calling the CreateFlowDefinition operation: The workteam does not exist or you do not have access to it.')).toBe('other-permission');
  });
});

describe('round 87 miss', () => {
  it('r87-llamaindex-sagemaker-embedding-pydantic reads unknown (relabelled), not validation', () => {
    expect(causeOf(real('r87-llamaindex-sagemaker-embedding-pydantic'))).toBe('unknown');
  });

  it("does not take pydantic's error type for an argument the caller passed", () => {
    expect(causeOf('ValidationError: 1 validation error for EmbeddingEndEvent\nembeddings -> 0 -> 0\n  value is not a valid float (type=type_error.float)')).not.toBe('validation');
    // A request's own argument said not valid is still read.
    expect(causeOf('ValueError: instance_type is not a valid value for this estimator')).toBe('validation');
  });
});
