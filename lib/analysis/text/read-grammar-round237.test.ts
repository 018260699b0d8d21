import { describe, expect, it } from 'vitest';
import { classifyText } from '../classify-text';
import { causeOf } from '../test-support/text-readings';

// Round 237 (committed files of AWS's own repositories; docs/failure-texts.md): its one first-pass miss read by its
// structure, with the same structure in other wordings and its limits.

const denied = (text: string) => classifyText({ failureReason: text }).deniedRequest?.action;

describe('a caller told it may not perform an operation, under a validation code', () => {
  it('is a permission the caller lacks, not a value to correct (was validation)', () => {
    const relayed = 'An error occurred (ValidationException) when calling the CreateConnection operation: You are not authorized to perform the DescribeCluster operation on this resource. (Service: SageMaker, Status Code: 400, Request ID: 2a5aa430-57a9-4adf-ae58-436a6d6373fd)';
    expect(causeOf(relayed)).toBe('other-permission');
    expect(denied(relayed)).toBe('sagemaker:DescribeCluster');
    expect(causeOf('ValidationException: You are not authorized to perform the ListClusterNodes operation.')).toBe('other-permission');
    expect(causeOf('An error occurred (ValidationException) when calling the CreateDomain operation: The caller is not authorized to call this operation.')).toBe('other-permission');
  });

  it('names the operation under the service the error came from, or only an operation the catalogue knows', () => {
    expect(denied('You are not authorized to perform the GetObject operation on this resource.')).toBe('s3:GetObject');
    expect(denied('An error occurred (ValidationException) when calling the CreateConnection operation: You are not authorized to perform the DescribeCluster operation on this resource.')).toBeUndefined();
  });

  it('not a value the request got wrong, nor a sentence about another thing than the caller', () => {
    expect(causeOf('An error occurred (ValidationException) when calling the CreateTrainingJob operation: Could not find the DescribeCluster operation in the request.')).not.toBe('other-permission');
    expect(causeOf('An error occurred (ValidationException) when calling the CreateTrainingJob operation: 1 validation error detected: Value at \'resourceConfig.instanceType\' failed to satisfy constraint')).toBe('validation');
  });
});
